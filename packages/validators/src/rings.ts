// Inputs of the cross-link widget and the web rings: the widget's HTTP query, ring navigation,
// partners joining rings, owners and staff running them.
import { z } from 'zod';

/** A partner code or ring slug as it appears in URLs. */
export const UrlCode = z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'Use lower-case letters, digits and dashes.');

/** An absolute http(s) URL. */
export const HttpUrl = z
  .string()
  .trim()
  .max(2048)
  .url('Enter a full address starting with http:// or https://.')
  .refine((value) => /^https?:$/.test(new URL(value).protocol), 'Only http:// and https:// addresses work.');

/** `GET /widget/crosslinks?partner=…&context=…&limit=…` */
export const WidgetCrosslinksQuery = z.object({
  partner: UrlCode,
  context: z.string().trim().max(100).optional().transform((v) => v || undefined),
  limit: z.coerce.number().int().min(1).max(12).default(4),
});
export type WidgetCrosslinksQuery = z.infer<typeof WidgetCrosslinksQuery>;

/** `GET /rings/<slug>/<next|prev|random>?from=<memberCode>` */
export const RingNavigationQuery = z.object({
  ringSlug: UrlCode,
  direction: z.enum(['next', 'prev', 'random']),
  from: UrlCode.optional().catch(undefined),
});

export const RingSlugInput = z.object({ slug: UrlCode });

export const RingJoinInput = z.object({
  slug: UrlCode,
  pageUrl: HttpUrl,
  message: z.string().trim().max(500).default(''),
});

export const RingLeaveInput = z.object({ slug: UrlCode });

export const RingDecisionInput = z.object({
  requestId: z.string().min(1).max(64),
  decision: z.enum(['APPROVED', 'REJECTED']),
  note: z.string().trim().max(500).optional(),
});

export const RingReorderInput = z.object({
  slug: UrlCode,
  /** Member ids in the new ring order: every member exactly once. */
  memberIds: z.array(z.string().min(1).max(64)).min(1).max(500),
});

export const RingCreateInput = z.object({
  slug: UrlCode,
  name: z.string().trim().min(1, 'Give the ring a name.').max(100),
  description: z.string().trim().max(1000).default(''),
  /** The partner who runs the ring (by code); empty when the store runs it. */
  ownerCode: z.union([UrlCode, z.literal('')]).optional().transform((v) => v || null),
});

export const RingUpdateInput = RingCreateInput.omit({ slug: true }).extend({ slug: UrlCode });

export const RingMemberRemoveInput = z.object({ memberId: z.string().min(1).max(64) });

export const WidgetStatsInput = z.object({ days: z.number().int().min(1).max(365).default(30) });
