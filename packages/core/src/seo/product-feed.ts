// The comparison-shopping feed, streamed in Google Merchant XML or TSV, and the fingerprint its
// ETag comes from: one cheap query over what the feed's content depends on.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@tandem/db';
import { feedItems, type FeedOptions } from './feed-items.ts';
import { merchantTsvHeader, merchantTsvLine } from './merchant-tsv.ts';
import { MERCHANT_XML_CLOSE, merchantXmlItem, merchantXmlOpen, type FeedChannel } from './merchant-xml.ts';
import { normalizeBaseUrl } from './xml.ts';

export type ProductFeedFormat = 'xml' | 'tsv';

export interface ProductFeedOptions extends FeedOptions {
  format: ProductFeedFormat;
  channel?: Omit<FeedChannel, 'link'>;
}

/** The whole feed as chunks of text, one chunk per batch of products. */
export async function* productFeed(prisma: PrismaClient, options: ProductFeedOptions): AsyncGenerator<string> {
  const now = options.now ?? new Date();
  const channel = { title: 'Tandem Cycles', description: 'Bikes, parts and gear', ...options.channel, link: normalizeBaseUrl(options.baseUrl) + '/' };
  yield options.format === 'xml' ? merchantXmlOpen(channel) : merchantTsvHeader();
  for await (const items of feedItems(prisma, { ...options, now })) {
    yield items.map((item) => (options.format === 'xml' ? merchantXmlItem(item, now) : merchantTsvLine(item, now))).join('');
  }
  if (options.format === 'xml') yield MERCHANT_XML_CLOSE;
}

/**
 * A strong ETag for the feed as it would be generated now: changes when a product, variant,
 * category, stock state, price list, clearance price or promotion changes, when a sale starts or
 * ends (the set of promotions in their window), and each UTC day (sale dates without a start).
 */
export async function productFeedEtag(prisma: PrismaClient, options: ProductFeedOptions): Promise<string> {
  const now = options.now ?? new Date();
  const [row] = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT count(*) FROM "Product" WHERE status = 'ACTIVE') AS products,
      (SELECT max("updatedAt") FROM "Product") AS product,
      (SELECT max("updatedAt") FROM "ProductVariant") AS variant,
      (SELECT sum(CASE WHEN "stockOnHand" > 0 THEN hashtext(id)::bigint ELSE 0 END) FROM "ProductVariant") AS stock,
      (SELECT md5(string_agg(id || name || coalesce("parentId", ''), ',' ORDER BY id)) FROM "Category") AS categories,
      (SELECT max("updatedAt") FROM "Promotion") AS promotion,
      (SELECT max("updatedAt") FROM "PriceList") AS "priceList",
      (SELECT max("computedAt") FROM "ClearancePrice") AS clearance,
      (SELECT string_agg(id, ',' ORDER BY id) FROM "Promotion"
        WHERE active AND code IS NULL AND ("startsAt" IS NULL OR "startsAt" <= ${now}) AND ("endsAt" IS NULL OR "endsAt" > ${now})) AS running`;
  const day = now.toISOString().slice(0, 10);
  const key = JSON.stringify([row, day, options.format, options.baseUrl, options.shippingCountries ?? null], (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return `"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"`;
}
