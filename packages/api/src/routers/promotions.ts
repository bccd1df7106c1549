import { applyCartCode, cartPricing, productDisplayPrices, removeCartCode } from '@tandem/core/pricing';
import { ApplyCartCodeInput, ProductDisplayPricesInput } from '@tandem/validators';
import { router, shopperProcedure } from '../trpc.ts';

/** The shopper's cart through the pricing engine, and the discount code kept on it. */
export const promotionsRouter = router({
  /** Line prices after price lists, tiers and promotions, with the explanation and the code's fate. */
  cartPricing: shopperProcedure.query(({ ctx }) => cartPricing(ctx.services.prisma, owner(ctx))),
  applyCode: shopperProcedure.input(ApplyCartCodeInput).mutation(({ ctx, input }) => applyCartCode(ctx.services.prisma, owner(ctx), input.code, { ip: ctx.auth.ip })),
  removeCode: shopperProcedure.mutation(({ ctx }) => removeCartCode(ctx.services.prisma, owner(ctx))),
  /** Today's unit prices for this shopper (price list, sale) and volume tiers, for listings and product pages. */
  productPrices: shopperProcedure
    .input(ProductDisplayPricesInput)
    .query(({ ctx, input }) => productDisplayPrices(ctx.services.prisma, input.productIds, ctx.customer?.id ?? null)),
});

function owner(ctx: { customer: { id: string } | null; auth: { cartToken: string | null } }) {
  return { customerId: ctx.customer?.id ?? null, cartToken: ctx.auth.cartToken };
}
