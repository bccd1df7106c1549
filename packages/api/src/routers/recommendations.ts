// Behaviour events and recommendations for shoppers. Front ends send the visitor's anonymous id
// and tracking choice with events; recommendations are read from precomputed tables.
import { CartRecommendationsInput, ClaimVisitorInput, ForgetSignalInput, ForYouInput, SignalsInput, OrderRecommendationsInput, PopularInput, ProductRecommendationsInput, RecordEventsInput } from '@tandem/validators';
import { customerProcedure, publicProcedure, router, shopperProcedure } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const recommendationsRouter = router({
  /** Cheap: one multi-row insert. Returns how many events were kept. */
  record: shopperProcedure.input(RecordEventsInput).mutation(async ({ ctx, input }) => ({
    recorded: await ctx.services.personalization.record({ anonymousId: input.visitorId ?? null, customerId: ctx.customer?.id ?? null, consent: input.consent }, input.events),
  })),

  /** After sign-in: the visitor's anonymous history becomes the customer's. */
  claimVisitor: customerProcedure.input(ClaimVisitorInput).mutation(async ({ ctx, input }) => ({
    merged: await ctx.services.personalization.claimVisitor(input.visitorId, ctx.customer.id),
  })),

  forYou: shopperProcedure
    .meta(rest('GET', '/recommendations/for-you', { tag: 'Recommendations', summary: 'Recommendations for this shopper or visitor', access: 'shopper' }))
    .input(ForYouInput)
    .query(({ ctx, input }) => ctx.services.personalization.forYou({ customerId: ctx.customer?.id ?? null, anonymousId: input.visitorId ?? null }, input.limit)),

  /** "Why these?": what this shopper's recommendations use about them (their own data only). */
  signals: shopperProcedure
    .input(SignalsInput)
    .query(({ ctx, input }) => ctx.services.personalization.signals({ customerId: ctx.customer?.id ?? null, anonymousId: input.visitorId ?? null })),

  /** Takes one product out of this shopper's signals. */
  forgetSignal: shopperProcedure
    .input(ForgetSignalInput)
    .mutation(({ ctx, input }) => ctx.services.personalization.forgetSignal({ customerId: ctx.customer?.id ?? null, anonymousId: input.visitorId ?? null }, input.productId)),

  forProduct: publicProcedure
    .meta(rest('GET', '/recommendations/products/{productId}', { tag: 'Recommendations', summary: 'Products that go with a product' }))
    .input(ProductRecommendationsInput)
    .query(({ ctx, input }) => ctx.services.personalization.forProduct(input.productId, input.limit)),

  /** "Complete your setup" for the products in a cart. */
  forCart: publicProcedure
    .meta(rest('POST', '/recommendations/cart', { tag: 'Recommendations', summary: 'Products that complete a cart' }))
    .input(CartRecommendationsInput)
    .query(({ ctx, input }) => ctx.services.personalization.forCart(input.productIds, input.limit)),

  /** After a purchase: what goes with the customer's own order (NOT_FOUND for anyone else's). */
  afterPurchase: customerProcedure
    .input(OrderRecommendationsInput)
    .query(({ ctx, input }) => ctx.services.personalization.afterPurchase(ctx.customer.id, input.orderId, input.limit)),

  popular: publicProcedure
    .meta(rest('GET', '/recommendations/popular', { tag: 'Recommendations', summary: 'Popular or trending products' }))
    .input(PopularInput)
    .query(({ ctx, input }) => ctx.services.personalization.popular(input.category ? `category:${input.category}` : 'all', input.list, input.limit)),
});
