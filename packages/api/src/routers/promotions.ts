import { applyCartCode, cartPricing, removeCartCode } from '@tandem/core/pricing';
import { ApplyCartCodeInput } from '@tandem/validators';
import { router, shopperProcedure } from '../trpc.ts';

/** The shopper's cart through the pricing engine, and the discount code kept on it. */
export const promotionsRouter = router({
  /** Line prices after price lists, tiers and promotions, with the explanation and the code's fate. */
  cartPricing: shopperProcedure.query(({ ctx }) => cartPricing(ctx.services.prisma, owner(ctx))),
  applyCode: shopperProcedure.input(ApplyCartCodeInput).mutation(({ ctx, input }) => applyCartCode(ctx.services.prisma, owner(ctx), input.code)),
  removeCode: shopperProcedure.mutation(({ ctx }) => removeCartCode(ctx.services.prisma, owner(ctx))),
});

function owner(ctx: { customer: { id: string } | null; auth: { cartToken: string | null } }) {
  return { customerId: ctx.customer?.id ?? null, cartToken: ctx.auth.cartToken };
}
