// Serving recommendations from the precomputed tables: one SQL statement per request (neighbours,
// popular lists and the live visibility and stock of every product they name, see
// serving-statement.ts), then product cards from the process's card cache. Only visible,
// in-stock products come back. "For you" is in serve-for-you.ts.
import type { PrismaClient } from '@tandem/db';
import { createProductCardCache, isVisibleProduct, visibleProductIds, type ProductCard, type ProductCardCache } from '../catalog/index.ts';
import { readServingRows, type ServingRows } from './serving-statement.ts';
import type { ScoredProduct } from './types.ts';

/** Where cards come from: the service's cache, or (by default) a fresh read every time. */
export interface ServingOptions {
  cards?: ProductCardCache;
}

export const NEIGHBOURS_PER_ITEM = 20;
export const POPULAR_LIST_LENGTH = 50;

export function cardSource(prisma: PrismaClient, options: ServingOptions): ProductCardCache {
  return options.cards ?? createProductCardCache(prisma, { ttlMs: 0 });
}

/** Cards of the visible products among `ids`, by id, versioned by the row the statement read. */
export async function cardsOf(cards: ProductCardCache, rows: ServingRows, ids: readonly string[]): Promise<Map<string, ProductCard>> {
  return cards.cards([...new Set(ids)].flatMap((id) => rows.visible.get(id) ?? []));
}

export const inStock = (rows: ServingRows) => (productId: string) => rows.visible.get(productId)?.inStock === true;

/** The in-stock, visible ones among `list`, not yet taken, at most `limit`. */
function pick(rows: ServingRows, list: readonly ScoredProduct[], taken: Set<string>, limit: number): string[] {
  const eligible = inStock(rows);
  const picked: string[] = [];
  for (const { productId } of list) {
    if (picked.length >= limit) break;
    if (taken.has(productId) || !eligible(productId)) continue;
    taken.add(productId);
    picked.push(productId);
  }
  return picked;
}

function inOrder(ids: readonly string[], cards: Map<string, ProductCard>): ProductCard[] {
  return ids.flatMap((id) => cards.get(id) ?? []);
}

/** "Often bought together" and "similar" for a product page. */
export async function forProduct(prisma: PrismaClient, productId: string, limit: number, options: ServingOptions = {}) {
  // An unpublished product has no page, so nothing is "bought with" it yet: answer as for an unknown id.
  if (!(await isVisibleProduct(prisma, productId))) return { boughtTogether: [], similar: [] };
  const rows = await readServingRows(prisma, { productIds: [productId], kinds: ['BOUGHT_TOGETHER', 'VIEWED_TOGETHER', 'SIMILAR'], neighboursPerItem: NEIGHBOURS_PER_ITEM });
  const taken = new Set([productId]);
  const boughtTogether = pick(rows, rows.neighbours.BOUGHT_TOGETHER.get(productId) ?? [], taken, limit);
  // Similar: what people viewed alongside it first, then content similarity for the rest.
  const similar = pick(rows, [...(rows.neighbours.VIEWED_TOGETHER.get(productId) ?? []), ...(rows.neighbours.SIMILAR.get(productId) ?? [])], taken, limit);
  const cards = await cardsOf(cardSource(prisma, options), rows, [...boughtTogether, ...similar]);
  return { boughtTogether: inOrder(boughtTogether, cards), similar: inOrder(similar, cards) };
}

/** "Complete your setup": what is bought with the cart's products, not in the cart already. */
export async function forCart(prisma: PrismaClient, requestedIds: readonly string[], limit: number, options: ServingOptions = {}): Promise<ProductCard[]> {
  const shown = await visibleProductIds(prisma, requestedIds);
  const productIds = requestedIds.filter((id) => shown.has(id));
  const rows = await readServingRows(prisma, { productIds, kinds: ['BOUGHT_TOGETHER', 'SIMILAR'], neighboursPerItem: NEIGHBOURS_PER_ITEM });
  const inCart = new Set(productIds);
  const scores = new Map<string, number>();
  for (const [kind, weight] of [['BOUGHT_TOGETHER', 1], ['SIMILAR', 0.2]] as const) {
    for (const list of rows.neighbours[kind].values()) for (const n of list) if (!inCart.has(n.productId)) scores.set(n.productId, (scores.get(n.productId) ?? 0) + weight * n.score);
  }
  const ranked = [...scores].map(([productId, score]) => ({ productId, score })).sort((a, b) => b.score - a.score || a.productId.localeCompare(b.productId));
  const chosen = pick(rows, ranked, new Set(), limit);
  return inOrder(chosen, await cardsOf(cardSource(prisma, options), rows, chosen));
}

export async function popularProducts(prisma: PrismaClient, scope: string, list: 'popular' | 'trending', limit: number, options: ServingOptions = {}): Promise<ProductCard[]> {
  const rows = await readServingRows(prisma, { kinds: [], neighboursPerItem: 0, popular: { scopes: [scope], withSegment: false, list, take: POPULAR_LIST_LENGTH } });
  const chosen = pick(rows, rows.popular, new Set(), limit);
  return inOrder(chosen, await cardsOf(cardSource(prisma, options), rows, chosen));
}
