// Co-occurrence kept up to date in SQL, set-based: the staged interactions of one update
// (temp table recs_in, see stage-interactions.ts) change some baskets (one visitor's day); each
// changed basket's old product set is taken out of the pair and item weights and its new one put
// in, baskets that left the window are taken out, and only the products whose neighbour list can
// have changed get their list rewritten. Weights are integers (fixed point at the epoch day), so
// adding and taking out is exact and any sequence of updates ends where a rebuild does.
import { Prisma } from '@tandem/db';
import type { Sql } from './sql.ts';

/** The two behaviour families and how fast a basket's weight halves, in days. */
export const FAMILIES = { BOUGHT_TOGETHER: 120, VIEWED_TOGETHER: 30 } as const;
const MAX_BASKET = 30;
const MIN_SUPPORT = 2;
const SHRINKAGE = 3;
const TOP_K = 20;
/** Fixed-point scale of a basket weight: 2^20. */
const SCALE = 1_048_576;

/** A basket's weight: 2^((day − epochDay) / half-life) in fixed point; `day` and `family` are columns of the query. */
function basketWeight(epochDay: number, alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`round(power(2::float8, (${a}.day - ${epochDay})::float8 / (CASE ${a}.family WHEN 'BOUGHT_TOGETHER' THEN ${FAMILIES.BOUGHT_TOGETHER} ELSE ${FAMILIES.VIEWED_TOGETHER} END)::float8) * ${SCALE})::bigint`;
}

export interface CoOccurrenceChange {
  baskets: number;
  affectedProducts: number;
}

