// The listing's filters as SQL predicates over a product row aliased `p`, kept by name because
// facets need every filter but one (see listing-facets.ts).
import { Prisma } from '@tandem/db';
import type { CatalogListQuery } from '@tandem/validators';

export type FilterName = 'category' | 'brands' | 'price' | 'inStock' | `attribute:${string}`;

export interface ListingPredicates {
  readonly active: ReadonlyMap<FilterName, Prisma.Sql>;
  /** Every active filter AND-ed; TRUE when there is none. */
  all(): Prisma.Sql;
}

/** `categoryIds`: the selected category and all of its sub-categories, when one is selected. */
export function listingPredicates(query: CatalogListQuery, categoryIds: readonly string[] | undefined): ListingPredicates {
  const active = new Map<FilterName, Prisma.Sql>();
  if (categoryIds) active.set('category', Prisma.sql`p."categoryId" = ANY(${[...categoryIds]}::text[])`);
  if (query.brands?.length) {
    active.set('brands', Prisma.sql`p."brandId" IN (SELECT id FROM "Brand" WHERE slug = ANY(${query.brands}::text[]))`);
  }
  if (query.minPrice !== undefined || query.maxPrice !== undefined) {
    active.set(
      'price',
      Prisma.sql`(p.currency = ${query.currency} AND p."minPriceAmount" BETWEEN ${query.minPrice ?? 0} AND ${query.maxPrice ?? 2_147_483_647})`,
    );
  }
  if (query.inStock) active.set('inStock', Prisma.sql`p."inStock"`);
  for (const [name, values] of Object.entries(query.attributes ?? {})) {
    active.set(
      `attribute:${name}`,
      Prisma.sql`EXISTS (SELECT 1 FROM "ProductAttribute" a WHERE a."productId" = p.id AND a.name = ${name} AND a.value = ANY(${values}::text[]))`,
    );
  }
  return {
    active,
    all() {
      return active.size ? Prisma.join([...active.values()], ' AND ') : Prisma.sql`TRUE`;
    },
  };
}
