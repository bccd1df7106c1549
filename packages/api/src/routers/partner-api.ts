// What partner sites call with their API key (X-Partner-Key or Authorization: Bearer tpk_…).
// Every answer is the key's own partner's: `ctx.partner` comes from the key, never the input.
import { StatsRangeInput } from '@tandem/validators';
import { partnerKeyProcedure, router } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const partnerApiRouter = router({
  /** Who the key belongs to: lets a partner site check its key. */
  me: partnerKeyProcedure
    .meta(rest('GET', '/partner/me', { tag: 'Partner API', summary: 'The partner this key belongs to', access: 'partner-key' }))
    .query(({ ctx }) => ({
      code: ctx.partner.code,
      name: ctx.partner.name,
      websiteUrl: ctx.partner.websiteUrl,
      allowedOrigins: ctx.partner.allowedOrigins,
      key: { label: ctx.partnerKey.label, prefix: ctx.partnerKey.prefix },
    })),
  /** The partner's figures over a date range (as the portal's statistics page shows them): clicks, orders, conversion, commission per day and per link source. */
  stats: partnerKeyProcedure
    .meta(rest('GET', '/partner/stats', { tag: 'Partner API', summary: 'Clicks, orders and commission over a date range', access: 'partner-key' }))
    .input(StatsRangeInput)
    .query(({ ctx, input }) => ctx.services.affiliate.stats(ctx.partner.id, input)),
});
