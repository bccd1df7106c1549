// Everything one recommendation request reads, in one SQL statement: the visitor's recent
// history (their own events only: by customer id or by their own anonymous id; and a customer's
// purchases, read from their paid orders as the stored lists do: own-purchases.ts), the precomputed
// neighbours of the history and of the given products, the popular lists asked for (and the
// customer's segment list), and which of all those products are visible now, with the version
// of their row for the card cache and their live stock. Eligibility is therefore never staler
// than the request: an archived or sold-out product drops out at once, whatever is cached.
import { Prisma, type PrismaClient } from '@tandem/db';
import type { VersionedProductRef } from '../catalog/index.ts';
import { ownPurchasesSql } from './own-purchases.ts';
import type { InteractionKind, ScoredProduct } from './types.ts';

export type NeighbourKind = 'BOUGHT_TOGETHER' | 'VIEWED_TOGETHER' | 'SIMILAR';

export interface ServingQuery {
  /** Whose history to read; both null reads none. Events from `since`, a customer's purchases from `purchasesSince`. */
  visitor?: { customerId: string | null; anonymousId: string | null; since: Date; purchasesSince: Date; limit: number };
  /** Products whose neighbours are wanted besides the history's (a product page, a cart). */
  productIds?: readonly string[];
  kinds: readonly NeighbourKind[];
  neighboursPerItem: number;
  /** `withCategoriesOf`: also the lists of these products' categories (their kinds' best sellers, for "similar"). */
  popular?: { scopes: readonly string[]; withSegment: boolean; list: 'popular' | 'trending'; take: number; withCategoriesOf?: readonly string[] };
  /** The visitor's precomputed "for you" list (for-you-lists.ts): by customer id, else by anonymous id. */
  forYouList?: { customerId: string | null; anonymousId: string | null; take: number };
}

/** A precomputed list as read: its items best first, the history it excludes, and whether newer events make it stale. */
export interface ForYouListRows {
  items: { productId: string; reason: 'bought_together' | 'viewed_together' | 'similar'; reasonProductId: string }[];
  sources: string[];
  stale: boolean;
}

export interface ServingRows {
  history: { productId: string; kind: InteractionKind; at: Date }[];
  /** Per kind, per product: neighbours best first. */
  neighbours: Record<NeighbourKind, Map<string, ScoredProduct[]>>;
  /** The popular lists: the segment's first (when asked), then the scopes in the order given. */
  popular: ScoredProduct[];
  /**
   * The visible products among everything above, with their row version, live stock, kind (the
   * category: complements are of another kind, substitutes of the same) and lowest price.
   */
  visible: Map<string, VersionedProductRef & { inStock: boolean; kind: string; priceAmount: number }>;
  /** Null when not asked for, or when the visitor has no list yet. */
  forYou: ForYouListRows | null;
}

interface RawRow {
  history: [string, string, number][];
  neighbours: [NeighbourKind, string, string, number, number][];
  popular: [boolean, number | null, number, string, number][];
  visible: [string, string, boolean, string, number][];
  for_you: [string, ForYouListRows['items'][number]['reason'], string][];
  for_you_state: [string[], boolean] | null;
}

export async function readServingRows(prisma: PrismaClient, query: ServingQuery): Promise<ServingRows> {
  const [row] = await prisma.$queryRaw<RawRow[]>(servingStatement(query));
  return toServingRows(row!);
}