/** Applies recs_in to the stored baskets, weights and neighbour lists; leaves recs_affected (family, product_id) for the for-you step. */
export async function applyCoOccurrence(sql: Sql, options: { epochDay: number; windowStartDay: number; rebuild: boolean }): Promise<CoOccurrenceChange> {
  const { epochDay, windowStartDay } = options;
  const run = (query: Prisma.Sql) => sql.$executeRaw(query);
  // The baskets this update touches: those with new interactions, and those that left the window.
  await run(Prisma.sql`CREATE TEMP TABLE recs_basket ON COMMIT DROP AS
    SELECT DISTINCT family, visitor, day FROM recs_in WHERE family IS NOT NULL AND day >= ${windowStartDay}
    UNION SELECT DISTINCT family, visitor, day FROM "CoOccurrenceBasketItem" WHERE day < ${windowStartDay}`);
  await run(Prisma.sql`CREATE TEMP TABLE recs_old ON COMMIT DROP AS
    SELECT i.family, i.visitor, i.day, i."productId" AS product_id, i."lastAt" AS last_at
      FROM recs_basket b JOIN "CoOccurrenceBasketItem" i ON i.family = b.family AND i.visitor = b.visitor AND i.day = b.day`);
  // A basket keeps its most recent products (by their latest interaction); one that left the window keeps none.
  await run(Prisma.sql`CREATE TEMP TABLE recs_new ON COMMIT DROP AS
    SELECT family, visitor, day, product_id, last_at FROM (
      SELECT family, visitor, day, product_id, max(last_at) AS last_at,
             row_number() OVER (PARTITION BY family, visitor, day ORDER BY max(last_at) DESC, product_id) AS n
        FROM (SELECT family, visitor, day, product_id, last_at FROM recs_old WHERE day >= ${windowStartDay}
              UNION ALL SELECT family, visitor, day, product_id, at FROM recs_in WHERE family IS NOT NULL AND day >= ${windowStartDay}) x
       GROUP BY family, visitor, day, product_id) r
     WHERE n <= ${MAX_BASKET}`);
  await run(Prisma.sql`ANALYZE recs_old`);
  await run(Prisma.sql`ANALYZE recs_new`);

  await run(Prisma.sql`CREATE TEMP TABLE recs_item_delta ON COMMIT DROP AS
    SELECT d.family, d.product_id, sum(d.sign * ${basketWeight(epochDay, 'd')})::bigint AS weight FROM (
      SELECT COALESCE(n.family, o.family) AS family, COALESCE(n.day, o.day) AS day, COALESCE(n.product_id, o.product_id) AS product_id,
             CASE WHEN o.product_id IS NULL THEN 1 ELSE -1 END AS sign
        FROM recs_new n FULL JOIN recs_old o ON n.family = o.family AND n.visitor = o.visitor AND n.day = o.day AND n.product_id = o.product_id
       WHERE n.product_id IS NULL OR o.product_id IS NULL) d
     GROUP BY d.family, d.product_id`);
  await run(options.rebuild ? rebuildPairCounts(epochDay) : pairDelta(epochDay));

  await run(Prisma.sql`INSERT INTO "CoOccurrenceItem" (family, "productId", weight) SELECT family, product_id, weight FROM recs_item_delta WHERE weight <> 0
    ON CONFLICT (family, "productId") DO UPDATE SET weight = "CoOccurrenceItem".weight + excluded.weight`);
  await run(Prisma.sql`DELETE FROM "CoOccurrenceItem" i USING recs_item_delta d WHERE i.family = d.family AND i."productId" = d.product_id AND i.weight = 0`);
  if (options.rebuild) {
    await withIndexesRebuiltAfter(sql, () => run(Prisma.sql`INSERT INTO "CoOccurrencePair" (family, a, b, weight, support) SELECT family, a, b, weight, support FROM recs_pair_delta`));
  } else {
    await run(Prisma.sql`INSERT INTO "CoOccurrencePair" (family, a, b, weight, support) SELECT family, a, b, weight, support FROM recs_pair_delta WHERE weight <> 0 OR support <> 0
      ON CONFLICT (family, a, b) DO UPDATE SET weight = "CoOccurrencePair".weight + excluded.weight, support = "CoOccurrencePair".support + excluded.support`);
    await run(Prisma.sql`DELETE FROM "CoOccurrencePair" p USING recs_pair_delta d WHERE p.family = d.family AND p.a = d.a AND p.b = d.b AND p.support = 0`);
  }
  await run(Prisma.sql`DELETE FROM "CoOccurrenceBasketItem" i USING recs_basket b WHERE i.family = b.family AND i.visitor = b.visitor AND i.day = b.day`);
  await run(Prisma.sql`INSERT INTO "CoOccurrenceBasketItem" (family, visitor, day, "productId", "lastAt") SELECT family, visitor, day, product_id, last_at FROM recs_new`);

  // A list changes when one of its pairs changed, or when the item weight of it or of a neighbour
  // did. In a rebuild every item is new (weights are positive), and every pair's products are items.
  await run(options.rebuild
    ? Prisma.sql`CREATE TEMP TABLE recs_affected ON COMMIT DROP AS SELECT family, product_id FROM recs_item_delta`
    : Prisma.sql`CREATE TEMP TABLE recs_affected ON COMMIT DROP AS
    SELECT family, a AS product_id FROM recs_pair_delta UNION SELECT family, b FROM recs_pair_delta
    UNION SELECT family, product_id FROM recs_item_delta WHERE weight <> 0
    UNION SELECT p.family, p.b FROM recs_item_delta d JOIN "CoOccurrencePair" p ON p.family = d.family AND p.a = d.product_id WHERE d.weight <> 0 AND p.support >= ${MIN_SUPPORT}
    UNION SELECT p.family, p.a FROM recs_item_delta d JOIN "CoOccurrencePair" p ON p.family = d.family AND p.b = d.product_id WHERE d.weight <> 0 AND p.support >= ${MIN_SUPPORT}`);
  await run(Prisma.sql`ANALYZE recs_affected`);
  await rewriteNeighbourLists(sql, options.rebuild);
  return { baskets: await count(sql, 'recs_basket'), affectedProducts: await count(sql, 'recs_affected') };
}

