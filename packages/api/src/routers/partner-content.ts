import {
  PartnerContentForCategoryInput, PartnerContentForProductInput, PartnerItemIdInput, PartnerStatsInput, SavePartnerItemInput, SetPartnerFeedInput,
} from '@tandem/validators';
import { TRPCError } from '@trpc/server';
import { partnerProcedure, publicProcedure, router } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

/**
 * Partners' own products on the store: the storefront's "From our partners" reads and the
 * outbound click, and the partner portal's items, feed and statistics (the partner's own only).
 */
export const partnerContentRouter = router({
  forProduct: publicProcedure
    .meta(rest('GET', '/partner-content/products/{productId}', { tag: 'Partner content', summary: 'Partners’ items shown with a product' }))
    .input(PartnerContentForProductInput)
    .query(({ ctx, input }) => ctx.services.partnerContent.forProduct(input.productId, input.limit)),
  forCategory: publicProcedure
    .meta(rest('GET', '/partner-content/categories/{categorySlug}', { tag: 'Partner content', summary: 'Partners’ items shown in a category' }))
    .input(PartnerContentForCategoryInput)
    .query(({ ctx, input }) => ctx.services.partnerContent.forCategory(input.categorySlug, input.limit)),
  /** Logs a click and returns the item's stored URL; NOT_FOUND for anything not shown. */
  click: publicProcedure
    .meta(rest('POST', '/partner-content/items/{itemId}/click', { tag: 'Partner content', summary: 'Count a click on a partner item and get its address' }))
    .input(PartnerItemIdInput)
    .mutation(async ({ ctx, input }) => {
      const url = await ctx.services.partnerContent.click(input.itemId);
      if (!url) throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such partner link.' });
      return { url };
    }),
  mine: partnerProcedure
    .meta(rest('GET', '/partner/account/items', { tag: 'Partner account', summary: 'The partner’s own items', access: 'partner-session' }))
    .query(({ ctx }) => ctx.services.partnerContent.mine(ctx.partner.id)),
  save: partnerProcedure.input(SavePartnerItemInput).mutation(({ ctx, input }) => ctx.services.partnerContent.save(ctx.partner.id, input)),
  remove: partnerProcedure.input(PartnerItemIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.partnerContent.remove(ctx.partner.id, input.itemId);
    return { ok: true as const };
  }),
  setFeed: partnerProcedure.input(SetPartnerFeedInput).mutation(async ({ ctx, input }) => {
    await ctx.services.partnerContent.setFeed(ctx.partner.id, input.url);
    return { ok: true as const };
  }),
  stats: partnerProcedure
    .meta(rest('GET', '/partner/account/items/stats', { tag: 'Partner account', summary: 'Impressions and clicks of the partner’s items', access: 'partner-session' }))
    .input(PartnerStatsInput)
    .query(({ ctx, input }) => ctx.services.partnerContent.stats(ctx.partner.id, input.days)),
});
