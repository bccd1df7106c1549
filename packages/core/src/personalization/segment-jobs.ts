// Segments recomputed as a durable job: staff (or the API's start-up and interval) ask for a
// run, the job queue runs it on whichever process claims it, and the run row carries its
// progress for the admin's progress bar. All segment jobs share one key, so two never run at
// once, across every process.
import { Prisma, type PrismaClient } from '@tandem/db';
import { enqueueJob, type JobHandler } from '../jobs/index.ts';
import { recomputeSegments, SEGMENT_STEPS } from './recompute-segments.ts';

/** The job kind of a segments recompute; its payload is `{ runId }`. */
export const SEGMENTS_RECOMPUTE_JOB = 'personalization.recompute-segments';
/** One key for every segments job: the queue runs one at a time, in order. */
const SEGMENTS_JOB_KEY = 'personalization:segments';
/** The PersonalizationRun kind of a segments recompute. */
export const SEGMENTS_RUN_KIND = 'segments';
/** Serializes requests, so two staff clicking at once share one run (any fixed number will do). */
const REQUEST_LOCK = 7_319_004;
/** A run open longer than this lost its process for good (the job went DEAD): a request starts anew. */
const STALE_RUN_MS = 3_600_000;

export interface SegmentRunRequest {
  runId: string;
  /** False when a run was already queued or running and this request joined it. */
  queued: boolean;
}

/**
 * Queues a segments recompute, or returns the run already waiting or running: asking twice
 * never computes twice. `delayMs` lets the API's start-up wait for demo data.
 *
 * @example const { runId } = await requestSegmentRecompute(prisma); // then poll segmentRun(prisma, runId)
 */
export async function requestSegmentRecompute(prisma: PrismaClient, options: { delayMs?: number } = {}): Promise<SegmentRunRequest> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${REQUEST_LOCK})`);
    const open = await tx.personalizationRun.findFirst({ where: { kind: SEGMENTS_RUN_KIND, status: { in: ['queued', 'running'] }, startedAt: { gte: new Date(Date.now() - STALE_RUN_MS) } }, orderBy: { startedAt: 'desc' }, select: { id: true } });
    if (open) return { runId: open.id, queued: false };
    const run = await tx.personalizationRun.create({ data: { kind: SEGMENTS_RUN_KIND, status: 'queued', total: SEGMENT_STEPS } });
    await enqueueJob(tx, { kind: SEGMENTS_RECOMPUTE_JOB, key: SEGMENTS_JOB_KEY, payload: { runId: run.id }, delayMs: options.delayMs, maxAttempts: 3 });
    return { runId: run.id, queued: true };
  });
}

/** The handler the API's long-job worker registers: runs the computation and records progress. */
export function segmentJobHandlers(prisma: PrismaClient, options: { now?: () => Date; onDone?: (summary: string) => void } = {}): Record<string, JobHandler> {
  const now = options.now ?? (() => new Date());
  return {
    [SEGMENTS_RECOMPUTE_JOB]: async (payload) => {
      const runId = (payload as { runId?: unknown }).runId;
      if (typeof runId !== 'string') throw new Error('A segments job needs a runId.');
      await prisma.personalizationRun.update({ where: { id: runId }, data: { status: 'running', processed: 0, error: null, finishedAt: null } });
      try {
        const result = await recomputeSegments(prisma, {
          now: now(),
          runId,
          onProgress: async (processed, total) => void (await prisma.personalizationRun.update({ where: { id: runId }, data: { processed, total } })),
        });
        await prisma.personalizationRun.update({ where: { id: runId }, data: { status: 'done', finishedAt: new Date() } });
        options.onDone?.(`Segments recomputed for ${result.customers} customer(s) in ${result.ms.toFixed(0)} ms.`);
      } catch (error) {
        // Staff see that it failed; the details stay in the job row and the log.
        await prisma.personalizationRun.update({ where: { id: runId }, data: { status: 'failed', error: 'The computation failed; it is retried automatically.', finishedAt: new Date() } });
        throw error;
      }
    },
  };
}
