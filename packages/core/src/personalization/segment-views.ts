// What marketing sees of segments beyond today's sizes: one recompute run with its progress and
// result, the sizes of every segment over time, and the customers in one segment, page by page.
import type { PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';
import { SEGMENT_LABELS, SEGMENTS, type SegmentKey } from './rfm.ts';
import { SEGMENTS_RUN_KIND } from './segment-jobs.ts';

/** A segments recompute as the admin's progress bar shows it. */
export interface SegmentRunView {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  processed: number;
  total: number;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
  /** Customers per segment that the run computed (empty until it is done). */
  result: { segment: string; label: string; customers: number }[];
}

/** One run of a segments recompute, or NOT_FOUND. */
export async function segmentRun(prisma: PrismaClient, id: string): Promise<SegmentRunView> {
  const run = await prisma.personalizationRun.findFirst({ where: { id, kind: SEGMENTS_RUN_KIND } });
  if (!run) throw new DomainError('not_found', 'No such segments run.');
  const rows = run.status === 'done' ? await prisma.segmentSnapshot.findMany({ where: { runId: id }, select: { segment: true, customers: true } }) : [];
  return {
    id: run.id,
    status: run.status as SegmentRunView['status'],
    processed: run.processed,
    total: run.total,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    error: run.error,
    result: SEGMENTS.flatMap((segment) => rows.filter((r) => r.segment === segment).map((r) => ({ segment, label: SEGMENT_LABELS[segment], customers: r.customers }))),
  };
}

/** Sizes of every segment at one computation. */
export interface SegmentHistoryPoint {
  computedAt: Date;
  sizes: Record<string, number>;
}

/** The most computations the history returns (a point every six hours for two months). */
const HISTORY_POINTS = 240;

/** Segment sizes at each computation since `since`, oldest first, with the segments' labels. */
export async function segmentHistory(prisma: PrismaClient, options: { since: Date }): Promise<{ segments: { segment: string; label: string }[]; points: SegmentHistoryPoint[] }> {
  const latest = await prisma.segmentSnapshot.findMany({
    where: { computedAt: { gte: options.since } },
    distinct: ['computedAt'],
    orderBy: { computedAt: 'desc' },
    take: HISTORY_POINTS,
    select: { computedAt: true },
  });
  const oldest = latest.at(-1)?.computedAt;
  const rows = oldest ? await prisma.segmentSnapshot.findMany({ where: { computedAt: { gte: oldest } }, orderBy: { computedAt: 'asc' }, select: { computedAt: true, segment: true, customers: true } }) : [];
  const points = new Map<number, SegmentHistoryPoint>();
  for (const row of rows) {
    const point = points.get(row.computedAt.getTime()) ?? { computedAt: row.computedAt, sizes: Object.fromEntries(SEGMENTS.map((s) => [s, 0])) };
    point.sizes[row.segment] = row.customers;
    points.set(row.computedAt.getTime(), point);
  }
  return { segments: SEGMENTS.map((segment) => ({ segment, label: SEGMENT_LABELS[segment] })), points: [...points.values()] };
}

/** A customer in a segment, with the scores that put them there. */
export interface SegmentMember {
  customerId: string;
  /** Null for a buyer known only from imported history (no account in this store). */
  name: string | null;
  email: string | null;
  recencyDays: number;
  frequency: number;
  monetaryAmount: number;
  currency: string;
  recencyScore: number;
  frequencyScore: number;
  monetaryScore: number;
}

/** One page of a segment's customers, biggest spenders first. */
export async function segmentMembers(
  prisma: PrismaClient,
  input: { segment: string; page: number; pageSize: number },
): Promise<{ segment: string; label: string; total: number; page: number; pageSize: number; members: SegmentMember[] }> {
  if (!(SEGMENTS as readonly string[]).includes(input.segment)) throw new DomainError('not_found', 'No such segment.');
  const segment = input.segment as SegmentKey;
  const [total, rows] = await Promise.all([
    prisma.customerSegment.count({ where: { segment } }),
    prisma.customerSegment.findMany({
      where: { segment },
      orderBy: [{ monetaryAmount: 'desc' }, { customerId: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  const accounts = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) } }, select: { id: true, name: true, email: true } });
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return {
    segment,
    label: SEGMENT_LABELS[segment],
    total,
    page: input.page,
    pageSize: input.pageSize,
    members: rows.map((r) => ({
      customerId: r.customerId,
      name: byId.get(r.customerId)?.name ?? null,
      email: byId.get(r.customerId)?.email ?? null,
      recencyDays: r.recencyDays,
      frequency: r.frequency,
      monetaryAmount: r.monetaryAmount,
      currency: r.currency,
      recencyScore: r.recencyScore,
      frequencyScore: r.frequencyScore,
      monetaryScore: r.monetaryScore,
    })),
  };
}
