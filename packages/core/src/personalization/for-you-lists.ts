// Precomputed "for you" lists, so serving is one indexed read: per visitor key (the customer id,
// or the anonymous id of a visitor who never signed in), the blend of their history's neighbours
// (their events, and for a customer their paid orders' products: own-purchases.ts)
// best first, without eligibility (serving checks visibility and stock live) and without the
// popular fill (serving adds today's popular list). The serving blend's popularity prior ranks
// the candidates by the overall popular list as the update wrote it (read in the same
// transaction); a list not refreshed since keeps the popularity of its own update. An update recomputes the lists of visitors
// with new events and of visitors whose history includes a product whose neighbours changed.
import { Prisma } from '@tandem/db';
import { recommendForYou, type BlendSetting } from './for-you.ts';
import { insertRows } from './insert-rows.ts';
import { ownPurchasesSql, purchasesSince, purchasingVisitorsSql } from './own-purchases.ts';
import { servingBlendSetting } from './serving-blend.ts';
import type { Sql } from './sql.ts';
import type { InteractionKind, NeighbourTable, ScoredProduct } from './types.ts';

export const FOR_YOU_HISTORY_DAYS = 90;
export const FOR_YOU_HISTORY_LIMIT = 100;
/** Candidates kept per visitor: enough for the largest page (24) after live exclusions. */
const LIST_LENGTH = 72;
const NEIGHBOURS_PER_ITEM = 20;
const BATCH = 1_000;

export interface ForYouRefresh {
  /** The newest event id the update covers; history beyond it is left to the next update. */
  upToId: bigint;
  now: Date;
  /** The reference moment of the history decay (the update's epoch day). */
  decayFrom: Date;
}

/** Visitors whose list is stale after the staged update (recs_in, recs_affected). */
export async function staleVisitors(sql: Sql): Promise<string[]> {
  const rows = await sql.$queryRaw<{ visitor: string }[]>(Prisma.sql`
    SELECT visitor FROM recs_in WHERE visitor NOT LIKE 'event:%'
    UNION SELECT visitor FROM "ForYouVisitor" WHERE sources && ARRAY(SELECT DISTINCT product_id FROM recs_affected)`);
  return rows.map((r) => r.visitor).sort();
}

/** Every visitor with recent history (events, or purchases of a customer): a rebuild computes them all. */
export async function visitorsWithHistory(sql: Sql, options: ForYouRefresh): Promise<string[]> {
  const since = new Date(options.now.getTime() - FOR_YOU_HISTORY_DAYS * 86_400_000);
  const rows = await sql.$queryRaw<{ visitor: string }[]>(Prisma.sql`
    SELECT COALESCE(e."customerId", e."anonymousId") AS visitor FROM "BehaviourEvent" e
     WHERE e."productId" IS NOT NULL AND e."occurredAt" >= ${since} AND e.id <= ${options.upToId}
       AND COALESCE(e."customerId", e."anonymousId") IS NOT NULL
    UNION SELECT visitor FROM ${purchasingVisitorsSql({ since: purchasesSince(options.now), until: options.now })} p`);
  return rows.map((r) => r.visitor).sort();
}

export async function refreshForYouLists(sql: Sql, visitors: readonly string[], options: ForYouRefresh): Promise<number> {
  let items = 0;
  // Loaded once per refresh: batches of visitors share most of their history's products (at
  // 10k products re-reading them cost about 0.7 s per batch of 1,000 visitors).
  const neighbours = emptyNeighbourCache();
  const blend = { popular: await readOverallPopular(sql), setting: await servingBlendSetting(sql) };
  for (let start = 0; start < visitors.length; start += BATCH) items += await refreshBatch(sql, visitors.slice(start, start + BATCH), options, neighbours, blend);
  return items;
}

/** The stored overall popular list, best first: what the serving blend's prior weighs candidates by. */
async function readOverallPopular(sql: Sql): Promise<ScoredProduct[]> {
  return sql.$queryRaw<ScoredProduct[]>(Prisma.sql`
    SELECT "productId", score FROM "PopularProduct" WHERE scope = 'all' AND list = 'popular' ORDER BY rank`);
}

type HistoryRow = { visitor: string; productId: string; type: InteractionKind; occurredAt: Date };

