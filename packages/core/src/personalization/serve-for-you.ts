// Serving "for you". Usually one indexed read: the visitor's precomputed list (kept by the
// recommendation update, for-you-lists.ts) with the popular lists and the live visibility and
// stock of every product named, in one statement; the list's candidates come first, today's
// popular products (not in their history) fill up. A visitor without a list yet, or with events
// the update has not folded in, is blended live from their history as before (two statements).
// When only content similarity knows that history and the served setting weighs it 0, it is
// blended again with the untuned content weight, so similar products are still offered.
// When nothing in that history has neighbours yet (they only looked at new products), the
// best sellers of its categories stand in, each "Popular in <category>" (two statements more).
import type { PrismaClient } from '@tandem/db';
import type { ProductCard, ProductLink } from '../catalog/index.ts';
import { popularInCategoriesOf } from './category-popular.ts';
import { FOR_YOU_HISTORY_DAYS, FOR_YOU_HISTORY_LIMIT } from './for-you-lists.ts';
import { diversify, recommendForYou, SOURCE_WEIGHTS, type BlendSetting, type ForYouInput, type Recommendation, type RecommendationReason } from './for-you.ts';
import { purchasesSince } from './own-purchases.ts';
import { cardsOf, cardSource, inStock, NEIGHBOURS_PER_ITEM, POPULAR_LIST_LENGTH, type ServingOptions } from './serve-recommendations.ts';
import { servingBlendSetting } from './serving-blend.ts';
import { readServingRows, type ServingQuery, type ServingRows } from './serving-statement.ts';

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

/** Precomputed candidates read per request: three pages' worth, so live exclusions still leave enough. */
const LIST_TAKE = 3;
const MAX_PER_CATEGORY = 3;

export async function forYou(
  prisma: PrismaClient,
  visitor: VisitorRef,
  options: ServingOptions & { now: Date; limit: number; purchasedProductIds?: readonly string[] },
): Promise<RecommendedProduct[]> {
  const popular = { scopes: ['all'], withSegment: true, list: 'popular', take: POPULAR_LIST_LENGTH } as const;
  if ((visitor.customerId ?? visitor.anonymousId) && !options.purchasedProductIds?.length) {
    const rows = await readServingRows(prisma, { forYouList: { ...visitor, take: options.limit * LIST_TAKE }, kinds: [], neighboursPerItem: 0, popular });
    const listed = rows.forYou && !rows.forYou.stale ? fromList(rows, options.limit * LIST_TAKE) : null;
    // A list with nothing of its own: the live path may still find picks in the history's categories.
    if (listed && (listed.some(isPersonal) || rows.forYou!.sources.length === 0)) return withCards(prisma, rows, listed, options);
  }
  const rows = await liveRows(prisma, visitor, options, popular);
  const blend = { ...options, setting: await servingBlendSetting(prisma) };
  const blended = blendLive(rows, blend);
  if (blended.some(isPersonal) || rows.history.length === 0) return withCards(prisma, rows, blended, options);
  // Only content similarity knows this history, and the served setting gives it no weight (it
  // ranks worse than popularity among behaviour neighbours): similar products are still the
  // shopper's own picks, so they are blended with the untuned content weight before falling
  // back to the categories' best sellers.
  const similar = blend.setting.weights.content > 0 ? [] : blendLive(rows, { ...blend, setting: withContentWeight(blend.setting, SOURCE_WEIGHTS.content) });
  if (similar.some(isPersonal)) return withCards(prisma, rows, similar, options);
  return withCards(prisma, rows, await blendWithCategoryPopular(prisma, rows, blend), options);
}

const isPersonal = (item: Recommendation) => item.reason.kind !== 'popular';
const withContentWeight = (setting: Readonly<BlendSetting>, content: number): BlendSetting => ({ ...setting, weights: { ...setting.weights, content } });
/** History products whose categories are asked for, most recent first. */
const CATEGORY_SOURCES = 10;

