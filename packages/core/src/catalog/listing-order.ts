// Sort orders of the listing and the keyset condition that continues after a cursor.
import type { Prisma } from '@tandem/db';
import type { CatalogSort } from '@tandem/validators';
import type { ListingCursor, SortKey } from './listing-cursor.ts';

type SortSpec = { field: 'createdAt' | 'minPriceAmount' | 'title'; direction: 'asc' | 'desc' };

const SORTS: Record<CatalogSort, SortSpec> = {
  newest: { field: 'createdAt', direction: 'desc' },
  'price-asc': { field: 'minPriceAmount', direction: 'asc' },
  'price-desc': { field: 'minPriceAmount', direction: 'desc' },
  'name-asc': { field: 'title', direction: 'asc' },
  'name-desc': { field: 'title', direction: 'desc' },
};

/** Order by the sort field, then by id in the same direction so the order is total. */
export function listingOrder(sort: CatalogSort): Prisma.ProductOrderByWithRelationInput[] {
  const { field, direction } = SORTS[sort];
  return [{ [field]: direction }, { id: direction }];
}

/** Rows strictly after the cursor in the listing order. */
export function afterCursor(cursor: ListingCursor): Prisma.ProductWhereInput {
  const { field, direction } = SORTS[cursor.sort];
  const op = direction === 'asc' ? 'gt' : 'lt';
  const key = field === 'createdAt' ? new Date(cursor.key as string) : cursor.key;
  return {
    OR: [{ [field]: { [op]: key } }, { [field]: key, id: { [op]: cursor.id } }],
  };
}

/** The cursor key of a row for this sort. */
export function sortKeyOf(sort: CatalogSort, row: { createdAt: Date; minPriceAmount: number; title: string }): SortKey {
  const { field } = SORTS[sort];
  return field === 'createdAt' ? row.createdAt.toISOString() : row[field];
}
