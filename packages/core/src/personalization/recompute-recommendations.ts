// The recompute job: reads the event log and paid orders of the last months, trains every table
// and replaces the precomputed neighbours and popular lists in one transaction, so readers
// always see one complete generation. Skips the work when nothing happened since the last run.
import type { PrismaClient } from '@tandem/db';
import { catalogFeatures } from '../catalog/index.ts';
import { purchasedLines } from '../orders/index.ts';
import { trainTables } from './train.ts';
import type { Interaction, NeighbourTable, ScoredProduct } from './types.ts';

export interface RecomputeOptions {
  now: Date;
  /** How far back behaviour counts. Default 180 days. */
  windowDays?: number;
  /** Recompute even if nothing changed. */
  force?: boolean;
  onProgress?: (progress: { stage: string; done: number; total: number }) => void;
}

export interface RecomputeResult {
  skipped: boolean;
  events: number;
  purchases: number;
  neighbours: number;
  popular: number;
  ms: number;
}

const KIND = 'recommendations';
const STAGES = ['reading events', 'reading orders', 'reading catalog', 'training', 'writing'] as const;
const CHUNK = 2_000;

export async function recomputeRecommendations(prisma: PrismaClient, options: RecomputeOptions): Promise<RecomputeResult> {
  const started = performance.now();
  const progress = (stage: (typeof STAGES)[number]) => options.onProgress?.({ stage, done: STAGES.indexOf(stage), total: STAGES.length });
  const latestEvent = await prisma.behaviourEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  const lastRun = await prisma.personalizationRun.findFirst({ where: { kind: KIND, status: 'done' }, orderBy: { startedAt: 'desc' } });
  if (!options.force && lastRun && lastRun.watermark === (latestEvent?.id ?? null)) {
    const newlyPaid = await prisma.order.count({ where: { paidAt: { gte: lastRun.startedAt } } });
    if (newlyPaid === 0) return { skipped: true, events: 0, purchases: 0, neighbours: 0, popular: 0, ms: performance.now() - started };
  }

  const run = await prisma.personalizationRun.create({ data: { kind: KIND, status: 'running', total: STAGES.length, watermark: latestEvent?.id ?? null } });
  try {
    const since = new Date(options.now.getTime() - (options.windowDays ?? 180) * 86_400_000);
    progress('reading events');
    const events = await prisma.behaviourEvent.findMany({
      where: { occurredAt: { gte: since }, productId: { not: null } },
      select: { id: true, anonymousId: true, customerId: true, productId: true, type: true, occurredAt: true },
    });
    // Events without a visitor id (no consent) count for popularity but pair with nothing.
    // PURCHASE events come from imported history only; live purchases are read from orders.
    const interactions: Interaction[] = events.map((e) => ({ visitor: e.customerId ?? e.anonymousId ?? `event:${e.id}`, productId: e.productId!, kind: e.type, at: e.occurredAt }));
    progress('reading orders');
    const purchases = await purchasedLines(prisma, { since });
    for (const line of purchases) interactions.push({ visitor: line.customerId, productId: line.productId, kind: 'PURCHASE', at: line.paidAt });
    progress('reading catalog');
    const features = await catalogFeatures(prisma);
    progress('training');
    const tables = trainTables(interactions, features, options.now);
    const categoryOf = new Map(features.map((f) => [f.productId, f.categoryPath]));
    const popularRows = popularListRows('all', tables.popular, tables.trending);
    for (const [scope, lists] of perCategoryLists(tables.popular, tables.trending, categoryOf)) popularRows.push(...popularListRows(scope, lists.popular, lists.trending));
    const neighbourRows = [
      ...neighbourListRows('BOUGHT_TOGETHER', tables.boughtTogether),
      ...neighbourListRows('VIEWED_TOGETHER', tables.viewedTogether),
      ...neighbourListRows('SIMILAR', tables.content),
    ];
    progress('writing');
    await prisma.$transaction(
      async (tx) => {
        await tx.productNeighbour.deleteMany({});
        for (let i = 0; i < neighbourRows.length; i += CHUNK) await tx.productNeighbour.createMany({ data: neighbourRows.slice(i, i + CHUNK) });
        await tx.popularProduct.deleteMany({ where: { scope: { not: { startsWith: 'segment:' } } } });
        for (let i = 0; i < popularRows.length; i += CHUNK) await tx.popularProduct.createMany({ data: popularRows.slice(i, i + CHUNK) });
      },
      { timeout: 120_000 },
    );
    await prisma.personalizationRun.update({ where: { id: run.id }, data: { status: 'done', processed: STAGES.length, finishedAt: new Date() } });
    return { skipped: false, events: events.length, purchases: purchases.length, neighbours: neighbourRows.length, popular: popularRows.length, ms: performance.now() - started };
  } catch (error) {
    await prisma.personalizationRun.update({ where: { id: run.id }, data: { status: 'failed', error: String(error).slice(0, 2000), finishedAt: new Date() } });
    throw error;
  }
}

const LIST_LENGTH = 50;

function neighbourListRows(kind: 'BOUGHT_TOGETHER' | 'VIEWED_TOGETHER' | 'SIMILAR', table: NeighbourTable) {
  return [...table].flatMap(([productId, list]) => list.map((n, rank) => ({ kind, productId, rank, neighbourId: n.productId, score: n.score })));
}

function popularListRows(scope: string, popular: readonly ScoredProduct[], trending: readonly ScoredProduct[]) {
  return [
    ...popular.slice(0, LIST_LENGTH).map((p, rank) => ({ scope, list: 'popular', rank, productId: p.productId, score: p.score })),
    ...trending.slice(0, LIST_LENGTH).map((p, rank) => ({ scope, list: 'trending', rank, productId: p.productId, score: p.score })),
  ];
}

/** The popular and trending lists of each category (every level of the path: `bikes`, `bikes/road`). */
function perCategoryLists(popular: readonly ScoredProduct[], trending: readonly ScoredProduct[], categoryOf: Map<string, string[]>) {
  const lists = new Map<string, { popular: ScoredProduct[]; trending: ScoredProduct[] }>();
  const add = (which: 'popular' | 'trending', item: ScoredProduct) => {
    const path = categoryOf.get(item.productId);
    if (!path) return;
    for (let depth = 1; depth <= path.length; depth++) {
      const scope = `category:${path.slice(0, depth).join('/')}`;
      const entry = lists.get(scope) ?? { popular: [], trending: [] };
      entry[which].push(item);
      lists.set(scope, entry);
    }
  };
  for (const item of popular) add('popular', item);
  for (const item of trending) add('trending', item);
  return lists;
}
