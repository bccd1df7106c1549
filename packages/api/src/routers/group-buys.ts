import { GroupBuySlugInput, GroupBuysForProductInput, JoinGroupBuyInput } from '@tandem/validators';
import { customerProcedure, router, shopperProcedure } from '../trpc.ts';

/** Group buys for shoppers: the deal page, joining (an authorised order) and leaving. */
export const groupBuysRouter = router({
  /** The ladder, participants, price now and next, time left, and the shopper's own place. */
  bySlug: shopperProcedure.input(GroupBuySlugInput).query(({ ctx, input }) => ctx.services.groupBuys.page(input.slug, ctx.customer?.id ?? null)),
  forProduct: shopperProcedure.input(GroupBuysForProductInput).query(({ ctx, input }) => ctx.services.groupBuys.forProduct(input.productId)),
  /** Places the order at the current tier and authorises (holds) its payment; the same key answers with the same order. */
  join: customerProcedure.input(JoinGroupBuyInput).mutation(({ ctx, input }) =>
    ctx.services.groupBuys.join({
      customer: { id: ctx.customer.id, email: ctx.customer.email },
      idempotencyKey: input.idempotencyKey,
      shippingAddress: input.shippingAddress,
      shippingMethodCode: input.shippingMethodCode,
      slug: input.slug,
      quantity: input.quantity,
    }),
  ),
  /** Leaves before the deadline: the order is cancelled and the authorisation released. */
  leave: customerProcedure.input(GroupBuySlugInput).mutation(async ({ ctx, input }) => {
    await ctx.services.groupBuys.leave(ctx.customer.id, input.slug);
    return { ok: true as const };
  }),
});
