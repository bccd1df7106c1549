// Turns a validated listing query into Prisma filters. Facets need the same filters with one
// of them left out (a shopper who picked brand A still sees how many products brand B has),
// so every filter can be omitted by name.
import type { Prisma } from '@tandem/db';
import type { CatalogListQuery } from '@tandem/validators';

export type FilterName = 'category' | 'brands' | 'price' | 'inStock' | `attribute:${string}`;

export interface ResolvedFilters {
  query: CatalogListQuery;
  /** Ids of the selected category and its sub-categories, when a category is selected. */
  categoryIds: string[] | undefined;
}

/** The products a shopper may see: active ones only, never drafts or archived products. */
export const VISIBLE: Prisma.ProductWhereInput = { status: 'ACTIVE' };

export function productWhere(filters: ResolvedFilters, omit: readonly FilterName[] = []): Prisma.ProductWhereInput {
  const { query, categoryIds } = filters;
  const and: Prisma.ProductWhereInput[] = [VISIBLE];
  if (categoryIds && !omit.includes('category')) and.push({ categoryId: { in: categoryIds } });
  if (query.brands?.length && !omit.includes('brands')) and.push({ brand: { slug: { in: query.brands } } });
  if ((query.minPrice !== undefined || query.maxPrice !== undefined) && !omit.includes('price')) {
    and.push({
      currency: query.currency,
      minPriceAmount: {
        ...(query.minPrice !== undefined ? { gte: query.minPrice } : {}),
        ...(query.maxPrice !== undefined ? { lte: query.maxPrice } : {}),
      },
    });
  }
  if (query.inStock && !omit.includes('inStock')) and.push({ inStock: true });
  for (const [name, values] of Object.entries(query.attributes ?? {})) {
    if (omit.includes(`attribute:${name}`)) continue;
    and.push({ attributes: { some: { name, value: { in: values } } } });
  }
  return and.length === 1 ? VISIBLE : { AND: and };
}