/**
 * Fills the (truncated) pair table with its keys dropped and built again afterwards: on the Online
 * Retail log (587k pairs) inserting into the two indexes row by row took 13.6 s, inserting bare
 * and building them 6.0 s (same run). The names and columns are those of the migration, so the
 * schema ends as it was; the rebuild's TRUNCATE already holds the table's exclusive lock.
 */
async function withIndexesRebuiltAfter(sql: Sql, fill: () => Promise<unknown>): Promise<void> {
  await sql.$executeRaw(Prisma.sql`ALTER TABLE "CoOccurrencePair" DROP CONSTRAINT "CoOccurrencePair_pkey"`);
  await sql.$executeRaw(Prisma.sql`DROP INDEX "CoOccurrencePair_family_b_idx"`);
  await fill();
  await sql.$executeRaw(Prisma.sql`ALTER TABLE "CoOccurrencePair" ADD CONSTRAINT "CoOccurrencePair_pkey" PRIMARY KEY ("family", "a", "b")`);
  await sql.$executeRaw(Prisma.sql`CREATE INDEX "CoOccurrencePair_family_b_idx" ON "CoOccurrencePair" ("family", "b")`);
}

/**
 * What an update's baskets change in the pair counts: each changed basket's old pairs taken out
 * (sign −1), its new pairs put in (+1), pairs in both left alone.
 */
function pairDelta(epochDay: number): Prisma.Sql {
  return Prisma.sql`CREATE TEMP TABLE recs_pair_delta ON COMMIT DROP AS
    WITH pn AS (SELECT x.family, x.visitor, x.day, x.product_id AS a, y.product_id AS b FROM recs_new x
                  JOIN recs_new y ON y.family = x.family AND y.visitor = x.visitor AND y.day = x.day AND x.product_id < y.product_id),
         po AS (SELECT x.family, x.visitor, x.day, x.product_id AS a, y.product_id AS b FROM recs_old x
                  JOIN recs_old y ON y.family = x.family AND y.visitor = x.visitor AND y.day = x.day AND x.product_id < y.product_id)
    SELECT d.family, d.a, d.b, sum(d.sign * ${basketWeight(epochDay, 'd')})::bigint AS weight, sum(d.sign)::int AS support FROM (
      SELECT COALESCE(pn.family, po.family) AS family, COALESCE(pn.day, po.day) AS day, COALESCE(pn.a, po.a) AS a, COALESCE(pn.b, po.b) AS b,
             CASE WHEN po.a IS NULL THEN 1 ELSE -1 END AS sign
        FROM pn FULL JOIN po ON pn.family = po.family AND pn.visitor = po.visitor AND pn.day = po.day AND pn.a = po.a AND pn.b = po.b
       WHERE pn.a IS NULL OR po.a IS NULL) d
     GROUP BY d.family, d.a, d.b`;
}

/**
 * The same counts for a rebuild, where every basket is new (no old pairs to take out): each
 * basket's products sorted once into an array, its pairs (i < j, the order of \`x < y\` above)
 * generated from positions instead of a self-join on the text keys, and its weight computed once
 * per basket rather than once per pair. On the Online Retail log (wholesale baskets, up to 435
 * pairs each) this was the bulk of the rebuild; the incremental-update tests hold it equal to
 * the update path, which still counts with pairDelta.
 */
function rebuildPairCounts(epochDay: number): Prisma.Sql {
  return Prisma.sql`CREATE TEMP TABLE recs_pair_delta ON COMMIT DROP AS
    WITH basket AS (
      SELECT k.items, ${basketWeight(epochDay, 'k')} AS weight, k.family FROM (
        SELECT family, day, array_agg(product_id ORDER BY product_id) AS items FROM recs_new GROUP BY family, visitor, day HAVING count(*) > 1) k)
    SELECT p.family, p.a, p.b, sum(p.weight)::bigint AS weight, count(*)::int AS support FROM (
      SELECT b.family, b.items[i] AS a, b.items[j] AS b, b.weight
        FROM basket b, generate_series(1, cardinality(b.items) - 1) AS i, generate_series(i + 1, cardinality(b.items)) AS j) p
     GROUP BY p.family, p.a, p.b`;
}

