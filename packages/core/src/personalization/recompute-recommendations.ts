// The recommendation job, incremental by default: in one transaction (and under an advisory
// lock, so two never overlap), it stages what happened since the watermarks (events by id, paid
// orders by paidAt), folds it into the stored co-occurrence and popularity counts, rewrites the
// neighbour lists that can have changed, the popular lists, and the "for you" lists of the
// visitors concerned, then moves the watermarks. A rebuild is the same pipeline from empty
// counts over the whole window, plus content similarity; it runs when asked (`force`), when
// there is no state yet, and when the epoch day of the stored weights moves on (every 90 days).
// See docs/decisions.md, "Incremental recommendations".
import { Prisma, type PrismaClient } from '@tandem/db';
import { catalogFeatures } from '../catalog/index.ts';
import { purchasedLines, type PurchasedLine } from '../orders/index.ts';
import { applyCoOccurrence } from './co-occurrence-sql.ts';
import { contentNeighbours } from './content-similarity.ts';
import { refreshForYouLists, staleVisitors, visitorsWithHistory } from './for-you-lists.ts';
import { insertRows } from './insert-rows.ts';
import { writePopularLists } from './popular-lists.ts';
import { applyPopularity, readPopularity } from './popularity-sql.ts';
import { DAY_MS, dayOf, type Sql } from './sql.ts';
import { stageInteractions } from './stage-interactions.ts';

export interface RecomputeOptions {
  now: Date;
  /** How far back behaviour counts, in whole UTC days. Default 180. */
  windowDays?: number;
  /** Rebuild from the whole window instead of updating from the watermarks. */
  force?: boolean;
  onProgress?: (progress: { stage: string; done: number; total: number }) => void;
}

export interface RecomputeResult {
  skipped: boolean;
  mode: 'rebuild' | 'incremental';
  /** Events and paid order lines folded in by this run. */
  events: number;
  purchases: number;
  /** Stored neighbour rows after the run, and the product lists it rewrote. */
  neighbours: number;
  rewrittenProducts: number;
  popular: number;
  /** Visitors whose "for you" list was recomputed. */
  visitors: number;
  ms: number;
}

/** The stored weights are expressed at a day on a 90-day grid; when the grid moves, a rebuild rebases them. */
const EPOCH_GRID_DAYS = 90;
const LOCK_KEY = 610_361_006;
const STAGES = ['catalog and content similarity', 'staging', 'counting', 'popular lists', 'for you lists'] as const;

