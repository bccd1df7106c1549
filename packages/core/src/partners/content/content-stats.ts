// Impressions and outbound clicks, aggregated per item and UTC day. Impressions are counted in
// memory and written in one statement per flush (a page view never waits for a write; a crash
// loses at most one flush interval of impressions). A click is written at once: it is rare,
// and the redirect needs the stored URL anyway.
import { Prisma, type PrismaClient } from '@tandem/db';
import { safeOutboundUrl } from './item-fields.ts';
import { SHOWN } from './shown-items.ts';

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Counts impressions between flushes. */
export class ImpressionCounter {
  #counts = new Map<string, number>();

  /** One impression of each item, on day `at`. */
  add(itemIds: readonly string[], at = new Date()): void {
    for (const id of itemIds) {
      const key = `${id}|${dayOf(at)}`;
      this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    }
  }

  get pending(): number {
    return this.#counts.size;
  }

  /** Writes what was counted (one upsert for all) and starts over; returns the rows written. */
  async flush(prisma: PrismaClient): Promise<number> {
    if (this.#counts.size === 0) return 0;
    const batch = [...this.#counts].map(([key, n]) => ({ itemId: key.split('|')[0]!, day: key.split('|')[1]!, n }));
    this.#counts = new Map();
    try {
      // Items deleted since their impression are skipped by the join.
      await prisma.$executeRaw`
        INSERT INTO "PartnerContentStat" ("itemId", day, impressions)
        SELECT b."itemId", b.day::date, b.n FROM json_to_recordset(${JSON.stringify(batch)}::json) AS b("itemId" text, day text, n int)
        JOIN "PartnerContentItem" i ON i.id = b."itemId"
        ON CONFLICT ("itemId", day) DO UPDATE SET impressions = "PartnerContentStat".impressions + EXCLUDED.impressions`;
    } catch (error) {
      for (const { itemId, day, n } of batch) this.#counts.set(`${itemId}|${day}`, (this.#counts.get(`${itemId}|${day}`) ?? 0) + n);
      throw error;
    }
    return batch.length;
  }
}

/**
 * Logs one outbound click and returns where to send the shopper: the item's stored http(s)
 * URL, only for an approved item of an approved partner; null (a 404) for anything else.
 */
export async function recordOutboundClick(prisma: PrismaClient, itemId: string, at = new Date()): Promise<string | null> {
  const item = await prisma.partnerContentItem.findFirst({ where: { id: itemId, ...SHOWN }, select: { id: true, url: true } });
  const url = item ? safeOutboundUrl(item.url) : null;
  if (!item || !url) return null;
  await prisma.$executeRaw`
    INSERT INTO "PartnerContentStat" ("itemId", day, clicks) VALUES (${item.id}, ${dayOf(at)}::date, 1)
    ON CONFLICT ("itemId", day) DO UPDATE SET clicks = "PartnerContentStat".clicks + 1`;
  return url;
}

/** One item's figures over a period. */
export interface ItemStats {
  itemId: string;
  title: string;
  status: string;
  impressions: number;
  clicks: number;
  /** clicks / impressions, 0 without impressions. */
  ctr: number;
}

/** The partner's own items with their impressions, clicks and CTR since `since`. */
export async function partnerItemStats(prisma: PrismaClient, partnerId: string, since: Date): Promise<ItemStats[]> {
  const rows = await prisma.$queryRaw<{ itemId: string; title: string; status: string; impressions: bigint | number; clicks: bigint | number }[]>`
    SELECT i.id AS "itemId", i.title, i.status::text AS status,
           coalesce(sum(s.impressions), 0) AS impressions, coalesce(sum(s.clicks), 0) AS clicks
    FROM "PartnerContentItem" i LEFT JOIN "PartnerContentStat" s ON s."itemId" = i.id AND s.day >= ${dayOf(since)}::date
    WHERE i."partnerId" = ${partnerId}
    GROUP BY i.id, i.title, i.status ORDER BY clicks DESC, impressions DESC, i.title`;
  return rows.map((r) => {
    const impressions = Number(r.impressions);
    const clicks = Number(r.clicks);
    return { itemId: r.itemId, title: r.title, status: r.status, impressions, clicks, ctr: impressions ? clicks / impressions : 0 };
  });
}

/** For the admin: outbound clicks (and impressions) per partner since `since`, most clicked first. */
export async function outboundClicksByPartner(prisma: PrismaClient, since: Date) {
  const rows = await prisma.$queryRaw<{ partnerId: string; name: string; code: string; impressions: bigint | number; clicks: bigint | number }[]>(Prisma.sql`
    SELECT p.id AS "partnerId", p.name, p.code, sum(s.impressions) AS impressions, sum(s.clicks) AS clicks
    FROM "PartnerContentStat" s JOIN "PartnerContentItem" i ON i.id = s."itemId" JOIN "Partner" p ON p.id = i."partnerId"
    WHERE s.day >= ${dayOf(since)}::date
    GROUP BY p.id, p.name, p.code ORDER BY clicks DESC, p.name`);
  return rows.map((r) => ({ partnerId: r.partnerId, name: r.name, code: r.code, impressions: Number(r.impressions), clicks: Number(r.clicks) }));
}
