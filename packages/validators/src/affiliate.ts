// Inputs of affiliate tracking: clicks on tracked links, the partner portal's figures, and the
// administrators' programme, rules, commissions and payouts.
import { z } from 'zod';
import { line } from './text.ts';
import { VisitorId } from './personalization.ts';

const day = line().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'Not a date');
const currency = line().regex(/^[A-Za-z]{3}$/, 'A three-letter currency code').transform((c) => c.toUpperCase());
const id = line().min(1).max(64);

/** `src=` of a tracked link, in lower case; the API stores it upper case. */
export const ReferralSourceInput = z
  .enum(['link', 'widget', 'ring', 'content'])
  .default('link')
  .transform((s) => s.toUpperCase() as 'LINK' | 'WIDGET' | 'RING' | 'CONTENT');

/** `/r/<code>?product=<slug>&src=…` as the storefront read it. */
export const RecordClickInput = z.object({
  partnerCode: line().trim().min(1).max(64),
  productSlug: line().max(200).optional(),
  source: ReferralSourceInput,
  /** The visitor's current attribution cookie, if any. */
  referralToken: line().max(100).nullish(),
  /** The visitor's tracking choice and first-party id, for the WIDGET_CLICK behaviour event. */
  visitor: z.object({ id: VisitorId.optional(), consent: z.boolean() }).optional(),
});
export type RecordClickInput = z.infer<typeof RecordClickInput>;

/** A date range of at most a year, both days included. */
export const StatsRangeInput = z
  .object({ from: day, to: day })
  .refine((r) => r.from <= r.to, { message: 'The start is after the end', path: ['from'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 366 * 86_400_000, { message: 'At most a year at a time', path: ['to'] });
export type StatsRangeInput = z.infer<typeof StatsRangeInput>;

export const CommissionStatusInput = z.enum(['PENDING', 'APPROVED', 'PAID', 'REVERSED']);

export const PartnerCommissionsInput = z.object({ status: CommissionStatusInput.optional(), cursor: id.optional() }).default({});

export const AdminCommissionsInput = z
  .object({ status: CommissionStatusInput.optional(), partnerId: id.optional(), flagged: z.boolean().optional(), cursor: id.optional(), limit: z.number().int().min(1).max(200).optional() })
  .default({});

export const CommissionIdInput = z.object({ commissionId: id });

export const ProgramSettingsInput = z
  .object({
    attributionWindowDays: z.number().int().min(1).max(365),
    attributionModel: z.enum(['LAST_CLICK', 'FIRST_CLICK']),
    holdDays: z.number().int().min(0).max(365),
    defaultKind: z.enum(['PERCENT', 'FIXED']),
    defaultPercentBps: z.number().int().min(0).max(10_000),
    defaultFixedAmount: z.number().int().min(0).max(10_000_000),
    defaultCurrency: currency,
    floodClicksPerMinute: z.number().int().min(1).max(10_000),
  });
export type ProgramSettingsInput = z.infer<typeof ProgramSettingsInput>;

export const CommissionRuleInput = z
  .object({
    id: id.optional(),
    partnerId: id.nullable(),
    categoryId: id.nullable(),
    kind: z.enum(['PERCENT', 'FIXED']),
    percentBps: z.number().int().min(0).max(10_000).optional(),
    fixedAmount: z.number().int().min(0).max(10_000_000).optional(),
    currency: currency.optional(),
  })
  .refine((r) => r.partnerId !== null || r.categoryId !== null, { message: 'Pick a partner, a category or both', path: ['partnerId'] })
  .refine((r) => (r.kind === 'PERCENT' ? r.percentBps !== undefined : r.fixedAmount !== undefined && r.currency !== undefined), { message: 'Give the rate for the kind of rule', path: ['kind'] });
export type CommissionRuleInput = z.infer<typeof CommissionRuleInput>;

export const CommissionRuleIdInput = z.object({ ruleId: id });

export const MarkPayoutPaidInput = z.object({
  partnerId: id,
  currency,
  idempotencyKey: line().min(8).max(100),
  reference: line().trim().max(200).default(''),
});
export type MarkPayoutPaidInput = z.infer<typeof MarkPayoutPaidInput>;