export async function recomputeRecommendations(prisma: PrismaClient, options: RecomputeOptions): Promise<RecomputeResult> {
  const started = performance.now();
  const progress = (stage: (typeof STAGES)[number]) => options.onProgress?.({ stage, done: STAGES.indexOf(stage), total: STAGES.length });
  const today = dayOf(options.now);
  const windowStartDay = today - (options.windowDays ?? 180);
  const windowStart = new Date(windowStartDay * DAY_MS);
  const epochDay = Math.floor(windowStartDay / EPOCH_GRID_DAYS) * EPOCH_GRID_DAYS;
  const before = await prisma.recommendationState.findUnique({ where: { id: 1 } });
  const rebuild = options.force === true || !before || before.epochDay !== epochDay;
  const upToId = (await prisma.behaviourEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
  const afterId = rebuild ? 0n : before.eventWatermark;
  const paidSince = rebuild || !before.paidWatermark ? windowStart : new Date(before.paidWatermark.getTime() + 1);
  const purchases = await purchasedLines(prisma, { since: paidSince, until: options.now });
  const skipped = { skipped: true, mode: 'incremental', events: 0, purchases: 0, neighbours: 0, rewrittenProducts: 0, popular: 0, visitors: 0 } as const;
  if (!rebuild && upToId <= afterId && purchases.length === 0) return { ...skipped, ms: performance.now() - started };

  const run = await prisma.personalizationRun.create({ data: { kind: rebuild ? 'recommendations' : 'recommendations.update', status: 'running', total: STAGES.length, watermark: upToId } });
  try {
    const result = await runPipeline(prisma, { ...options, rebuild, before, upToId, afterId, purchases, today, windowStartDay, windowStart, epochDay, progress });
    await prisma.personalizationRun.update({ where: { id: run.id }, data: { status: result ? 'done' : 'skipped', processed: STAGES.length, finishedAt: new Date() } });
    if (!result) return { ...skipped, ms: performance.now() - started };
    return { skipped: false, mode: rebuild ? 'rebuild' : 'incremental', ...result, ms: performance.now() - started };
  } catch (error) {
    await prisma.personalizationRun.update({ where: { id: run.id }, data: { status: 'failed', error: String(error).slice(0, 2000), finishedAt: new Date() } });
    throw error;
  }
}

interface PipelineInput extends RecomputeOptions {
  rebuild: boolean;
  before: { eventWatermark: bigint; paidWatermark: Date | null } | null;
  upToId: bigint;
  afterId: bigint;
  purchases: PurchasedLine[];
  today: number;
  windowStartDay: number;
  windowStart: Date;
  epochDay: number;
  progress: (stage: (typeof STAGES)[number]) => void;
}

async function runPipeline(prisma: PrismaClient, input: PipelineInput): Promise<Omit<RecomputeResult, 'skipped' | 'mode' | 'ms'> | null> {
  const { rebuild, before, upToId, afterId, purchases, today, windowStartDay, windowStart, epochDay, progress } = input;
  progress('catalog and content similarity');
  const features = await catalogFeatures(prisma);
  const categoryOf = new Map(features.map((f) => [f.productId, f.categoryPath]));
  const similar = rebuild ? contentNeighbours(features) : null;

  const result = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
      // Another run may have moved the watermarks while this one waited for the lock.
      const state = await tx.recommendationState.findUnique({ where: { id: 1 } });
      if (!rebuild && (state?.eventWatermark !== before?.eventWatermark || state?.paidWatermark?.getTime() !== before?.paidWatermark?.getTime())) return null;
      if (rebuild) {
        await tx.$executeRaw(Prisma.sql`TRUNCATE "CoOccurrenceBasketItem", "CoOccurrenceItem", "CoOccurrencePair", "ProductInteractionDay", "ForYouItem", "ForYouVisitor", "ProductNeighbour"`);
        // A rebuild sorts and hashes every pair at once (587k on the Online Retail log): with the
        // defaults (4 MB, 64 MB) the neighbour ranking sorted on disk and building the pair keys
        // took 18.2 s against 9.9 s with more memory (same session). For this transaction only.
        await tx.$executeRaw(Prisma.sql`SET LOCAL work_mem = '128MB'`);
        await tx.$executeRaw(Prisma.sql`SET LOCAL maintenance_work_mem = '256MB'`);
      }
      progress('staging');
      const staged = await stageInteractions(tx, { afterId, upToId, windowStart, purchases });
      progress('counting');
      await applyPopularity(tx, windowStartDay);
      const change = await applyCoOccurrence(tx, { epochDay, windowStartDay, rebuild });
      if (similar) {
        const rows = [...similar].flatMap(([productId, list]) => list.map((n, rank) => ({ kind: 'SIMILAR', productId, rank, neighbourId: n.productId, score: n.score })));
        await insertRows(tx, 'ProductNeighbour', { kind: '"NeighbourKind"', productId: 'text', rank: 'int', neighbourId: 'text', score: 'float8' }, rows);
      }
      progress('popular lists');
      const popular = await writePopularLists(tx, await readPopularity(tx, { epochDay, today }), categoryOf);
      progress('for you lists');
      const refresh = { upToId, now: input.now, decayFrom: new Date(epochDay * DAY_MS) };
      const visitors = rebuild ? await visitorsWithHistory(tx, refresh) : await staleVisitors(tx);
      await refreshForYouLists(tx, visitors, refresh);
      const watermarks = { epochDay, eventWatermark: upToId, paidWatermark: input.now, updatedAt: input.now };
      await tx.recommendationState.upsert({
        where: { id: 1 },
        create: { id: 1, ...watermarks, rebuiltAt: input.now },
        update: { ...watermarks, ...(rebuild ? { rebuiltAt: input.now } : {}) },
      });
      return { staged, change, popular, visitors: visitors.length, neighbours: await countNeighbours(tx) };
    },
    { timeout: 3_600_000, maxWait: 600_000 },
  );
  if (!result) return null;
  return {
    events: result.staged.events,
    purchases: result.staged.purchases,
    neighbours: result.neighbours,
    rewrittenProducts: result.change.affectedProducts,
    popular: result.popular,
    visitors: result.visitors,
  };
}

async function countNeighbours(sql: Sql): Promise<number> {
  const [row] = await sql.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "ProductNeighbour"`);
  return row?.n ?? 0;
}
