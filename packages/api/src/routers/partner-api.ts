// What partner sites call with their API key (X-Partner-Key or Authorization: Bearer tpk_…).
// Every answer is the key's own partner's: `ctx.partner` comes from the key, never the input.
import { StatsRangeInput } from '@tandem/validators';
import { z } from 'zod';
import { partnerKeyProcedure, router } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

/** What `me` answers: the key's partner and the key's own label and listed prefix (never the key). */
const KeyOwner = z.object({
  code: z.string(),
  name: z.string(),
  websiteUrl: z.string(),
  allowedOrigins: z.array(z.string()).meta({ description: 'Origins allowed to embed the widget.' }),
  key: z.object({ label: z.string(), prefix: z.string().meta({ description: 'tpk_ and 8 hex characters.' }) }),
});

export const partnerApiRouter = router({
  /** Who the key belongs to: lets a partner site check its key. */
  me: partnerKeyProcedure
    .meta(rest('GET', '/partner/me', { tag: 'Partner API', summary: 'The partner this key belongs to', access: 'partner-key' }))
    .output(KeyOwner)
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
