// Keyset pagination cursors: the sort key and id of the last row of a page, encoded opaquely.
// Unlike offsets they stay correct while products are added or removed between pages.
import { DomainError } from '../shared/index.ts';
import type { CatalogSort } from '@tandem/validators';

export type SortKey = string | number;

export interface ListingCursor {
  sort: CatalogSort;
  key: SortKey;
  id: string;
}

export function encodeCursor(cursor: ListingCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` for the same sort; anything else is a clear error. */
export function decodeCursor(raw: string, sort: CatalogSort): ListingCursor {
  const invalid = () =>
    new DomainError('invalid_input', 'The page cursor is not valid for this listing; start from the first page.', {
      cursor: ['Invalid or expired cursor'],
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [cursorSort, key, id] = parsed as unknown[];
  if (cursorSort !== sort || typeof id !== 'string' || id.length === 0) throw invalid();
  const numeric = sort === 'price-asc' || sort === 'price-desc';
  if (numeric ? !Number.isSafeInteger(key) : typeof key !== 'string') throw invalid();
  if (sort === 'newest' && Number.isNaN(Date.parse(key as string))) throw invalid();
  return { sort, key: key as SortKey, id };
}
