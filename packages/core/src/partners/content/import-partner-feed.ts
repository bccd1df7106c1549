// A partner's JSON feed → its FEED items. Every item is validated on its own; bad ones are
// reported with their position and every reason (the offers importer's RejectedRow shape) and
// the rest imported. Images are downloaded into the media folder (bounded), never hot-linked;
// an item whose image cannot be fetched is rejected. Items gone from the feed are removed.
import type { PrismaClient } from '@tandem/db';
import { partnerFeedItem, type PartnerFeedItem } from '@tandem/validators';
import type { RejectedRow } from '../../offers/index.ts';
import type { PartnerContentFetcher } from './content-fetcher.ts';
import { MAX_PARTNER_IMAGE_BYTES, storePartnerImage } from './partner-images.ts';
import type { ReviewedFields } from './item-fields.ts';
import { categoryIdsOf, reviewedData } from './save-item.ts';

export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const MAX_FEED_ITEMS = 500;

/** What one fetch did, stored on the feed and shown to the partner. */
export interface PartnerFeedReport {
  itemCount: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  removedCount: number;
  rejectedCount: number;
  rejectedRows: RejectedRow[];
}

/** Reads feed text into valid items and rejected rows; throws only when the whole feed is unreadable. */
export function readPartnerFeed(text: string): { items: { row: number; item: PartnerFeedItem }[]; rejected: RejectedRow[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`The feed is not valid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(list)) throw new Error('The feed must be an array of items or { "items": [...] }.');
  if (list.length > MAX_FEED_ITEMS) throw new Error(`The feed has ${list.length} items; at most ${MAX_FEED_ITEMS} are read.`);
  const items: { row: number; item: PartnerFeedItem }[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set<string>();
  list.forEach((raw: unknown, index) => {
    const row = index + 1;
    const parsed = partnerFeedItem.safeParse(raw);
    const externalId = typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : null;
    if (!parsed.success) return rejected.push({ row, externalId, reasons: parsed.error.issues.map((i) => `${i.path.join('.') || 'item'}: ${i.message}`) });
    if (seen.has(parsed.data.id)) return rejected.push({ row, externalId, reasons: [`id: "${parsed.data.id}" appears twice`] });
    seen.add(parsed.data.id);
    items.push({ row, item: parsed.data });
  });
  return { items, rejected };
}

export interface ImportPartnerFeedOptions {
  mediaDir: string;
  /** Downloads the items' images (at most MAX_PARTNER_IMAGE_BYTES each). */
  fetchContent: PartnerContentFetcher;
}

export async function importPartnerFeed(prisma: PrismaClient, partnerId: string, text: string, options: ImportPartnerFeedOptions): Promise<PartnerFeedReport> {
  const { items, rejected } = readPartnerFeed(text);
  const itemCount = items.length + rejected.length;
  const prepared: { externalId: string; fields: ReviewedFields }[] = [];
  // Network first (images), outside any transaction; then every write in one.
  for (const { row, item } of items) {
    const { ids, unknown } = await categoryIdsOf(prisma, item.categories);
    if (unknown.length) {
      rejected.push({ row, externalId: item.id, reasons: [`categories: no store category is called ${unknown.join(', ')}`] });
      continue;
    }
    let imageUrl: string | null = null;
    if (item.image_link) {
      try {
        const image = await options.fetchContent(item.image_link, MAX_PARTNER_IMAGE_BYTES);
        imageUrl = await storePartnerImage(options.mediaDir, partnerId, { bytes: image.bytes, contentType: image.contentType });
      } catch (error) {
        rejected.push({ row, externalId: item.id, reasons: [`image_link: ${(error as Error).message}`] });
        continue;
      }
    }
    prepared.push({ externalId: item.id, fields: { title: item.title, description: item.description, priceAmount: item.priceAmount, currency: item.currency, url: item.link, imageUrl, categoryIds: ids, keywords: item.keywords } });
  }
  const report: PartnerFeedReport = { itemCount, createdCount: 0, updatedCount: 0, unchangedCount: 0, removedCount: 0, rejectedCount: rejected.length, rejectedRows: [...rejected].sort((a, b) => a.row - b.row) };
  await prisma.$transaction(async (tx) => {
    const existing = new Map((await tx.partnerContentItem.findMany({ where: { partnerId, origin: 'FEED' }, select: { id: true, externalId: true, contentHash: true } })).map((i) => [i.externalId!, i]));
    for (const { externalId, fields } of prepared) {
      const before = existing.get(externalId);
      const data = reviewedData(fields, before?.contentHash ?? null);
      if (before?.contentHash === data.contentHash) report.unchangedCount++;
      else if (before) {
        await tx.partnerContentItem.update({ where: { id: before.id }, data });
        report.updatedCount++;
      } else {
        await tx.partnerContentItem.create({ data: { ...data, partnerId, origin: 'FEED', externalId } });
        report.createdCount++;
      }
    }
    // Items no longer in the feed go; an item whose row was rejected this time stays as it was.
    const listed = new Set([...prepared.map((p) => p.externalId), ...rejected.flatMap((r) => (r.externalId ? [r.externalId] : []))]);
    const gone = [...existing.values()].filter((i) => !listed.has(i.externalId!)).map((i) => i.id);
    if (gone.length) report.removedCount = (await tx.partnerContentItem.deleteMany({ where: { id: { in: gone } } })).count;
  });
  return report;
}
