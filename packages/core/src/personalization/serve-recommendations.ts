// Serving recommendations from the precomputed tables: one SQL statement per request (history,
// neighbours, popular lists and the live visibility and stock of every product they name, see
// serving-statement.ts), the pure blend, then product cards from the process's card cache.
// Only visible, in-stock products come back, as product cards with the reason.
import type { PrismaClient } from '@tandem/db';
import { createProductCardCache, type ProductCard, type ProductCardCache, type ProductLink } from '../catalog/index.ts';
import { diversify, recommendForYou, type RecommendationReason } from './for-you.ts';
import { readServingRows, type ServingRows } from './serving-statement.ts';
import type { ScoredProduct } from './types.ts';

export interface RecommendedProduct {
  product: ProductCard;
  reason: RecommendationReason;
  /** The product of the visitor's history that led to this one ("because you viewed …"). */
  because: ProductLink | null;
}

export interface VisitorRef {
  customerId: string | null;
  anonymousId: string | null;
}

/** Where cards come from: the service's cache, or (by default) a fresh read every time. */
export interface ServingOptions {
  cards?: ProductCardCache;
}

const HISTORY_DAYS = 90;
const HISTORY_LIMIT = 100;
const NEIGHBOURS_PER_ITEM = 20;
const POPULAR_LIST_LENGTH = 50;

function cardSource(prisma: PrismaClient, options: ServingOptions): ProductCardCache {
  return options.cards ?? createProductCardCache(prisma, { ttlMs: 0 });
}

/** Cards of the visible products among `ids`, by id, versioned by the row the statement read. */
async function cardsOf(cards: ProductCardCache, rows: ServingRows, ids: readonly string[]): Promise<Map<string, ProductCard>> {
  return cards.cards([...new Set(ids)].flatMap((id) => rows.visible.get(id) ?? []));
}

const inStock = (rows: ServingRows) => (productId: string) => rows.visible.get(productId)?.inStock === true;

export async function forYou(
  prisma: PrismaClient,
  visitor: VisitorRef,
  options: ServingOptions & { now: Date; limit: number; purchasedProductIds?: readonly string[] },
): Promise<RecommendedProduct[]> {
  const known = visitor.customerId !== null || visitor.anonymousId !== null;
  const rows = await readServingRows(prisma, {
    visitor: known ? { ...visitor, since: new Date(options.now.getTime() - HISTORY_DAYS * 86_400_000), limit: HISTORY_LIMIT } : undefined,
    productIds: options.purchasedProductIds ?? [],
    kinds: ['BOUGHT_TOGETHER', 'VIEWED_TOGETHER', 'SIMILAR'],
    neighboursPerItem: NEIGHBOURS_PER_ITEM,
    popular: { scopes: ['all'], withSegment: true, list: 'popular', take: POPULAR_LIST_LENGTH },
  });
  const history = rows.history;
  for (const productId of options.purchasedProductIds ?? []) history.push({ productId, kind: 'PURCHASE', at: options.now });
  const blended = recommendForYou({
    history,
    now: options.now,
    neighbours: { boughtTogether: rows.neighbours.BOUGHT_TOGETHER, viewedTogether: rows.neighbours.VIEWED_TOGETHER, content: rows.neighbours.SIMILAR },
    popular: rows.popular,
    isEligible: inStock(rows),
    // Categories come with the cards: the blend over-fetches, the cards decide the variety.
    categoryOf: () => undefined,
    limit: options.limit * 3,
  });
  const sourceOf = (reason: RecommendationReason) => ('productId' in reason ? [reason.productId] : []);
  const cards = await cardsOf(cardSource(prisma, options), rows, [...blended.map((b) => b.productId), ...blended.flatMap((b) => sourceOf(b.reason))]);
  const withCards = blended.flatMap((item) => {
    const product = cards.get(item.productId);
    return product ? [{ ...item, product }] : [];
  });
  const chosen = diversify(withCards, options.limit, 3, (id) => cards.get(id)?.category.path);
  return chosen.map(({ product, reason }) => {
    const source = 'productId' in reason ? cards.get(reason.productId) : undefined;
    return { product, reason, because: source ? { id: source.id, title: source.title, slug: source.slug } : null };
  });
}

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
  const rows = await readServingRows(prisma, { productIds: [productId], kinds: ['BOUGHT_TOGETHER', 'VIEWED_TOGETHER', 'SIMILAR'], neighboursPerItem: NEIGHBOURS_PER_ITEM });
  const taken = new Set([productId]);
  const boughtTogether = pick(rows, rows.neighbours.BOUGHT_TOGETHER.get(productId) ?? [], taken, limit);
  // Similar: what people viewed alongside it first, then content similarity for the rest.
  const similar = pick(rows, [...(rows.neighbours.VIEWED_TOGETHER.get(productId) ?? []), ...(rows.neighbours.SIMILAR.get(productId) ?? [])], taken, limit);
  const cards = await cardsOf(cardSource(prisma, options), rows, [...boughtTogether, ...similar]);
  return { boughtTogether: inOrder(boughtTogether, cards), similar: inOrder(similar, cards) };
}

/** "Complete your setup": what is bought with the cart's products, not in the cart already. */
export async function forCart(prisma: PrismaClient, productIds: readonly string[], limit: number, options: ServingOptions = {}): Promise<ProductCard[]> {
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
