// Records a click on a tracked link (/r/<code>) and decides whether it can attribute a sale:
// bots (by user agent) and floods (too many clicks per minute from one address for one
// partner) are kept, marked with the reason, and get no referral token. Unknown and
// non-approved partners record nothing; the visitor is still sent on.
import type { PrismaClient, ReferralSource } from '@tandem/db';
import { bucket, isOver, rateLimiterOf } from '../../accounts/index.ts';
import { isBotUserAgent } from './bot-filter.ts';
import { programSettings } from './program.ts';
import { hashClientAddress, hashReferralToken, isReferralToken, newReferralToken } from './referral-token.ts';

export interface ClickInput {
  partnerCode: string;
  /** A product slug for a deep link; the target is then `/p/<slug>`, else the home page. */
  productSlug?: string | undefined;
  source: ReferralSource;
  /** The token from the visitor's attribution cookie, if they already have one. */
  existingToken?: string | null | undefined;
  ip: string;
  userAgent: string;
}

export interface ClickResult {
  /** Always store-relative. */
  targetPath: string;
  /** Set the attribution cookie to this (same as before when the visitor had one); null: set nothing. */
  referralToken: string | null;
  /** Seconds the cookie should live: the attribution window. */
  maxAgeSeconds: number;
  /** Why the click does not count, if it does not. */
  filtered: 'BOT' | 'FLOOD' | 'UNKNOWN_PARTNER' | null;
  /** The deep-linked product when it is on sale (for the visitor's behaviour record), else null. */
  productId: string | null;
}

export interface ClickOptions {
  /** Key of the address digest (see `hashClientAddress`). */
  ipHashKey: string;
  now?: Date;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function targetPathOf(productSlug: string | undefined): string {
  return productSlug && SLUG.test(productSlug) && productSlug.length <= 200 ? `/p/${productSlug}` : '/';
}

export async function recordClick(prisma: PrismaClient, input: ClickInput, options: ClickOptions): Promise<ClickResult> {
  const now = options.now ?? new Date();
  const targetPath = targetPathOf(input.productSlug);
  const settings = await programSettings(prisma);
  const maxAgeSeconds = settings.attributionWindowDays * 86_400;
  const partner = await prisma.partner.findUnique({ where: { code: input.partnerCode.toLowerCase() }, select: { id: true, status: true } });
  if (!partner || partner.status !== 'APPROVED') return { targetPath, referralToken: null, maxAgeSeconds, filtered: 'UNKNOWN_PARTNER', productId: null };

  const ipHash = hashClientAddress(input.ip, options.ipHashKey);
  const userAgent = input.userAgent.slice(0, 300);
  let filterReason: 'BOT' | 'FLOOD' | null = isBotUserAgent(userAgent) ? 'BOT' : null;
  if (!filterReason) {
    // Counted and decided in one statement, so a burst of parallel clicks cannot all pass.
    const rule = { name: 'affiliate-click:partner+ip', limit: settings.floodClicksPerMinute, windowMs: 60_000 };
    const [flood] = await rateLimiterOf(prisma).reserve([bucket(rule, `${partner.id}\n${ipHash}`)], now);
    if (isOver(flood!)) filterReason = 'FLOOD';
  }
  const referralToken = filterReason ? null : isReferralToken(input.existingToken) ? input.existingToken : newReferralToken();
  const slug = targetPath.startsWith('/p/') ? targetPath.slice(3) : null;
  const product = slug ? await prisma.product.findFirst({ where: { slug, status: 'ACTIVE' }, select: { id: true } }) : null;
  await prisma.affiliateClick.create({
    data: {
      partnerId: partner.id,
      visitorTokenHash: referralToken ? hashReferralToken(referralToken) : null,
      targetPath,
      source: input.source,
      ipHash,
      userAgent,
      filterReason,
      createdAt: now,
    },
  });
  return { targetPath, referralToken, maxAgeSeconds, filtered: filterReason, productId: product?.id ?? null };
}
