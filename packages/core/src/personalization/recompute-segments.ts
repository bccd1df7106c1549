// The segments job: RFM scores for every customer with a paid order, their segments, and each
// segment's popular products (for recommended sections and promotion targeting). Replaced in
// one transaction, which also appends each segment's size to the history (SegmentSnapshot).
import type { Prisma, PrismaClient } from '@tandem/db';
import { paidOrders, purchasedLines } from '../orders/index.ts';
import { tierOf, tierSegmentKey } from './customer-tiers.ts';
import { popularity } from './popularity.ts';
import { scoreRfm, SEGMENT_LABELS, SEGMENTS, type CustomerPurchases } from './rfm.ts';

export interface SegmentsResult {
  customers: number;
  bySegment: Record<string, number>;
  ms: number;
}

export interface RecomputeSegmentsOptions {
  now: Date;
  /** Told after each step: `done` of `total` (SEGMENT_STEPS), for a progress bar. */
  onProgress?: (done: number, total: number) => Promise<void> | void;
  /** The PersonalizationRun this computation belongs to, stamped on its history rows. */
  runId?: string;
}

const HISTORY_DAYS = 3 * 365;

/** Steps a computation reports: orders read, scores, one popular list per segment, the write. */
export const SEGMENT_STEPS = 3 + SEGMENTS.length;

export async function recomputeSegments(prisma: PrismaClient, options: RecomputeSegmentsOptions): Promise<SegmentsResult> {
  const started = performance.now();
  let done = 0;
  const step = async () => options.onProgress?.(++done, SEGMENT_STEPS);
  const since = new Date(options.now.getTime() - HISTORY_DAYS * 86_400_000);
  const orders = [...(await paidOrders(prisma, { since })), ...(await importedOrders(prisma, since))];
  const currency = mostCommon(orders.map((o) => o.currency)) ?? 'EUR';
  await step();
  const byCustomer = new Map<string, CustomerPurchases & { orders: { amount: number; paidAt: Date }[] }>();
  // Money of different currencies cannot be added up; the store's main currency decides.
  for (const order of orders.filter((o) => o.currency === currency)) {
    const entry = byCustomer.get(order.customerId) ?? { customerId: order.customerId, orders: [] };
    entry.orders.push({ amount: order.amount, paidAt: order.paidAt });
    byCustomer.set(order.customerId, entry);
  }
  const scores = scoreRfm([...byCustomer.values()], { now: options.now });
  const segmentOf = new Map(scores.map((s) => [s.customerId, s.segment]));
  await step();

  const lines = await purchasedLines(prisma, { since: new Date(options.now.getTime() - 365 * 86_400_000) });
  const popularRows: { scope: string; list: string; rank: number; productId: string; score: number }[] = [];
  for (const segment of SEGMENTS) {
    const { popular } = popularity(
      lines.filter((l) => segmentOf.get(l.customerId) === segment).map((l) => ({ visitor: l.customerId, productId: l.productId, kind: 'PURCHASE' as const, at: l.paidAt })),
      { now: options.now, halfLifeDays: 60 },
    );
    popularRows.push(...popular.slice(0, 50).map((p, rank) => ({ scope: `segment:${segment}`, list: 'popular', rank, productId: p.productId, score: p.score })));
    await step();
  }
  const snapshots = SEGMENTS.map((segment) => {
    const members = scores.filter((s) => s.segment === segment);
    return { computedAt: options.now, segment, customers: members.length, revenueAmount: members.reduce((sum, s) => sum + s.monetary, 0), currency, runId: options.runId ?? null };
  });

  await prisma.$transaction(
    async (tx) => {
      await tx.customerSegment.deleteMany({});
      await tx.customerSegment.createMany({
        data: scores.map((s) => ({
          customerId: s.customerId,
          segment: s.segment,
          recencyDays: s.recencyDays,
          frequency: s.frequency,
          monetaryAmount: s.monetary,
          currency,
          recencyScore: s.recencyScore,
          frequencyScore: s.frequencyScore,
          monetaryScore: s.monetaryScore,
          computedAt: options.now,
        })),
      });
      await tx.popularProduct.deleteMany({ where: { scope: { startsWith: 'segment:' } } });
      await tx.popularProduct.createMany({ data: popularRows });
      await tx.segmentSnapshot.createMany({ data: snapshots });
    },
    { timeout: 120_000 },
  );
  await step();
  const bySegment = Object.fromEntries(snapshots.map((s) => [s.segment, s.customers]));
  return { customers: scores.length, bySegment, ms: performance.now() - started };
}

