// Affiliate tracking for visitors (a click on a tracked link) and for approved partners (their
// own figures, commissions and payouts — never another partner's: every query is keyed by
// `ctx.partner.id`).
import { PartnerCommissionsInput, RecordClickInput, StatsRangeInput } from '@tandem/validators';
import { partnerProcedure, publicProcedure, router, shopperProcedure } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const affiliateRouter = router({
  /**
   * Records a click on `/r/<code>` (the storefront's redirect route calls it with the visitor's
   * address and user agent) and says where to send the visitor and which token to keep in the
   * attribution cookie (null: set no cookie — unknown partner, bot or flood). A counted widget
   * click on a product is also a WIDGET_CLICK behaviour event, kept as consent allows.
   */
  recordClick: shopperProcedure.input(RecordClickInput).mutation(async ({ ctx, input }) => {
    const result = await ctx.services.affiliate.recordClick({
      partnerCode: input.partnerCode,
      productSlug: input.productSlug,
      source: input.source,
      existingToken: input.referralToken,
      ip: ctx.auth.ip,
      userAgent: ctx.auth.userAgent,
    });
    if (input.source === 'WIDGET' && result.filtered === null && result.productId) {
      const visitor = { anonymousId: input.visitor?.id ?? null, customerId: ctx.customer?.id ?? null, consent: input.visitor?.consent ?? false };
      await ctx.services.personalization.record(visitor, [{ type: 'WIDGET_CLICK', productId: result.productId }]);
    }
    return { targetPath: result.targetPath, referralToken: result.referralToken, maxAgeSeconds: result.maxAgeSeconds, counted: result.filtered === null };
  }),
  /** How long the attribution cookie lives (the programme's window), for the privacy page. */
  attributionWindow: publicProcedure
    .meta(rest('GET', '/affiliate/attribution-window', { tag: 'Partner API', summary: 'How many days a referral is attributed' }))
    .query(async ({ ctx }) => ({ days: (await ctx.services.affiliate.programSettings()).attributionWindowDays })),
  /** The signed-in partner's figures over a date range, per day and per link source. */
  stats: partnerProcedure
    .meta(rest('GET', '/partner/account/stats', { tag: 'Partner account', summary: 'The partner’s figures over a date range', access: 'partner-session' }))
    .input(StatsRangeInput)
    .query(({ ctx, input }) => ctx.services.affiliate.stats(ctx.partner.id, input)),
  /** The partner's own commissions, newest first. */
  commissions: partnerProcedure
    .meta(rest('GET', '/partner/account/commissions', { tag: 'Partner account', summary: 'The partner’s commissions, newest first', access: 'partner-session' }))
    .input(PartnerCommissionsInput)
    .query(({ ctx, input }) =>
      ctx.services.affiliate.commissions({ partnerId: ctx.partner.id, status: input.status, cursor: input.cursor }),
    ),
  /** The partner's payouts, newest first. */
  payouts: partnerProcedure
    .meta(rest('GET', '/partner/account/payouts', { tag: 'Partner account', summary: 'The partner’s payouts, newest first', access: 'partner-session' }))
    .query(({ ctx }) => ctx.services.affiliate.payouts(ctx.partner.id)),
  /** The partner's own code, for the tracked-link builder. */
  me: partnerProcedure
    .meta(rest('GET', '/partner/account', { tag: 'Partner account', summary: 'The signed-in partner’s code and name', access: 'partner-session' }))
    .query(({ ctx }) => ({ code: ctx.partner.code, name: ctx.partner.name })),
});
