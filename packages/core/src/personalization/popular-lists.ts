// The stored popular and trending lists: overall (`all`) and per category at every level of its
// path (`category:<root>/<leaf>`), best 50 each, replaced in the update's transaction.
import type { Sql } from './sql.ts';
import { insertRows } from './insert-rows.ts';
import type { ScoredProduct } from './types.ts';
import { Prisma } from '@tandem/db';

const LIST_LENGTH = 50;

export async function writePopularLists(sql: Sql, lists: { popular: readonly ScoredProduct[]; trending: readonly ScoredProduct[] }, categoryOf: Map<string, readonly string[]>): Promise<number> {
  const rows = popularListRows('all', lists.popular, lists.trending);
  for (const [scope, scoped] of perCategoryLists(lists.popular, lists.trending, categoryOf)) rows.push(...popularListRows(scope, scoped.popular, scoped.trending));
  await sql.$executeRaw(Prisma.sql`DELETE FROM "PopularProduct" WHERE scope NOT LIKE 'segment:%'`);
  await insertRows(sql, 'PopularProduct', { scope: 'text', list: 'text', rank: 'int', productId: 'text', score: 'float8' }, rows);
  return rows.length;
}

function popularListRows(scope: string, popular: readonly ScoredProduct[], trending: readonly ScoredProduct[]) {
  return [
    ...popular.slice(0, LIST_LENGTH).map((p, rank) => ({ scope, list: 'popular', rank, productId: p.productId, score: p.score })),
    ...trending.slice(0, LIST_LENGTH).map((p, rank) => ({ scope, list: 'trending', rank, productId: p.productId, score: p.score })),
  ];
}

function perCategoryLists(popular: readonly ScoredProduct[], trending: readonly ScoredProduct[], categoryOf: Map<string, readonly string[]>) {
  const lists = new Map<string, { popular: ScoredProduct[]; trending: ScoredProduct[] }>();
  const add = (which: 'popular' | 'trending', item: ScoredProduct) => {
    const path = categoryOf.get(item.productId);
    if (!path) return;
    for (let depth = 1; depth <= path.length; depth++) {
      const scope = `category:${path.slice(0, depth).join('/')}`;
      const entry = lists.get(scope) ?? { popular: [], trending: [] };
      entry[which].push(item);
      lists.set(scope, entry);
    }
  };
  for (const item of popular) add('popular', item);
  for (const item of trending) add('trending', item);
  return lists;
}
