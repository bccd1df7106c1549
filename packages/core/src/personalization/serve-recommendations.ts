// Serving recommendations from the precomputed tables: a few indexed reads per request, then the
// pure blend. Only visible, in-stock products come back, as product cards with the reason.
import type { PrismaClient } from '@tandem/db';
import { productCardsByIds, productLinks, type ProductCard, type ProductLink } from '../catalog/index.ts';
import { diversify, recommendForYou, type RecommendationReason } from './for-you.ts';
import type { InteractionKind, NeighbourTable, ScoredProduct } from './types.ts';

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

const HISTORY_DAYS = 90;
const HISTORY_LIMIT = 100;
const NEIGHBOURS_PER_ITEM = 20;

type Kind = 'BOUGHT_TOGETHER' | 'VIEWED_TOGETHER' | 'SIMILAR';

async function neighbourTables(prisma: PrismaClient, productIds: readonly string[], kinds: readonly Kind[]): Promise<Record<Kind, NeighbourTable>> {
  const tables: Record<Kind, NeighbourTable> = { BOUGHT_TOGETHER: new Map(), VIEWED_TOGETHER: new Map(), SIMILAR: new Map() };
  if (productIds.length === 0) return tables;
  const rows = await prisma.productNeighbour.findMany({
    where: { kind: { in: [...kinds] }, productId: { in: [...new Set(productIds)] }, rank: { lt: NEIGHBOURS_PER_ITEM } },
    orderBy: [{ kind: 'asc' }, { productId: 'asc' }, { rank: 'asc' }],
  });
  for (const row of rows) {
    const table = tables[row.kind];
    const list = table.get(row.productId) ?? [];
    list.push({ productId: row.neighbourId, score: row.score });
    table.set(row.productId, list);
  }
  return tables;
}

async function popularList(prisma: PrismaClient, scope: string, list: 'popular' | 'trending', take = 50): Promise<ScoredProduct[]> {
  const rows = await prisma.popularProduct.findMany({ where: { scope, list }, orderBy: { rank: 'asc' }, take, select: { productId: true, score: true } });
  return rows;
}

/** Cards for the chosen ids, keeping only visible, in-stock ones, in order. */
async function cardsFor<T extends { productId: string }>(prisma: PrismaClient, items: readonly T[], limit: number): Promise<(T & { product: ProductCard })[]> {
  const cards = new Map((await productCardsByIds(prisma, items.map((i) => i.productId))).map((c) => [c.id, c]));
  return items.flatMap((item) => {
    const product = cards.get(item.productId);
    return product?.inStock ? [{ ...item, product }] : [];
  }).slice(0, limit);
}

async function historyOf(prisma: PrismaClient, visitor: VisitorRef, now: Date) {
  if (!visitor.customerId && !visitor.anonymousId) return [];
  const or = [...(visitor.customerId ? [{ customerId: visitor.customerId }] : []), ...(visitor.anonymousId ? [{ anonymousId: visitor.anonymousId }] : [])];
  const events = await prisma.behaviourEvent.findMany({
    where: { OR: or, productId: { not: null }, occurredAt: { gte: new Date(now.getTime() - HISTORY_DAYS * 86_400_000) } },
    orderBy: { occurredAt: 'desc' },
    take: HISTORY_LIMIT,
    select: { productId: true, type: true, occurredAt: true },
  });
  return events.map((e) => ({ productId: e.productId!, kind: e.type as InteractionKind, at: e.occurredAt }));
}

export async function forYou(prisma: PrismaClient, visitor: VisitorRef, options: { now: Date; limit: number; purchasedProductIds?: readonly string[] }): Promise<RecommendedProduct[]> {
  const history = await historyOf(prisma, visitor, options.now);
  for (const productId of options.purchasedProductIds ?? []) history.push({ productId, kind: 'PURCHASE', at: options.now });
  const segment = visitor.customerId ? await prisma.customerSegment.findUnique({ where: { customerId: visitor.customerId }, select: { segment: true } }) : null;
  const [tables, segmentPopular, popular] = await Promise.all([
    neighbourTables(prisma, history.map((h) => h.productId), ['BOUGHT_TOGETHER', 'VIEWED_TOGETHER', 'SIMILAR']),
    segment ? popularList(prisma, `segment:${segment.segment}`, 'popular') : Promise.resolve([]),
    popularList(prisma, 'all', 'popular'),
  ]);
  // Over-fetch, then keep the visible, in-stock ones: the tables may be minutes old.
  const blended = recommendForYou({
    history,
    now: options.now,
    neighbours: { boughtTogether: tables.BOUGHT_TOGETHER, viewedTogether: tables.VIEWED_TOGETHER, content: tables.SIMILAR },
    popular: segmentPopular.length ? [...segmentPopular, ...popular] : popular,
    isEligible: () => true,
    categoryOf: () => undefined,
    limit: options.limit * 3,
  });
  const withCards = await cardsFor(prisma, blended, options.limit * 3);
  const chosen = diversify(withCards, options.limit, 3, (id) => withCards.find((c) => c.productId === id)?.product.category.path);
  const sources = await productLinks(prisma, chosen.flatMap(({ reason }) => ('productId' in reason ? [reason.productId] : [])));
  return chosen.map(({ product, reason }) => ({ product, reason, because: ('productId' in reason && sources.get(reason.productId)) || null }));
}

/** "Often bought together" and "similar" for a product page. */
export async function forProduct(prisma: PrismaClient, productId: string, limit: number) {
  const tables = await neighbourTables(prisma, [productId], ['BOUGHT_TOGETHER', 'VIEWED_TOGETHER', 'SIMILAR']);
  const boughtTogether = await cardsFor(prisma, tables.BOUGHT_TOGETHER.get(productId) ?? [], limit);
  const taken = new Set([productId, ...boughtTogether.map((b) => b.productId)]);
  // Similar: what people viewed alongside it first, then content similarity for the rest.
  const similarIds: ScoredProduct[] = [];
  for (const neighbour of [...(tables.VIEWED_TOGETHER.get(productId) ?? []), ...(tables.SIMILAR.get(productId) ?? [])]) {
    if (taken.has(neighbour.productId)) continue;
    taken.add(neighbour.productId);
    similarIds.push(neighbour);
  }
  const similar = await cardsFor(prisma, similarIds, limit);
  return { boughtTogether: boughtTogether.map((b) => b.product), similar: similar.map((s) => s.product) };
}

/** "Complete your setup": what is bought with the cart's products, not in the cart already. */
export async function forCart(prisma: PrismaClient, productIds: readonly string[], limit: number): Promise<ProductCard[]> {
  const tables = await neighbourTables(prisma, productIds, ['BOUGHT_TOGETHER', 'SIMILAR']);
  const inCart = new Set(productIds);
  const scores = new Map<string, number>();
  for (const [kind, weight] of [['BOUGHT_TOGETHER', 1], ['SIMILAR', 0.2]] as const) {
    for (const list of tables[kind].values()) for (const n of list) if (!inCart.has(n.productId)) scores.set(n.productId, (scores.get(n.productId) ?? 0) + weight * n.score);
  }
  const ranked = [...scores].map(([productId, score]) => ({ productId, score })).sort((a, b) => b.score - a.score || a.productId.localeCompare(b.productId));
  return (await cardsFor(prisma, ranked, limit)).map((r) => r.product);
}

export async function popularProducts(prisma: PrismaClient, scope: string, list: 'popular' | 'trending', limit: number): Promise<ProductCard[]> {
  return (await cardsFor(prisma, await popularList(prisma, scope, list, limit * 2), limit)).map((r) => r.product);
}