async function refreshBatch(sql: Sql, visitors: string[], options: ForYouRefresh, neighbours: NeighbourCache, blend: { popular: readonly ScoredProduct[]; setting: Readonly<BlendSetting> }): Promise<number> {
  const since = new Date(options.now.getTime() - FOR_YOU_HISTORY_DAYS * 86_400_000);
  const side = (where: Prisma.Sql) => Prisma.sql`(SELECT e.id, e."productId", e.type::text AS type, e."occurredAt" FROM "BehaviourEvent" e
      WHERE ${where} AND e."productId" IS NOT NULL AND e."occurredAt" >= ${since} AND e.id <= ${options.upToId}
      ORDER BY e."occurredAt" DESC, e.id DESC LIMIT ${FOR_YOU_HISTORY_LIMIT})`;
  // Whose events a key's list reads: a customer's own, or an anonymous visitor's not yet claimed
  // by a customer; and a customer's purchases (an anonymous key has no orders).
  const purchases = ownPurchasesSql(Prisma.sql`k.visitor`, { since: purchasesSince(options.now), until: options.now, limit: FOR_YOU_HISTORY_LIMIT });
  const history = await sql.$queryRaw<HistoryRow[]>(Prisma.sql`
    SELECT k.visitor, h."productId", h.type, h."occurredAt" FROM unnest(${visitors}::text[]) AS k(visitor),
      LATERAL (SELECT u.* FROM (${side(Prisma.sql`e."customerId" = k.visitor`)} UNION ALL ${side(Prisma.sql`e."anonymousId" = k.visitor AND e."customerId" IS NULL`)} UNION ALL ${purchases}) u
               ORDER BY u."occurredAt" DESC, u.id DESC LIMIT ${FOR_YOU_HISTORY_LIMIT}) h`);
  await loadNeighbours(sql, neighbours, history.map((h) => h.productId));
  const byVisitor = new Map<string, HistoryRow[]>(visitors.map((v) => [v, []]));
  for (const row of history) byVisitor.get(row.visitor)!.push(row);

  const itemRows: { visitor: string; rank: number; productId: string; score: number; reason: string; reasonProductId: string }[] = [];
  const visitorRows: { visitor: string; sources: string }[] = [];
  for (const [visitor, rows] of byVisitor) {
    if (rows.length === 0) continue;
    const list = recommendForYou({
      ...blend.setting,
      history: rows.map((r) => ({ productId: r.productId, kind: r.type, at: r.occurredAt })),
      now: options.now,
      decayFrom: options.decayFrom,
      neighbours,
      popular: blend.popular,
      isEligible: () => true,
      categoryOf: () => undefined,
      limit: LIST_LENGTH,
    });
    list.forEach((item, rank) => {
      if (item.reason.kind !== 'popular') itemRows.push({ visitor, rank, productId: item.productId, score: item.score, reason: item.reason.kind, reasonProductId: item.reason.productId });
    });
    visitorRows.push({ visitor, sources: [...new Set(rows.map((r) => r.productId))].sort().join(',') });
  }
  await sql.$executeRaw(Prisma.sql`DELETE FROM "ForYouItem" WHERE visitor = ANY(${visitors}::text[])`);
  await sql.$executeRaw(Prisma.sql`DELETE FROM "ForYouVisitor" WHERE visitor = ANY(${visitors}::text[])`);
  await insertRows(sql, 'ForYouItem', { visitor: 'text', rank: 'int', productId: 'text', score: 'float8', reason: 'text', reasonProductId: 'text' }, itemRows);
  if (visitorRows.length > 0) {
    await sql.$executeRaw(Prisma.sql`INSERT INTO "ForYouVisitor" (visitor, sources, "eventWatermark", "computedAt")
      SELECT u.visitor, string_to_array(u.sources, ','), ${options.upToId}, ${options.now}
        FROM unnest(${visitorRows.map((v) => v.visitor)}::text[], ${visitorRows.map((v) => v.sources)}::text[]) AS u(visitor, sources)`);
  }
  return itemRows.length;
}

interface NeighbourCache {
  boughtTogether: NeighbourTable;
  viewedTogether: NeighbourTable;
  content: NeighbourTable;
  /** Products whose neighbours are loaded (also those that have none). */
  loaded: Set<string>;
}

function emptyNeighbourCache(): NeighbourCache {
  return { boughtTogether: new Map(), viewedTogether: new Map(), content: new Map(), loaded: new Set() };
}

/** Adds the neighbour lists of the products not loaded yet. */
async function loadNeighbours(sql: Sql, cache: NeighbourCache, productIds: readonly string[]): Promise<void> {
  const missing = [...new Set(productIds)].filter((id) => !cache.loaded.has(id));
  if (missing.length === 0) return;
  const rows = await sql.$queryRaw<{ kind: string; productId: string; neighbourId: string; score: number }[]>(Prisma.sql`
    SELECT kind::text AS kind, "productId", "neighbourId", score FROM "ProductNeighbour"
     -- The kinds spelled out, so the (kind, productId, rank) key serves the lookup.
     WHERE kind = ANY(ARRAY['BOUGHT_TOGETHER', 'VIEWED_TOGETHER', 'SIMILAR']::"NeighbourKind"[]) AND "productId" = ANY(${missing}::text[]) AND rank < ${NEIGHBOURS_PER_ITEM}
     ORDER BY kind, "productId", rank`);
  const tables: Record<string, NeighbourTable> = { BOUGHT_TOGETHER: cache.boughtTogether, VIEWED_TOGETHER: cache.viewedTogether, SIMILAR: cache.content };
  for (const row of rows) {
    const table = tables[row.kind]!;
    const list = table.get(row.productId) ?? [];
    list.push({ productId: row.neighbourId, score: row.score });
    table.set(row.productId, list);
  }
  for (const id of missing) cache.loaded.add(id);
}
