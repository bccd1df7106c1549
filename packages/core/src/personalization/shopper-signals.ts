// "Why these?": what the store uses about one shopper to pick their recommendations — the
// products they viewed, put in a cart or bought lately (their own events only: by customer id or
// their own visitor id; a customer's purchases from their paid orders, as the lists read them)
// and their customer segment — and the control to take one product out.
// Taking one out deletes that product's events of theirs and their precomputed "for you" list,
// so the next recommendations are blended live from what is left. The anonymous product-pair
// counts stay until the next rebuild, as when all behaviour is deleted (personal-data.ts). A paid
// order is not deleted for a preference: a bought product is marked forgotten instead
// (ForgottenPurchase), so its purchases so far stop counting (docs/decisions.md, "Purchases are
// history, read from orders").
import { Prisma, type PrismaClient } from '@tandem/db';
import { productLinks, type ProductLink } from '../catalog/index.ts';
import { FOR_YOU_HISTORY_DAYS } from './for-you-lists.ts';
import { ownPurchasesSql, purchasesSince } from './own-purchases.ts';
import { SEGMENT_LABELS, type SegmentKey } from './rfm.ts';
import type { VisitorRef } from './serve-for-you.ts';

/** One product the shopper's recommendations come from, with what they did with it. */
export interface ProductSignal {
  product: ProductLink;
  viewed: number;
  addedToCart: number;
  bought: number;
  lastAt: string;
}

/** Everything about the shopper that their recommendations use. */
export interface ShopperSignals {
  products: ProductSignal[];
  segment: { key: string; label: string } | null;
}

const SIGNAL_TYPES = ['VIEW', 'ADD_TO_CART', 'PURCHASE'] as const;
const MAX_EVENTS = 500;

function ownEvents(visitor: VisitorRef) {
  return [...(visitor.customerId ? [{ customerId: visitor.customerId }] : []), ...(visitor.anonymousId ? [{ anonymousId: visitor.anonymousId }] : [])];
}

/** The shopper's signals, the latest product first; nothing for a visitor with no id. */
export async function shopperSignals(prisma: PrismaClient, visitor: VisitorRef, now: Date): Promise<ShopperSignals> {
  const own = ownEvents(visitor);
  if (own.length === 0) return { products: [], segment: null };
  const since = new Date(now.getTime() - FOR_YOU_HISTORY_DAYS * 86_400_000);
  const [events, purchases, segment] = await Promise.all([
    prisma.behaviourEvent.findMany({
      where: { OR: own, productId: { not: null }, type: { in: [...SIGNAL_TYPES] }, occurredAt: { gte: since } },
      orderBy: { occurredAt: 'desc' },
      take: MAX_EVENTS,
      select: { productId: true, type: true, occurredAt: true },
    }),
    visitor.customerId ? ownPurchases(prisma, visitor.customerId, now) : [],
    visitor.customerId ? prisma.customerSegment.findUnique({ where: { customerId: visitor.customerId }, select: { segment: true } }) : null,
  ]);
  const byProduct = new Map<string, Omit<ProductSignal, 'product'>>();
  const latestFirst = [...events, ...purchases].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  for (const event of latestFirst) {
    const entry = byProduct.get(event.productId!) ?? { viewed: 0, addedToCart: 0, bought: 0, lastAt: event.occurredAt.toISOString() };
    if (event.type === 'VIEW') entry.viewed++;
    else if (event.type === 'ADD_TO_CART') entry.addedToCart++;
    else entry.bought++;
    byProduct.set(event.productId!, entry);
  }
  const links = await productLinks(prisma, [...byProduct.keys()]);
  return {
    products: [...byProduct].flatMap(([id, signal]) => {
      const product = links.get(id);
      return product ? [{ product, ...signal }] : [];
    }),
    segment: segment ? { key: segment.segment, label: SEGMENT_LABELS[segment.segment as SegmentKey] ?? segment.segment } : null,
  };
}

async function ownPurchases(prisma: PrismaClient, customerId: string, now: Date): Promise<{ productId: string; type: 'PURCHASE'; occurredAt: Date }[]> {
  return prisma.$queryRaw(Prisma.sql`SELECT p."productId", 'PURCHASE' AS type, p."occurredAt"
    FROM ${ownPurchasesSql(Prisma.sql`${customerId}`, { since: purchasesSince(now), until: now, limit: MAX_EVENTS })} p`);
}

/** Takes one product out of the shopper's signals; returns how many of their events went. */
export async function forgetProductSignal(prisma: PrismaClient, visitor: VisitorRef, productId: string): Promise<{ events: number }> {
  const own = ownEvents(visitor);
  if (own.length === 0) return { events: 0 };
  const keys = [visitor.customerId, visitor.anonymousId].filter((key): key is string => key !== null);
  return prisma.$transaction(async (tx) => {
    const events = await tx.behaviourEvent.deleteMany({ where: { OR: own, productId } });
    if (visitor.customerId && (await tx.product.count({ where: { id: productId } })) > 0) {
      const forgottenAt = new Date();
      await tx.forgottenPurchase.upsert({ where: { customerId_productId: { customerId: visitor.customerId, productId } }, create: { customerId: visitor.customerId, productId, forgottenAt }, update: { forgottenAt } });
    }
    await tx.forYouItem.deleteMany({ where: { visitor: { in: keys } } });
    await tx.forYouVisitor.deleteMany({ where: { visitor: { in: keys } } });
    return { events: events.count };
  });
}
