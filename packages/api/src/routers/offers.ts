import { ConfirmOfferMatchInput, ImportOfferFeedInput, OfferIdInput, OfferListInput, OffersForProductInput } from '@tandem/validators';
import { adminProcedure, publicProcedure, router } from '../trpc.ts';

/** Price comparison: the public compare-prices table and the administrators' feed tools. */
export const offersRouter = router({
  forProduct: publicProcedure.input(OffersForProductInput).query(({ ctx, input }) => ctx.services.offers.forProduct(input.slug)),
  importFeed: adminProcedure.input(ImportOfferFeedInput).mutation(({ ctx, input }) => ctx.services.offers.importFeed(input)),
  imports: adminProcedure.input(OfferListInput).query(({ ctx, input }) => ctx.services.offers.imports(input.limit)),
  reviewQueue: adminProcedure.input(OfferListInput).query(({ ctx, input }) => ctx.services.offers.reviewQueue(input.limit)),
  confirmMatch: adminProcedure.input(ConfirmOfferMatchInput).mutation(async ({ ctx, input }) => {
    await ctx.services.offers.confirmMatch(input);
    return { ok: true as const };
  }),
  rejectMatch: adminProcedure.input(OfferIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.offers.rejectMatch(input.offerId);
    return { ok: true as const };
  }),
  undercut: adminProcedure.input(OfferListInput).query(({ ctx, input }) => ctx.services.offers.undercut(input.limit)),
});
