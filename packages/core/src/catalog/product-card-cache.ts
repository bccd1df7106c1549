// Product cards reused across requests, for surfaces that show the same few hundred products
// over and over (recommendations). The caller says which version of each product row it saw
// (PostgreSQL's `xmin`, which changes with every update of the row: title, status, price and
// stock roll-ups), so a changed product is read again at once; what lives outside the row
// (image, brand or category names) is refreshed after the time-to-live.
import type { PrismaClient } from '@tandem/db';
import { productCardsByIds } from './product-signals.ts';
import type { ProductCard } from './types.ts';

/** A product id and the version of its row the caller read (e.g. `xmin::text`). */
export interface VersionedProductRef {
  id: string;
  version: string;
}

export interface ProductCardCacheOptions {
  /** How long a card is reused while its row version stays the same, in ms; 0 turns caching off. Default 30 000. */
  ttlMs?: number;
  /** Most cards kept; the oldest go first. Default 5 000. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Cards of visible products by id, from memory when the row version is unchanged and the entry
 * is fresh, else read in one query. Created once per process.
 *
 * @example const cards = createProductCardCache(prisma); const byId = await cards.cards([{ id, version }]);
 */
export interface ProductCardCache {
  /** Cards of the visible products among `refs` (invisible ones are left out). */
  cards(refs: readonly VersionedProductRef[]): Promise<Map<string, ProductCard>>;
  /** Forgets every card (tests, bulk catalog changes). */
  clear(): void;
}

export function createProductCardCache(prisma: PrismaClient, options: ProductCardCacheOptions = {}): ProductCardCache {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 5_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { version: string; expires: number; card: ProductCard }>();

  async function cards(refs: readonly VersionedProductRef[]): Promise<Map<string, ProductCard>> {
    const found = new Map<string, ProductCard>();
    const missing = new Map<string, string>();
    const at = now();
    for (const ref of refs) {
      const entry = entries.get(ref.id);
      if (entry && entry.version === ref.version && entry.expires > at) found.set(ref.id, entry.card);
      else missing.set(ref.id, ref.version);
    }
    if (missing.size === 0) return found;
    for (const card of await productCardsByIds(prisma, [...missing.keys()])) {
      found.set(card.id, card);
      if (ttlMs <= 0) continue;
      entries.delete(card.id);
      entries.set(card.id, { version: missing.get(card.id)!, expires: at + ttlMs, card });
    }
    // Maps iterate in insertion order: drop the oldest entries.
    for (const id of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(id);
    }
    return found;
  }

  return { cards, clear: () => entries.clear() };
}