/** Above this many lists to rewrite, one pass over all pairs beats a probe of each product's pairs. */
const PROBE_LIMIT = 500;

/**
 * Cosine of the weights times the significance factor n / (n + shrinkage), top K per product, for
 * the products in recs_affected. A rebuild always takes the one pass (over every list: it
 * rewrites them all), so the equality tests of small updates against rebuilds check both access
 * paths against each other.
 */
async function rewriteNeighbourLists(sql: Sql, rebuild: boolean): Promise<void> {
  const affected = rebuild ? Number.POSITIVE_INFINITY : await count(sql, 'recs_affected');
  const score = Prisma.sql`round((x.weight::float8 / sqrt(ia.weight::float8 * ib.weight::float8) * (x.support::float8 / (x.support + ${SHRINKAGE})))::numeric, 6)::float8`;
  // Both read the same pairs and compute the same score: only the access path differs.
  const candidates = affected <= PROBE_LIMIT
    ? Prisma.sql`SELECT af.family, af.product_id, x.neighbour_id, ${score} AS score
        FROM recs_affected af
        JOIN LATERAL (SELECT p.b AS neighbour_id, p.weight, p.support FROM "CoOccurrencePair" p WHERE p.family = af.family AND p.a = af.product_id AND p.support >= ${MIN_SUPPORT}
                      UNION ALL
                      SELECT p.a, p.weight, p.support FROM "CoOccurrencePair" p WHERE p.family = af.family AND p.b = af.product_id AND p.support >= ${MIN_SUPPORT}) x ON true
        JOIN "CoOccurrenceItem" ia ON ia.family = af.family AND ia."productId" = af.product_id
        JOIN "CoOccurrenceItem" ib ON ib.family = af.family AND ib."productId" = x.neighbour_id`
    : Prisma.sql`SELECT x.family, x.product_id, x.neighbour_id, ${score} AS score
        FROM (SELECT p.family, p.a AS product_id, p.b AS neighbour_id, p.weight, p.support FROM "CoOccurrencePair" p WHERE p.support >= ${MIN_SUPPORT}
              UNION ALL
              SELECT p.family, p.b, p.a, p.weight, p.support FROM "CoOccurrencePair" p WHERE p.support >= ${MIN_SUPPORT}) x
        ${rebuild ? Prisma.empty : Prisma.sql`JOIN recs_affected af ON af.family = x.family AND af.product_id = x.product_id`}
        JOIN "CoOccurrenceItem" ia ON ia.family = x.family AND ia."productId" = x.product_id
        JOIN "CoOccurrenceItem" ib ON ib.family = x.family AND ib."productId" = x.neighbour_id`;
  await sql.$executeRaw(Prisma.sql`DELETE FROM "ProductNeighbour" n USING recs_affected a WHERE n.kind = a.family::"NeighbourKind" AND n."productId" = a.product_id`);
  await sql.$executeRaw(Prisma.sql`INSERT INTO "ProductNeighbour" (kind, "productId", rank, "neighbourId", score)
    SELECT r.family::"NeighbourKind", r.product_id, (r.n - 1)::int, r.neighbour_id, r.score FROM (
      SELECT c.family, c.product_id, c.neighbour_id, c.score,
             row_number() OVER (PARTITION BY c.family, c.product_id ORDER BY c.score DESC, c.neighbour_id) AS n
        FROM (${candidates}) c) r
     WHERE r.n <= ${TOP_K}`);
}

/** CREATE TABLE AS reports no row count through every driver: count the temp table itself. */
async function count(sql: Sql, table: 'recs_basket' | 'recs_affected'): Promise<number> {
  const [row] = await sql.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM ${Prisma.raw(table)}`);
  return row?.n ?? 0;
}
