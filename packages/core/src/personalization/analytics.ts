// Figures from the behaviour log for dashboards: the shopping funnel and the searches that
// found nothing (what the store should stock, or call differently).
import type { PrismaClient } from '@tandem/db';

export interface BehaviourCounts {
  /** Visitor-days with at least one product view (anonymous events count one each). */
  visitsWithView: number;
  /** Visitor-days with at least one add to cart. */
  visitsWithCart: number;
}

export async function behaviourCounts(prisma: PrismaClient, from: Date, to: Date): Promise<BehaviourCounts> {
  const rows = await prisma.$queryRaw<{ type: string; visits: bigint }[]>`
    SELECT "type"::text AS type,
           COUNT(DISTINCT COALESCE("customerId", "anonymousId", 'event:' || id::text) || '|' || to_char("occurredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD')) AS visits
      FROM "BehaviourEvent"
     WHERE "occurredAt" >= ${from} AND "occurredAt" <= ${to} AND "type" IN ('VIEW', 'ADD_TO_CART')
     GROUP BY "type"`;
  const count = (type: string) => Number(rows.find((row) => row.type === type)?.visits ?? 0);
  return { visitsWithView: count('VIEW'), visitsWithCart: count('ADD_TO_CART') };
}

export interface ZeroResultSearch {
  query: string;
  searches: number;
}

/** The most frequent searches without results, case and spacing folded. */
export async function searchesWithoutResults(prisma: PrismaClient, from: Date, to: Date, limit = 10): Promise<ZeroResultSearch[]> {
  const rows = await prisma.$queryRaw<{ query: string; searches: bigint }[]>`
    SELECT lower(regexp_replace(trim("query"), '\\s+', ' ', 'g')) AS query, COUNT(*) AS searches
      FROM "BehaviourEvent"
     WHERE "type" = 'SEARCH' AND "resultCount" = 0 AND "query" IS NOT NULL
       AND "occurredAt" >= ${from} AND "occurredAt" <= ${to}
     GROUP BY 1
     ORDER BY searches DESC, query ASC
     LIMIT ${limit}`;
  return rows.map((row) => ({ query: row.query, searches: Number(row.searches) }));
}
