// Serving recommendations from the precomputed tables: one SQL statement per request (neighbours,
// popular lists and the live visibility and stock of every product they name, see
// serving-statement.ts), then product cards from the process's card cache. Only visible,
// in-stock products come back. "Often bought together" and the cart recommend complements,
// "similar" substitutes (product-kinds.ts); each card carries the reason it was chosen. "For
// you" is in serve-for-you.ts.
import type { PrismaClient } from '@tandem/db';
import { createProductCardCache, isVisibleProduct, visibleProductIds, type ProductCard, type ProductCardCache, type ProductLink } from '../catalog/index.ts';
import type { RecommendationReason } from './for-you.ts';
import { isComplement, type KindLookup } from './product-kinds.ts';
import { readServingRows, type ServingRows } from './serving-statement.ts';
import { rankSubstitutes, SIMILAR_SETTING, substituteEvidence } from './similar-substitutes.ts';
import type { ScoredProduct } from './types.ts';

/** A recommended product's card with why it is shown: the reason, and the product it comes from. */
export type RecommendedCard = ProductCard & { reason: RecommendationReason; because: ProductLink | null };

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

const kindsOf = (rows: ServingRows): KindLookup => (productId) => rows.visible.get(productId);

/** The chosen cards in order, each with its reason and the card of the product behind it. */
function explained(chosen: readonly { productId: string; reason: RecommendationReason }[], cards: Map<string, ProductCard>): RecommendedCard[] {
  return chosen.flatMap(({ productId, reason }) => {
    const card = cards.get(productId);
    if (!card) return [];
    const source = 'productId' in reason ? cards.get(reason.productId) : undefined;
    return [{ ...card, reason, because: source ? { id: source.id, title: source.title, slug: source.slug } : null }];
  });
}

/**
 * "Often bought together" (complements: bought with it, of another kind) and "similar"
 * (substitutes: its kind, ranked by similar-substitutes.ts from its neighbour lists, its kind's
 * best sellers and their popularity) for a product page.
 */
export async function forProduct(prisma: PrismaClient, productId: string, limit: number, options: ServingOptions = {}): Promise<{ boughtTogether: RecommendedCard[]; similar: RecommendedCard[] }> {
  // An unpublished product has no page, so nothing is "bought with" it yet: answer as for an unknown id.
  if (!(await isVisibleProduct(prisma, productId))) return { boughtTogether: [], similar: [] };
  const popular = { scopes: ['all'], withSegment: false, list: 'popular', take: POPULAR_LIST_LENGTH, withCategoriesOf: [productId] } as const;
  const rows = await readServingRows(prisma, { productIds: [productId], kinds: ['BOUGHT_TOGETHER', 'VIEWED_TOGETHER', 'SIMILAR'], neighboursPerItem: NEIGHBOURS_PER_ITEM, popular });
  const info = kindsOf(rows);
  const anchor = info(productId);
  const taken = new Set([productId]);
  const complements = (rows.neighbours.BOUGHT_TOGETHER.get(productId) ?? []).filter((n) => isComplement(new Set(anchor ? [anchor.kind] : []), info, n.productId));
  const boughtTogether = pick(rows, complements, taken, limit);
  const similar = pick(rows, rankSubstitutes([{ productId, weight: 1 }], servedEvidence(rows), SIMILAR_SETTING, Number.MAX_SAFE_INTEGER), taken, limit);
  const cards = await cardsOf(cardSource(prisma, options), rows, [productId, ...boughtTogether, ...similar]);
  return {
    boughtTogether: explained(boughtTogether.map((id) => ({ productId: id, reason: { kind: 'bought_together', productId } })), cards),
    similar: explained(similar.map((id) => ({ productId: id, reason: { kind: 'similar', productId } })), cards),
  };
}

/** What the statement read, as the substitutes ranking takes it: the stored lists and the popular lists read. */
function servedEvidence(rows: ServingRows) {
  const lists = (productId: string) => ({
    content: rows.neighbours.SIMILAR.get(productId) ?? [],
    boughtTogether: rows.neighbours.BOUGHT_TOGETHER.get(productId) ?? [],
    viewedTogether: rows.neighbours.VIEWED_TOGETHER.get(productId) ?? [],
  });
  return substituteEvidence(lists, kindsOf(rows), rows.popular);
}

/**
 * "Complete your setup": complements of the cart — bought with its products, never one it holds
 * nor one of a kind it holds (no second helmet for a helmet) — each explained by the cart
 * product it is most often bought with.
 */
export async function forCart(prisma: PrismaClient, requestedIds: readonly string[], limit: number, options: ServingOptions = {}): Promise<RecommendedCard[]> {
  const shown = await visibleProductIds(prisma, requestedIds);
  const productIds = requestedIds.filter((id) => shown.has(id));
  const rows = await readServingRows(prisma, { productIds, kinds: ['BOUGHT_TOGETHER'], neighboursPerItem: NEIGHBOURS_PER_ITEM });
  const info = kindsOf(rows);
  const inCart = new Set(productIds);
  const cartKinds = new Set(productIds.flatMap((id) => info(id)?.kind ?? []));
  const scores = new Map<string, { score: number; best: number; source: string }>();
  for (const [source, list] of rows.neighbours.BOUGHT_TOGETHER) {
    for (const n of list) {
      if (inCart.has(n.productId) || !isComplement(cartKinds, info, n.productId)) continue;
      const entry = scores.get(n.productId) ?? { score: 0, best: -Infinity, source };
      entry.score += n.score;
      if (n.score > entry.best) Object.assign(entry, { best: n.score, source });
      scores.set(n.productId, entry);
    }
  }
  const ranked = [...scores].map(([productId, { score }]) => ({ productId, score })).sort((a, b) => b.score - a.score || a.productId.localeCompare(b.productId));
  const chosen = pick(rows, ranked, new Set(), limit);
  const cards = await cardsOf(cardSource(prisma, options), rows, [...chosen, ...productIds]);
  return explained(chosen.map((id) => ({ productId: id, reason: { kind: 'bought_together', productId: scores.get(id)!.source } })), cards);
}

/** A popular or trending list of a scope (`all`, `category:<id>`), each item explained as popular. */
export async function popularProducts(prisma: PrismaClient, scope: string, list: 'popular' | 'trending', limit: number, options: ServingOptions = {}): Promise<RecommendedCard[]> {
  const rows = await readServingRows(prisma, { kinds: [], neighboursPerItem: 0, popular: { scopes: [scope], withSegment: false, list, take: POPULAR_LIST_LENGTH } });
  const chosen = pick(rows, rows.popular, new Set(), limit);
  return explained(chosen.map((id) => ({ productId: id, reason: { kind: 'popular' } })), await cardsOf(cardSource(prisma, options), rows, chosen));
}