/**
 * Orders imported from the previous shop (warm start): purchase events with an amount, grouped
 * by customer and order. A customer not (yet) known to Tandem is keyed by their import id.
 */
async function importedOrders(prisma: PrismaClient, since: Date) {
  const lines = await prisma.behaviourEvent.findMany({
    where: { type: 'PURCHASE', amount: { not: null }, currency: { not: null }, occurredAt: { gte: since } },
    select: { customerId: true, anonymousId: true, orderRef: true, amount: true, currency: true, occurredAt: true },
  });
  const orders = new Map<string, { customerId: string; amount: number; currency: string; paidAt: Date }>();
  for (const line of lines) {
    const customerId = line.customerId ?? line.anonymousId;
    if (!customerId) continue;
    const key = `${customerId}\u0000${line.orderRef ?? line.occurredAt.toISOString()}`;
    const order = orders.get(key) ?? { customerId, amount: 0, currency: line.currency!, paidAt: line.occurredAt };
    order.amount += line.amount!;
    if (line.occurredAt > order.paidAt) order.paidAt = line.occurredAt;
    orders.set(key, order);
  }
  return [...orders.values()];
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export interface SegmentSummary {
  segment: string;
  /** In words: "Big spenders drifting away". */
  label: string;
  customers: number;
  revenue: number;
  /** Share of the scored customers' revenue, 0–1. */
  revenueShare: number;
  currency: string;
}

/** Sizes and revenue share of every segment, for admins. */
export async function segmentSummary(prisma: PrismaClient): Promise<{ segments: SegmentSummary[]; computedAt: Date | null }> {
  const groups = await prisma.customerSegment.groupBy({ by: ['segment', 'currency'], _count: { _all: true }, _sum: { monetaryAmount: true }, _max: { computedAt: true } });
  const total = groups.reduce((sum, g) => sum + (g._sum.monetaryAmount ?? 0), 0);
  // The history knows of a computation even when it found no buyer (a new store): not "never computed".
  const lastRun = await prisma.segmentSnapshot.findFirst({ orderBy: { computedAt: 'desc' }, select: { computedAt: true } });
  const computedAt = groups.reduce<Date | null>((latest, g) => (g._max.computedAt && (!latest || g._max.computedAt > latest) ? g._max.computedAt : latest), lastRun?.computedAt ?? null);
  const currency = groups[0]?.currency ?? 'EUR';
  return {
    computedAt,
    segments: SEGMENTS.map((segment) => {
      const group = groups.find((g) => g.segment === segment);
      const revenue = group?._sum.monetaryAmount ?? 0;
      return { segment, label: SEGMENT_LABELS[segment], customers: group?._count._all ?? 0, revenue, revenueShare: total ? revenue / total : 0, currency };
    }),
  };
}

/**
 * The customer's current segment keys: their segment and, if they have one, their tier
 * (`tier:large_loyal`, …), so a promotion may target either. None before their first paid order.
 */
export async function segmentKeysOf(prisma: PrismaClient | Prisma.TransactionClient, customerId: string): Promise<string[]> {
  const row = await prisma.customerSegment.findUnique({ where: { customerId }, select: { segment: true, recencyScore: true, frequencyScore: true, monetaryScore: true } });
  if (!row) return [];
  const tier = tierOf(row);
  return tier ? [row.segment, tierSegmentKey(tier)] : [row.segment];
}
