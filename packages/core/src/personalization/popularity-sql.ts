// Popularity and trending kept as counts: the interaction weight (view 1 … purchase 5) of each
// product per UTC day. An update adds its staged interactions to the days and drops the days that
// left the window; the lists are then read off the counts, decayed to the update's own day at
// read time (integer sums, so the same counts always give the same lists), overall and per
// category, and replace the stored lists (segment lists belong to the segments job).
import { Prisma } from '@tandem/db';
import { round } from './co-occurrence.ts';
import type { Sql } from './sql.ts';
import type { ScoredProduct } from './types.ts';

const HALF_LIFE_DAYS = 14;
const RECENT_DAYS = 7;
const BASELINE_DAYS = 28;
/** Fixed-point scale of the per-day decay factor: 2^10 (sums stay far below 2^53). */
const SCALE = 1_024;

export async function applyPopularity(sql: Sql, windowStartDay: number): Promise<void> {
  await sql.$executeRaw(Prisma.sql`INSERT INTO "ProductInteractionDay" ("productId", day, weight)
    SELECT product_id, day, sum(weight)::int FROM recs_in WHERE weight > 0 GROUP BY product_id, day
    ON CONFLICT ("productId", day) DO UPDATE SET weight = "ProductInteractionDay".weight + excluded.weight`);
  await sql.$executeRaw(Prisma.sql`DELETE FROM "ProductInteractionDay" WHERE day < ${windowStartDay}`);
}

/** Popular (decayed) and trending (the last week's rate against the four weeks before) as of `today`. */
export async function readPopularity(sql: Sql, options: { epochDay: number; today: number }): Promise<{ popular: ScoredProduct[]; trending: ScoredProduct[] }> {
  const { epochDay, today } = options;
  const rows = await sql.$queryRaw<{ productId: string; decayed: string; recent: number; baseline: number }[]>(Prisma.sql`
    SELECT "productId",
           sum(weight::bigint * round(power(2::float8, (day - ${epochDay})::float8 / ${HALF_LIFE_DAYS}) * ${SCALE})::bigint)::text AS decayed,
           sum(CASE WHEN day > ${today - RECENT_DAYS} THEN weight ELSE 0 END)::int AS recent,
           sum(CASE WHEN day <= ${today - RECENT_DAYS} AND day > ${today - RECENT_DAYS - BASELINE_DAYS} THEN weight ELSE 0 END)::int AS baseline
      FROM "ProductInteractionDay" WHERE day <= ${today} GROUP BY "productId"`);
  const toToday = Math.pow(2, (epochDay - today) / HALF_LIFE_DAYS) / SCALE;
  const byScore = (a: ScoredProduct, b: ScoredProduct) => b.score - a.score || (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0);
  const popular = rows.map((r) => ({ productId: r.productId, score: round(Number(r.decayed) * toToday) })).filter((p) => p.score > 0);
  // Rate per day now against before, with a prior of one interaction per baseline window, times
  // the log of the recent count: a product going from 0 to 1 view is not "trending".
  const trending = rows
    .filter((r) => r.recent > 0)
    .map((r) => ({ productId: r.productId, score: round((r.recent / RECENT_DAYS / ((r.baseline + 1) / BASELINE_DAYS)) * Math.log1p(r.recent)) }));
  return { popular: popular.sort(byScore), trending: trending.sort(byScore) };
}
