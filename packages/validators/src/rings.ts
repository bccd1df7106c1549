// Inputs of the cross-link widget and the web rings: the widget's HTTP query, ring navigation,
// partners joining rings, owners and staff running them.
import { z } from 'zod';
import { line, multiline } from './text.ts';

/** A partner code or ring slug as it appears in URLs. */
export const UrlCode = line().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'Use lower-case letters, digits and dashes.');

/** An absolute http(s) URL. */
export const HttpUrl = line()
  .trim()
  .max(2048)
  .url('Enter a full address starting with http:// or https://.')
  // Checks all run even after .url() failed: an unparsable value must not throw here (a 500).
  .refine((value) => !URL.canParse(value) || /^https?:$/.test(new URL(value).protocol), 'Only http:// and https:// addresses work.');

/** `GET /widget/crosslinks?partner=…&context=…&limit=…` */
export const WidgetCrosslinksQuery = z.object({
  partner: UrlCode,
  context: line().trim().max(100).optional().transform((v) => v || undefined),
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
  message: multiline().trim().max(500).default(''),
});

export const RingLeaveInput = z.object({ slug: UrlCode });

export const RingDecisionInput = z.object({
  requestId: line().min(1).max(64),
  decision: z.enum(['APPROVED', 'REJECTED']),
  note: multiline().trim().max(500).optional(),
});

export const RingReorderInput = z.object({
  slug: UrlCode,
  /** Member ids in the new ring order: every member exactly once. */
  memberIds: z.array(line().min(1).max(64)).min(1).max(500),
});

export const RingCreateInput = z.object({
  slug: UrlCode,
  name: line().trim().min(1, 'Give the ring a name.').max(100),
  description: multiline().trim().max(1000).default(''),
  /** The partner who runs the ring (by code); empty when the store runs it. */
  ownerCode: z.union([UrlCode, z.literal('')]).optional().transform((v) => v || null),
});

export const RingUpdateInput = RingCreateInput.omit({ slug: true }).extend({ slug: UrlCode });

export const RingMemberRemoveInput = z.object({ memberId: line().min(1).max(64) });

/** The partner portal's snippet for the widget: an optional context and number of links. */
export const WidgetSnippetInput = z.object({
  context: line().trim().max(100).optional(),
  limit: z.number().int().min(1).max(12).optional(),
});

export const WidgetStatsInput = z.object({ days: z.number().int().min(1).max(365).default(30) });
