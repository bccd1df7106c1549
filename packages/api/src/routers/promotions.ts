import { ApplyCartCodeInput, ProductDisplayPricesInput } from '@tandem/validators';
import { router, shopperProcedure } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

/**
 * The shopper's cart through the pricing engine, and the discount code kept on it. The referral
 * token (affiliate cookie forwarded as X-Referral) lets partner-only promotions apply.
 */
export const promotionsRouter = router({
  /** Line prices after price lists, tiers and promotions, with the explanation and the code's fate. */
  cartPricing: shopperProcedure
    .meta(rest('GET', '/cart/pricing', { tag: 'Cart', summary: 'The cart’s prices after price lists and promotions', access: 'shopper' }))
    .query(({ ctx }) => ctx.services.pricing.cartPricing(owner(ctx), ctx.auth.referralToken)),
  applyCode: shopperProcedure
    .meta(rest('PUT', '/cart/code', { tag: 'Cart', summary: 'Apply a discount code to the cart', access: 'shopper' }))
    .input(ApplyCartCodeInput)
    .mutation(({ ctx, input }) => ctx.services.pricing.applyCode(owner(ctx), input.code, { ip: ctx.auth.ip, referralToken: ctx.auth.referralToken })),
  removeCode: shopperProcedure
    .meta(rest('DELETE', '/cart/code', { tag: 'Cart', summary: 'Remove the cart’s discount code', access: 'shopper' }))
    .mutation(({ ctx }) => ctx.services.pricing.removeCode(owner(ctx), ctx.auth.referralToken)),
  /** Today's unit prices for this shopper (price list, sale) and volume tiers, for listings and product pages. */
  productPrices: shopperProcedure
    .meta(rest('POST', '/prices', { tag: 'Catalog', summary: 'Today’s unit prices and volume tiers of products', description: 'The prices this shopper pays (a signed-in customer may have a price list).', access: 'shopper' }))
    .input(ProductDisplayPricesInput)
    .query(({ ctx, input }) => ctx.services.pricing.productPrices(input.productIds, ctx.customer?.id ?? null)),
});

function owner(ctx: { customer: { id: string } | null; auth: { cartToken: string | null } }) {
  return { customerId: ctx.customer?.id ?? null, cartToken: ctx.auth.cartToken };
}