/** The live blend again, with the best sellers of the history's categories (their visibility and stock read live too). */
async function blendWithCategoryPopular(prisma: PrismaClient, rows: ServingRows, options: LiveBlendOptions): Promise<Recommendation[]> {
  const sources = [...new Set(rows.history.map((h) => h.productId))].slice(0, CATEGORY_SOURCES);
  const lists = await popularInCategoriesOf(prisma, sources, POPULAR_LIST_LENGTH);
  const named = [...lists.values()].flatMap((list) => list.products.map((p) => p.productId));
  const extra = await readServingRows(prisma, { productIds: named, kinds: [], neighboursPerItem: 0 });
  for (const [id, product] of extra.visible) rows.visible.set(id, product);
  return blendLive(rows, options, (productId) => lists.get(productId));
}

/** The list's eligible items in order, then popular products the visitor has not seen; at most `take` (the cards and the category cap choose from these). */
function fromList(rows: ServingRows, take: number): Recommendation[] {
  const list = rows.forYou!;
  const eligible = inStock(rows);
  const taken = new Set(list.sources);
  const chosen: Recommendation[] = [];
  for (const item of list.items) {
    if (taken.has(item.productId) || !eligible(item.productId)) continue;
    taken.add(item.productId);
    chosen.push({ productId: item.productId, score: 0, reason: { kind: item.reason, productId: item.reasonProductId } });
  }
  for (const item of rows.popular) {
    if (chosen.length >= take) break;
    if (taken.has(item.productId) || !eligible(item.productId)) continue;
    taken.add(item.productId);
    chosen.push({ productId: item.productId, score: 0, reason: { kind: 'popular' } });
  }
  return chosen;
}

async function liveRows(prisma: PrismaClient, visitor: VisitorRef, options: { now: Date; purchasedProductIds?: readonly string[] }, popular: NonNullable<ServingQuery['popular']>) {
  const known = visitor.customerId !== null || visitor.anonymousId !== null;
  return readServingRows(prisma, {
    visitor: known ? { ...visitor, since: new Date(options.now.getTime() - FOR_YOU_HISTORY_DAYS * 86_400_000), purchasesSince: purchasesSince(options.now), limit: FOR_YOU_HISTORY_LIMIT } : undefined,
    productIds: options.purchasedProductIds ?? [],
    kinds: ['BOUGHT_TOGETHER', 'VIEWED_TOGETHER', 'SIMILAR'],
    neighboursPerItem: NEIGHBOURS_PER_ITEM,
    popular,
  });
}

/** What the live blend needs besides the rows: the setting served (serving-blend.ts) among them. */
type LiveBlendOptions = { now: Date; limit: number; purchasedProductIds?: readonly string[]; setting: Readonly<BlendSetting> };

/** The live blend of the history the statement read (and of products just bought). */
function blendLive(rows: ServingRows, options: LiveBlendOptions, categoryPopular?: ForYouInput['categoryPopular']): Recommendation[] {
  const purchased = (options.purchasedProductIds ?? []).map((productId) => ({ productId, kind: 'PURCHASE' as const, at: options.now }));
  return recommendForYou({
    ...options.setting,
    history: [...rows.history, ...purchased],
    categoryPopular,
    now: options.now,
    neighbours: { boughtTogether: rows.neighbours.BOUGHT_TOGETHER, viewedTogether: rows.neighbours.VIEWED_TOGETHER, content: rows.neighbours.SIMILAR },
    popular: rows.popular,
    isEligible: inStock(rows),
    // Categories come with the cards: the blend over-fetches, the cards decide the variety.
    categoryOf: () => undefined,
    limit: options.limit * 3,
  });
}

/** Cards for the ranked items (and their reasons), then no category more than three times while others are left. */
async function withCards(prisma: PrismaClient, rows: ServingRows, blended: Recommendation[], options: ServingOptions & { limit: number }): Promise<RecommendedProduct[]> {
  const sourceOf = (reason: RecommendationReason) => ('productId' in reason ? [reason.productId] : []);
  const cards = await cardsOf(cardSource(prisma, options), rows, [...blended.map((b) => b.productId), ...blended.flatMap((b) => sourceOf(b.reason))]);
  const withCard = blended.flatMap((item) => {
    const product = cards.get(item.productId);
    return product ? [{ ...item, product }] : [];
  });
  const chosen = diversify(withCard, options.limit, MAX_PER_CATEGORY, (id) => cards.get(id)?.category.path);
  return chosen.map(({ product, reason }) => {
    const source = 'productId' in reason ? cards.get(reason.productId) : undefined;
    return { product, reason, because: source ? { id: source.id, title: source.title, slug: source.slug } : null };
  });
}