/** The statement itself (exported for EXPLAIN in benchmarks). Parts a request does not need are left out, which keeps planning cheap. */
export function servingStatement(query: ServingQuery): Prisma.Sql {
  const customerId = query.visitor?.customerId ?? query.forYouList?.customerId ?? null;
  const scopes = query.popular?.scopes ?? [];
  const segmentScope = query.popular?.withSegment && customerId !== null
    ? Prisma.sql`ARRAY(SELECT 'segment:' || cs.segment FROM "CustomerSegment" cs WHERE cs."customerId" = ${customerId})`
    : Prisma.sql`ARRAY[]::text[]`;
  const categoryScopes = query.popular?.withCategoriesOf?.length
    ? Prisma.sql`ARRAY(SELECT 'category:' || c.path FROM "Product" p JOIN "Category" c ON c.id = p."categoryId" WHERE p.id = ANY(${[...query.popular.withCategoriesOf]}::text[]))`
    : Prisma.sql`ARRAY[]::text[]`;
  return Prisma.sql`
    WITH history AS MATERIALIZED (${historyPart(query.visitor)}),
    sources AS (
      SELECT DISTINCT "productId" AS id FROM history
      UNION SELECT unnest(${[...(query.productIds ?? [])]}::text[])),
    -- LIMIT keeps each lateral read a probe of the (kind, productId, rank) key, whatever the
    -- planner guesses without statistics (PGlite never analyses): no scan of the whole table.
    n AS MATERIALIZED (${query.kinds.length === 0 ? Prisma.sql`SELECT NULL::text AS kind, NULL::text AS "productId", NULL::text AS "neighbourId", NULL::float8 AS score, NULL::int AS rank WHERE false` : Prisma.sql`
      SELECT k.kind, s.id AS "productId", nb."neighbourId", nb.score, nb.rank
        FROM sources s CROSS JOIN unnest(${[...query.kinds]}::text[]) AS k(kind),
             LATERAL (SELECT x."neighbourId", x.score, x.rank FROM "ProductNeighbour" x
                       WHERE x.kind = k.kind::"NeighbourKind" AND x."productId" = s.id AND x.rank < ${query.neighboursPerItem}
                       ORDER BY x.rank LIMIT ${query.neighboursPerItem}) nb`}),
    pop AS MATERIALIZED (${!query.popular ? Prisma.sql`SELECT NULL::text AS scope, NULL::text AS "productId", NULL::float8 AS score, NULL::int AS rank WHERE false` : Prisma.sql`
      SELECT pp.scope, pp."productId", pp.score, pp.rank FROM "PopularProduct" pp
       WHERE pp.list = ${query.popular.list} AND pp.rank < ${query.popular.take} AND pp.scope = ANY(${segmentScope} || ${categoryScopes} || ${[...scopes]}::text[])`}),
    ${forYouPart(query.forYouList)},
    mentioned AS (SELECT id FROM sources UNION SELECT "neighbourId" FROM n UNION SELECT "productId" FROM pop
                  UNION SELECT "productId" FROM fy UNION SELECT "reasonProductId" FROM fy),
    -- Visible means ACTIVE, as the catalog's VISIBLE_PRODUCTS filter says; one key probe each.
    visible AS (
      SELECT p.id, p.version, p."inStock", p."categoryId", p."minPriceAmount" FROM mentioned m,
             LATERAL (SELECT p.id, p.xmin::text AS version, p."inStock", p."categoryId", p."minPriceAmount" FROM "Product" p WHERE p.id = m.id AND p.status = 'ACTIVE' LIMIT 1) p)
    SELECT
      (SELECT COALESCE(json_agg(json_build_array(h."productId", h.type, extract(epoch FROM h."occurredAt") * 1000) ORDER BY h."occurredAt" DESC, h.id DESC), '[]') FROM history h) AS history,
      (SELECT COALESCE(json_agg(json_build_array(n.kind, n."productId", n."neighbourId", n.score, n.rank)), '[]') FROM n) AS neighbours,
      (SELECT COALESCE(json_agg(json_build_array(p.scope LIKE 'segment:%', array_position(${[...scopes]}::text[], p.scope), p.rank, p."productId", p.score)), '[]') FROM pop p) AS popular,
      (SELECT COALESCE(json_agg(json_build_array(v.id, v.version, v."inStock", v."categoryId", v."minPriceAmount")), '[]') FROM visible v) AS visible,
      (SELECT COALESCE(json_agg(json_build_array(f."productId", f.reason, f."reasonProductId") ORDER BY f.rank), '[]') FROM fy f) AS for_you,
      (SELECT json_build_array(fv.sources, fv.stale) FROM fv) AS for_you_state`;
}

/**
 * fv: the visitor's list header, stale when they have events newer than the list (the update
 * job has not caught up: serve live); fy: its items, one range read of the (visitor, rank) key.
 */
