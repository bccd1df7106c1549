// What partner sites call with their API key (X-Partner-Key or Authorization: Bearer tpk_…).
import { partnerKeyProcedure, router } from '../trpc.ts';

export const partnerApiRouter = router({
  /** Who the key belongs to: lets a partner site check its key. */
  me: partnerKeyProcedure.query(({ ctx }) => ({
    code: ctx.partner.code,
    name: ctx.partner.name,
    websiteUrl: ctx.partner.websiteUrl,
    allowedOrigins: ctx.partner.allowedOrigins,
    key: { label: ctx.partnerKey.label, prefix: ctx.partnerKey.prefix },
  })),
});
