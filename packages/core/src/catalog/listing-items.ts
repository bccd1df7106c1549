// One page of product cards in one SQL statement: the product, its brand and category, its
// first image and its cheapest variant (for the sale price), keyset-paginated. The page's ids
// are chosen first, from the sort's index alone (it carries the filter columns, so filtering
// reads no table rows); only those rows are then read and joined.
import { Prisma, type PrismaClient } from '@tandem/db';
import type { CatalogSort } from '@tandem/validators';
import type { ListingCursor } from './listing-cursor.ts';
import type { ProductCardRow } from './product-card.ts';

const ORDER: Record<CatalogSort, { column: string; direction: 'ASC' | 'DESC' }> = {
  newest: { column: 'p."createdAt"', direction: 'DESC' },
  'price-asc': { column: 'p."minPriceAmount"', direction: 'ASC' },
  'price-desc': { column: 'p."minPriceAmount"', direction: 'DESC' },
  'name-asc': { column: 'p.title', direction: 'ASC' },
  'name-desc': { column: 'p.title', direction: 'DESC' },
};

export type ListingItemRow = ProductCardRow & { minPriceAmount: number; title: string; createdAt: Date };

export async function listingItems(
  prisma: PrismaClient,
  filter: Prisma.Sql,
  sort: CatalogSort,
  cursor: ListingCursor | undefined,
  take: number,
): Promise<ListingItemRow[]> {
  const { column, direction } = ORDER[sort];
  const sortColumn = Prisma.raw(column);
  const dir = Prisma.raw(direction);
  const after = cursor
    ? Prisma.sql`AND (${sortColumn}, p.id) ${Prisma.raw(direction === 'ASC' ? '>' : '<')} (${cursorKey(cursor)}, ${cursor.id})`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<(Omit<ListingItemRow, 'createdAt'> & { createdAt: Date | string })[]>`
    WITH page AS (
      SELECT p.id FROM "Product" p
      WHERE p.status = 'ACTIVE' AND ${filter} ${after}
      ORDER BY ${sortColumn} ${dir}, p.id ${dir}
      LIMIT ${take}
    )
    SELECT p.id, p.slug, p.title, p."minPriceAmount", p."maxPriceAmount", p.currency, p."inStock", p."createdAt",
      CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object('slug', b.slug, 'name', b.name) END AS brand,
      json_build_object('slug', c.slug, 'name', c.name, 'path', c.path) AS category,
      (SELECT json_build_object('id', cp.id) FROM "ConfigurableProduct" cp WHERE cp."productId" = p.id) AS configurable,
      COALESCE((SELECT json_agg(json_build_object('url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height))
                FROM (SELECT * FROM "ProductImage" WHERE "productId" = p.id ORDER BY position LIMIT 1) i), '[]'::json) AS images,
      COALESCE((SELECT json_agg(json_build_object('priceAmount', v."priceAmount", 'compareAtAmount', v."compareAtAmount"))
                FROM (SELECT * FROM "ProductVariant" WHERE "productId" = p.id ORDER BY "priceAmount", position LIMIT 1) v), '[]'::json) AS variants
    FROM page
    JOIN "Product" p ON p.id = page.id
    JOIN "Category" c ON c.id = p."categoryId"
    LEFT JOIN "Brand" b ON b.id = p."brandId"
    ORDER BY ${sortColumn} ${dir}, p.id ${dir}`;
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
}

/** The cursor's sort key as a typed SQL value (timestamps are stored in UTC without zone). */
function cursorKey(cursor: ListingCursor): Prisma.Sql {
  if (cursor.sort === 'newest') return Prisma.sql`${String(cursor.key).replace(/Z$/, '')}::timestamp(3)`;
  if (typeof cursor.key === 'number') return Prisma.sql`${cursor.key}::int`;
  return Prisma.sql`${cursor.key}::text`;
}
