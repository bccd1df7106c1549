// Inputs of partner accounts: applying to the programme, the partner's profile and allowed
// origins, API keys, and the staff's review of partners.
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { Email, EntityId } from './accounts.ts';

export const PARTNER_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'] as const;

/** At most this many origins may call the widget endpoints for one partner. */
export const MAX_ALLOWED_ORIGINS = 10;

const ORIGIN_SHAPE = /^(https?):\/\/([^/?#@\s]+)\/?$/i;

/**
 * The normalised origin (`scheme://host[:port]`, lower-case, default port dropped) of `raw`, or
 * null when it is not one: only http/https, no path, query, fragment or credentials.
 *
 * @example originOf('HTTPS://Blog.Example:443/') // "https://blog.example"
 * @example originOf('https://blog.example/shop') // null
 */
export function originOf(raw: string): string | null {
  const text = raw.trim();
  if (!ORIGIN_SHAPE.test(text)) return null;
  try {
    const url = new URL(text);
    if (!url.hostname || url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

const SiteName = line().trim().min(2, 'Enter the name of your site').max(80, 'A site name has at most 80 characters');

/** Whether `value` is a full http(s) address with a host. */
function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/[^/?#\s]/i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

const WebsiteUrl = line()
  .trim()
  .max(300, 'A web address has at most 300 characters')
  .refine(isWebAddress, 'Enter the full address of your site, starting with https:// or http://');

export const PartnerOrigin = line()
  .trim()
  .max(200, 'An origin has at most 200 characters')
  .transform((value, context) => {
    const origin = originOf(value);
    if (origin === null) {
      context.addIssue({ code: 'custom', message: `"${value}" is not an origin: write scheme://host[:port], like https://blog.example, without a path` });
      return z.NEVER;
    }
    return origin;
  });

/** Origins, duplicates removed after normalising. */
export const PartnerOrigins = z
  .array(PartnerOrigin)
  .max(MAX_ALLOWED_ORIGINS, `At most ${MAX_ALLOWED_ORIGINS} origins`)
  .transform((origins) => [...new Set(origins)]);

export const PartnerApplicationInput = z.object({
  name: SiteName,
  websiteUrl: WebsiteUrl,
  contactEmail: Email,
  note: multiline().trim().max(2000, 'Tell us about your site in at most 2,000 characters').default(''),
});
export type PartnerApplicationInput = z.input<typeof PartnerApplicationInput>;
export type PartnerApplication = z.output<typeof PartnerApplicationInput>;

export const PartnerProfileInput = z.object({
  name: SiteName,
  websiteUrl: WebsiteUrl,
  contactEmail: Email,
  allowedOrigins: PartnerOrigins,
});
export type PartnerProfileInput = z.input<typeof PartnerProfileInput>;
export type PartnerProfile = z.output<typeof PartnerProfileInput>;

export const CreatePartnerApiKeyInput = z.object({
  label: line().trim().min(2, 'Give the key a name, like "Blog widget"').max(60, 'A key name has at most 60 characters'),
});
export type CreatePartnerApiKeyInput = z.output<typeof CreatePartnerApiKeyInput>;

export const PartnerIdInput = z.object({ id: EntityId });

export const AdminPartnerListInput = z.object({
  status: z.enum(PARTNER_STATUSES).optional(),
  /** Matches the code, site name, website, contact e-mail or the account's e-mail. */
  query: line().trim().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(25),
  offset: z.number().int().min(0).max(10_000).default(0),
});
export type AdminPartnerListInput = z.input<typeof AdminPartnerListInput>;
export type AdminPartnerQuery = z.output<typeof AdminPartnerListInput>;

const ReviewReason = multiline().trim().min(5, 'Say why, in a sentence the partner will read').max(1000, 'At most 1,000 characters');

export const RejectPartnerInput = z.object({ id: EntityId, reason: ReviewReason });
export type RejectPartnerInput = z.output<typeof RejectPartnerInput>;

export const SuspendPartnerInput = z.object({ id: EntityId, reason: ReviewReason });
export type SuspendPartnerInput = z.output<typeof SuspendPartnerInput>;
