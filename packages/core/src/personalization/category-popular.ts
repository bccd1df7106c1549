// The best sellers of the categories of some products (the stored `category:<path>` popular
// lists, popular-lists.ts), with each category's name: what "for you" falls back to for a
// visitor whose history holds only products no neighbour table knows yet (new products).
import { Prisma, type PrismaClient } from '@tandem/db';
import type { ScoredProduct } from './types.ts';

export interface CategoryPopular {
  category: string;
  products: ScoredProduct[];
}

/** Per product id: its own category's popular list, best first (products without one are absent). */
export async function popularInCategoriesOf(prisma: PrismaClient, productIds: readonly string[], take: number): Promise<Map<string, CategoryPopular>> {
  if (productIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ source: string; category: string; productId: string; score: number }[]>(Prisma.sql`
    SELECT p.id AS source, c.name AS category, pp."productId", pp.score
      FROM "Product" p JOIN "Category" c ON c.id = p."categoryId"
      JOIN "PopularProduct" pp ON pp.scope = 'category:' || c.path AND pp.list = 'popular' AND pp.rank < ${take}
     WHERE p.id = ANY(${[...productIds]}::text[])
     ORDER BY p.id, pp.rank`);
  const lists = new Map<string, CategoryPopular>();
  for (const row of rows) {
    const list = lists.get(row.source) ?? { category: row.category, products: [] };
    list.products.push({ productId: row.productId, score: row.score });
    lists.set(row.source, list);
  }
  return lists;
}
