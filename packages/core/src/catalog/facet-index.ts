// The active catalog's facet-relevant fields held in memory per process, so a listing's facet
// counts take a pass over arrays (about a millisecond at 10k products) instead of a statement
// that rereads every product and attribute row (41–71 ms at 10k on PostgreSQL). Rebuilt from
// four statements (the fourth reads the category structure, which listings then take from here)
// when the catalog version moves; only the in-stock flags are reread when a stock state moves
// (that happens with orders, far more often than catalog edits). Why this and not maintained
// count tables or the search engine's facets: docs/decisions.md.
import type { PrismaClient } from '@tandem/db';
import { buildFacetSnapshot, type FacetProductRow, type FacetSnapshot } from './facet-snapshot.ts';
import { loadCategoryStructure } from './load-categories.ts';

export interface FacetIndexOptions {
  /**
   * Longest a snapshot is used without a rebuild, in ms: the bound on staleness for a process
   * that does not follow the catalog version (markStale). Default 10 000.
   */
  maxAgeMs?: number;
  now?: () => number;
}

/** A snapshot source that rebuilds lazily: concurrent callers share one rebuild. */
export interface FacetIndex {
  /** The current snapshot, rebuilt or refreshed first when it is stale. */
  snapshot(): Promise<FacetSnapshot>;
  /** A catalog change: the next `snapshot()` rebuilds; `stock` rereads only in-stock flags. */
  markStale(what: 'all' | 'stock'): void;
}

/** @example const index = createFacetIndex(prisma); countFacets(await index.snapshot(), query, undefined) */
export function createFacetIndex(prisma: PrismaClient, options: FacetIndexOptions = {}): FacetIndex {
  const maxAgeMs = options.maxAgeMs ?? 10_000;
  const now = options.now ?? Date.now;
  let current: { snapshot: FacetSnapshot; builtAt: number } | null = null;
  let pending: Promise<FacetSnapshot> | null = null;
  let stale: 'none' | 'stock' | 'all' = 'all';
  // Bumped by every markStale, so a rebuild that started before a change is not taken as fresh.
  let generation = 0;

  const refresh = (): Promise<FacetSnapshot> => {
    const startedAt = generation;
    const kind = current && stale === 'stock' ? 'stock' : 'all';
    const work = (async () => {
      const builtAt = now();
      const snapshot = kind === 'stock' && current ? await withFreshStock(prisma, current.snapshot) : await loadFacetSnapshot(prisma);
      current = { snapshot, builtAt: kind === 'stock' && current ? current.builtAt : builtAt };
      if (generation === startedAt) stale = 'none';
      return snapshot;
    })();
    pending = work;
    const settled = () => {
      if (pending === work) pending = null;
    };
    work.then(settled, settled);
    return work;
  };

  return {
    snapshot() {
      if (current && stale === 'none' && now() - current.builtAt < maxAgeMs) return Promise.resolve(current.snapshot);
      if (current && stale === 'none') stale = 'all';
      return pending ?? refresh();
    },
    markStale(what) {
      generation++;
      if (what === 'all' || stale === 'none') stale = what;
      // A rebuild already running read the data before this change; the next caller starts another.
      pending = null;
    },
  };
}

/** Reads the active catalog's facet fields (products, their attributes, brands) and the category structure. */
export async function loadFacetSnapshot(prisma: PrismaClient): Promise<FacetSnapshot> {
  // One after another: a transaction-free client may still be a single PGlite connection.
  const products = await prisma.$queryRaw<FacetProductRow[]>`
    SELECT id, "brandId", "categoryId", "minPriceAmount", currency, "inStock" FROM "Product" WHERE status = 'ACTIVE' ORDER BY id`;
  const attributeRows = await prisma.$queryRaw<{ productId: string; name: string; value: string }[]>`
    SELECT a."productId", a.name, a.value FROM "ProductAttribute" a JOIN "Product" p ON p.id = a."productId" AND p.status = 'ACTIVE'`;
  const brands = await prisma.brand.findMany({ select: { id: true, slug: true, name: true } });
  return buildFacetSnapshot(products, attributeRows, brands, await loadCategoryStructure(prisma));
}

/** The same snapshot with in-stock flags reread (products keep their slots). */
async function withFreshStock(prisma: PrismaClient, snapshot: FacetSnapshot): Promise<FacetSnapshot> {
  const rows = await prisma.$queryRaw<{ id: string; inStock: boolean }[]>`SELECT id, "inStock" FROM "Product" WHERE status = 'ACTIVE' ORDER BY id`;
  // A product activated or archived since the snapshot changes the slots: rebuild instead.
  if (rows.length !== snapshot.productIds.length || rows.some((row, i) => row.id !== snapshot.productIds[i])) return loadFacetSnapshot(prisma);
  return { ...snapshot, inStock: Uint8Array.from(rows, (r) => (r.inStock ? 1 : 0)) };
}
