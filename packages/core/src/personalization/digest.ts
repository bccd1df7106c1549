// The personal newsletter digest: "picked for you" and "trending now", as a JSON payload (for
// any e-mail service's templates) and as a ready HTML + text e-mail. Only for customers who
// asked for newsletters; everything is escaped, links point at the store.
import type { PrismaClient } from '@tandem/db';
import { consentOf, customersWithMarketingConsent } from '../accounts/index.ts';
import type { ProductCard } from '../catalog/index.ts';
import { block, composeEmail, defineEmailTemplate, queueEmail, wasEmailQueued } from '../notifications/index.ts';
import { formatMoney, withoutTrailingSlash } from '../shared/index.ts';
import type { RecommendationReason } from './for-you.ts';
import { forYou } from './serve-for-you.ts';
import { popularProducts } from './serve-recommendations.ts';

export interface DigestProduct {
  id: string;
  title: string;
  url: string;
  imageUrl: string | null;
  price: { amount: number; currency: string };
  why: string | null;
}

export interface DigestPayload {
  customer: { id: string; name: string; email: string };
  sections: { key: 'for_you' | 'trending'; title: string; products: DigestProduct[] }[];
  unsubscribeUrl: string;
  generatedAt: string;
}

export interface Digest {
  subject: string;
  payload: DigestPayload;
  html: string;
  text: string;
}

/** The digest of one customer, or null when they did not ask for newsletters. */
export async function personalDigest(prisma: PrismaClient, customer: { id: string; name: string; email: string }, options: { now: Date; storefrontUrl: string }): Promise<Digest | null> {
  const consent = await consentOf(prisma, customer.id);
  if (!consent?.marketing) return null;
  const base = withoutTrailingSlash(options.storefrontUrl);
  const picked = await forYou(prisma, { customerId: customer.id, anonymousId: null }, { now: options.now, limit: 6 });
  const pickedIds = new Set(picked.map((p) => p.product.id));
  const trending = (await popularProducts(prisma, 'all', 'trending', 10)).filter((p) => !pickedIds.has(p.id)).slice(0, 4);
  const titles = new Map(picked.map((p) => [p.product.id, p.product.title]));
  const toProduct = (card: ProductCard, why: string | null): DigestProduct => ({
    id: card.id,
    title: card.title,
    url: `${base}/p/${encodeURIComponent(card.slug)}`,
    imageUrl: card.image ? `${base}${card.image.url}` : null,
    price: { amount: card.price.min.amount, currency: card.price.min.currency },
    why,
  });
  const payload: DigestPayload = {
    customer,
    sections: [
      { key: 'for_you', title: 'Picked for you', products: picked.map((p) => toProduct(p.product, reasonText(p.reason, titles))) },
      { key: 'trending', title: 'Trending now', products: trending.map((card) => toProduct(card, null)) },
    ].filter((section) => section.products.length > 0) as DigestPayload['sections'],
    unsubscribeUrl: `${base}/account/privacy`,
    generatedAt: options.now.toISOString(),
  };
  const subject = `${customer.name.split(' ')[0] || 'Hello'}, new picks for you`;
  return { subject, payload, ...renderDigestEmail(subject, payload) };
}

function reasonText(reason: RecommendationReason, titles: Map<string, string>): string | null {
  if (reason.kind === 'popular') return 'Popular with riders like you';
  if (reason.kind === 'popular_in_category') return `Popular in ${reason.category}`;
  const about = reason.productId ? titles.get(reason.productId) : undefined;
  const labels: Record<string, string> = { bought_together: 'Often bought with', viewed_together: 'Viewed with', similar: 'Similar to' };
  return about ? `${labels[reason.kind] ?? 'Because of'} ${about}` : 'Because of what you looked at';
}

/**
 * The digest as an e-mail through the shared layout. Product images stay in the JSON payload
 * only: the HTML part loads nothing, so it reads the same with images blocked.
 */
export function renderDigestEmail(subject: string, payload: DigestPayload): { text: string; html: string } {
  const sections = payload.sections.flatMap((section) => [
    block.heading(section.title),
    block.items(section.products.map((p) => ({ title: p.title, amount: formatMoney(p.price.amount, p.price.currency), url: p.url, ...(p.why ? { detail: p.why } : {}) }))),
  ]);
  const { text, html } = composeEmail(subject, [
    block.paragraph(`Hello ${payload.customer.name},`),
    ...sections,
    block.paragraph('You receive this because you asked for personal newsletters.'),
    block.link('Change your choice', payload.unsubscribeUrl),
  ]);
  return { text, html };
}

/**
 * Queues this period's digest for every customer who asked for newsletters, once per customer
 * and period (a re-run of the same period queues nothing new). Returns how many were queued.
 */
export async function queueDigests(prisma: PrismaClient, options: { now: Date; storefrontUrl: string; period: string }): Promise<number> {
  // One kind per period: that is what keeps a re-run from sending the same digest twice.
  const template = defineEmailTemplate(`digest:${options.period}`, (digest: Digest) => ({ subject: digest.subject, text: digest.text, html: digest.html }));
  let queued = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await customersWithMarketingConsent(prisma, 100, after);
    if (batch.length === 0) return queued;
    after = batch.at(-1)!.id;
    for (const customer of batch) {
      if (await wasEmailQueued(prisma, customer.email, template.kind)) continue;
      const digest = await personalDigest(prisma, customer, options);
      if (!digest || digest.payload.sections.length === 0) continue;
      await queueEmail(prisma, template, customer.email, digest);
      queued++;
    }
  }
}
