import { RuleTargetSearchInput } from '@tandem/validators';
import { ConfirmOfferMatchInput, ImportOfferFeedInput, OfferIdInput, OfferListInput, OfferSourceSlugInput, OffersForProductInput, SetOfferFeedScheduleInput, UndercutReportInput } from '@tandem/validators';
import { publicProcedure, router, staffProcedure } from '../trpc.ts';

/** Staff with the `catalog` permission (see @tandem/core/staff). */
const catalogStaff = staffProcedure('catalog');

/** Price comparison: the public compare-prices table and the administrators' feed tools. */
export const offersRouter = router({
  forProduct: publicProcedure.input(OffersForProductInput).query(({ ctx, input }) => ctx.services.offers.forProduct(input.slug)),
  importFeed: catalogStaff.input(ImportOfferFeedInput).mutation(({ ctx, input }) => ctx.services.offers.importFeed(input, ctx.staff)),
  imports: catalogStaff.input(OfferListInput).query(({ ctx, input }) => ctx.services.offers.imports(input.limit)),
  reviewQueue: catalogStaff.input(OfferListInput).query(({ ctx, input }) => ctx.services.offers.reviewQueue(input.limit)),
  confirmMatch: catalogStaff.input(ConfirmOfferMatchInput).mutation(async ({ ctx, input }) => {
    await ctx.services.offers.confirmMatch(ctx.staff, input);
    return { ok: true as const };
  }),
  rejectMatch: catalogStaff.input(OfferIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.offers.rejectMatch(ctx.staff, input.offerId);
    return { ok: true as const };
  }),
  /** The picker's search: products and variants an offer can be matched to. */
  matchTargets: catalogStaff.input(RuleTargetSearchInput).query(({ ctx, input }) => ctx.services.offers.matchTargets(input.query, input.limit)),
  /** Every partner and competitor with its offer counts and latest import. */
  sources: catalogStaff.query(({ ctx }) => ctx.services.offers.sources()),
  /** Feeds fetched by URL on a schedule, with their state (a fetch under way) and last outcome. */
  feedSchedules: catalogStaff.query(({ ctx }) => ctx.services.offers.feedSchedules()),
  /** Registers or changes a source's feed URL, format and interval; the first fetch is queued at once. */
  setFeedSchedule: catalogStaff.input(SetOfferFeedScheduleInput).mutation(async ({ ctx, input }) => {
    await ctx.services.offers.setFeedSchedule(ctx.staff, input);
    return { ok: true as const };
  }),
  removeFeedSchedule: catalogStaff.input(OfferSourceSlugInput).mutation(async ({ ctx, input }) => {
    await ctx.services.offers.removeFeedSchedule(ctx.staff, input.sourceSlug);
    return { ok: true as const };
  }),
  /** "Fetch now": `queued: false` when a fetch is already queued or under way. */
  fetchFeedNow: catalogStaff.input(OfferSourceSlugInput).mutation(({ ctx, input }) => ctx.services.offers.fetchFeedNow(input.sourceSlug)),
  /** Where we are dearer, by revenue at risk, each with a clearance proposal (never applied). */
  undercut: catalogStaff.input(UndercutReportInput).query(({ ctx, input }) => ctx.services.offers.undercut(input.limit, input.floorBps)),
});