function forYouPart(list: ServingQuery['forYouList']): Prisma.Sql {
  const key = list?.customerId ?? list?.anonymousId ?? null;
  if (!list || key === null) {
    return Prisma.sql`fv AS (SELECT NULL::text[] AS sources, NULL::boolean AS stale WHERE false),
      fy AS (SELECT NULL::int AS rank, NULL::text AS "productId", NULL::text AS reason, NULL::text AS "reasonProductId" WHERE false)`;
  }
  const own = list.customerId !== null ? Prisma.sql`e."customerId" = ${key}` : Prisma.sql`e."anonymousId" = ${key} AND e."customerId" IS NULL`;
  return Prisma.sql`fv AS MATERIALIZED (
      SELECT v.sources, EXISTS (SELECT 1 FROM "BehaviourEvent" e WHERE ${own} AND e."occurredAt" >= v."computedAt" - interval '10 minutes' AND e.id > v."eventWatermark") AS stale
        FROM "ForYouVisitor" v WHERE v.visitor = ${key}),
    fy AS MATERIALIZED (SELECT f.rank, f."productId", f.reason, f."reasonProductId" FROM "ForYouItem" f
       WHERE f.visitor = ${key} AND f.rank < ${list.take} ORDER BY f.rank LIMIT ${list.take})`;
}

/** The visitor's latest events and purchases; each side of the UNION walks its own (visitor, time) index backwards. */
function historyPart(visitor: ServingQuery['visitor']): Prisma.Sql {
  const sides: Prisma.Sql[] = [];
  for (const [column, value] of [['customerId', visitor?.customerId], ['anonymousId', visitor?.anonymousId]] as const) {
    if (!visitor || !value) continue;
    sides.push(Prisma.sql`(SELECT e.id, e."productId", e.type::text AS type, e."occurredAt" FROM "BehaviourEvent" e
       WHERE e.${Prisma.raw(`"${column}"`)} = ${value} AND e."productId" IS NOT NULL AND e."occurredAt" >= ${visitor.since}
       ORDER BY e."occurredAt" DESC LIMIT ${visitor.limit})`);
  }
  if (visitor?.customerId) sides.push(ownPurchasesSql(Prisma.sql`${visitor.customerId}`, { since: visitor.purchasesSince, limit: visitor.limit }));
  if (!sides.length) return Prisma.sql`SELECT NULL::bigint AS id, NULL::text AS "productId", NULL::text AS type, NULL::timestamp AS "occurredAt" WHERE false`;
  return Prisma.sql`SELECT h.id, h."productId", h.type, h."occurredAt" FROM (${Prisma.join(sides, ' UNION ')}) h
    ORDER BY h."occurredAt" DESC, h.id DESC LIMIT ${visitor!.limit}`;
}

function toServingRows(row: RawRow): ServingRows {
  const neighbours: ServingRows['neighbours'] = { BOUGHT_TOGETHER: new Map(), VIEWED_TOGETHER: new Map(), SIMILAR: new Map() };
  for (const [kind, productId, neighbourId, score] of [...row.neighbours].sort((a, b) => a[4] - b[4])) {
    const table = neighbours[kind];
    const list = table.get(productId) ?? [];
    list.push({ productId: neighbourId, score });
    table.set(productId, list);
  }
  // Segment list first, then the scopes in the order asked, each by rank.
  const popular = [...row.popular].sort((a, b) => Number(b[0]) - Number(a[0]) || (a[1] ?? 0) - (b[1] ?? 0) || a[2] - b[2]);
  return {
    history: row.history.map(([productId, kind, at]) => ({ productId, kind: kind as InteractionKind, at: new Date(Math.round(Number(at))) })),
    neighbours,
    popular: popular.map(([, , , productId, score]) => ({ productId, score })),
    visible: new Map(row.visible.map(([id, version, inStock, kind, priceAmount]) => [id, { id, version, inStock, kind, priceAmount }])),
    forYou: row.for_you_state
      ? { items: row.for_you.map(([productId, reason, reasonProductId]) => ({ productId, reason, reasonProductId })), sources: row.for_you_state[0] ?? [], stale: row.for_you_state[1] }
      : null,
  };
}
