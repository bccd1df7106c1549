// Affiliate tracking for visitors (a click on a tracked link) and for approved partners (their
// own figures, commissions and payouts — never another partner's: every query is keyed by
// `ctx.partner.id`).
import { listCommissions, partnerStats, payoutsOf, recordClick } from '@tandem/core/partners';
import { PartnerCommissionsInput, RecordClickInput, StatsRangeInput } from '@tandem/validators';
import { partnerProcedure, publicProcedure, router } from '../trpc.ts';

export const affiliateRouter = router({
  /**
   * Records a click on `/r/<code>` (the storefront's redirect route calls it with the visitor's
   * address and user agent) and says where to send the visitor and which token to keep in the
   * attribution cookie (null: set no cookie — unknown partner, bot or flood).
   */
  recordClick: publicProcedure.input(RecordClickInput).mutation(async ({ ctx, input }) => {
    const result = await recordClick(
      ctx.services.prisma,
      { partnerCode: input.partnerCode, productSlug: input.productSlug, source: input.source, existingToken: input.referralToken, ip: ctx.auth.ip, userAgent: ctx.auth.userAgent },
      { ipHashKey: ctx.services.affiliate.ipHashKey },
    );
    return { targetPath: result.targetPath, referralToken: result.referralToken, maxAgeSeconds: result.maxAgeSeconds, counted: result.filtered === null };
  }),
  /** The signed-in partner's figures over a date range, per day and per link source. */
  stats: partnerProcedure.input(StatsRangeInput).query(({ ctx, input }) => partnerStats(ctx.services.prisma, ctx.partner.id, input)),
  /** The partner's own commissions, newest first. */
  commissions: partnerProcedure.input(PartnerCommissionsInput).query(({ ctx, input }) =>
    listCommissions(ctx.services.prisma, { partnerId: ctx.partner.id, status: input.status, cursor: input.cursor }),
  ),
  /** The partner's payouts, newest first. */
  payouts: partnerProcedure.query(({ ctx }) => payoutsOf(ctx.services.prisma, ctx.partner.id)),
  /** The partner's own code, for the tracked-link builder. */
  me: partnerProcedure.query(({ ctx }) => ({ code: ctx.partner.code, name: ctx.partner.name })),
});
