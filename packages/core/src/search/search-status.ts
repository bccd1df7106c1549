// How search is doing, for the admin's search page and /health: the engine's own figures and
// failures (a Meilisearch task that failed), how far the index trails the catalog (sync jobs
// still waiting), the sync jobs that failed with the error they recorded, and the latest full
// rebuild's progress or failure (issue #18).
import type { PrismaClient } from '@tandem/db';
import type { EngineFailure, SearchEngine } from '@tandem/search/port';
import { latestReindex, type ReindexView } from './reindex-record.ts';
import { SEARCH_SYNC_JOB } from './search-jobs.ts';

const RECENT_FAILED_SYNCS = 5;

/** A sync job that failed: it retries later, or gave up after its last attempt. */
export interface FailedSearchSync {
  productId: string | null;
  attempts: number;
  gaveUp: boolean;
  /** The error the job recorded (for Meilisearch, the task's code and message). */
  error: string;
  /** ISO timestamp: when it gave up, or when it runs again. */
  at: string;
}

export interface SearchStatus {
  engine: string;
  /** False when the engine did not answer; the figures it gives are then null. */
  reachable: boolean;
  documents: number | null;
  /** Writes the engine accepted but has not applied yet. */
  pendingWrites: number | null;
  engineFailures: EngineFailure[];
  /** Sync jobs waiting to run (catalog changes not yet searchable). */
  waitingSyncs: number;
  /** Age of the oldest waiting sync in seconds, 0 when none waits: how far search trails. */
  lagSeconds: number;
  failedSyncs: FailedSearchSync[];
  /** The latest full rebuild (running, done or failed), null when there was none. */
  reindex: ReindexView | null;
}

/**
 * Reads the engine's status and the sync queue. An engine that does not answer is reported,
 * not thrown: `logFailure` gets the reason (it may name hosts), the report only says so.
 *
 * @example
 * const status = await readSearchStatus(prisma, engine, new Date(), console.error);
 */
export async function readSearchStatus(prisma: PrismaClient, engine: SearchEngine, now: Date, logFailure: (error: unknown) => void): Promise<SearchStatus> {
  const [engineStatus, waiting, oldest, failed, reindex] = await Promise.all([
    engine.status().catch((error: unknown) => {
      logFailure(error);
      return null;
    }),
    prisma.job.count({ where: { kind: SEARCH_SYNC_JOB, state: { in: ['PENDING', 'RUNNING'] } } }),
    prisma.job.findFirst({ where: { kind: SEARCH_SYNC_JOB, state: { in: ['PENDING', 'RUNNING'] } }, orderBy: { id: 'asc' }, select: { createdAt: true } }),
    prisma.job.findMany({
      where: { kind: SEARCH_SYNC_JOB, lastError: { not: null }, state: { in: ['PENDING', 'DEAD'] } },
      orderBy: { id: 'desc' },
      take: RECENT_FAILED_SYNCS,
      select: { payload: true, attempts: true, state: true, lastError: true, runAt: true, finishedAt: true },
    }),
    latestReindex(prisma),
  ]);
  return {
    engine: engine.name,
    reachable: engineStatus !== null,
    documents: engineStatus?.documents ?? null,
    pendingWrites: engineStatus?.pendingWrites ?? null,
    engineFailures: engineStatus?.recentFailures ?? [],
    waitingSyncs: waiting,
    lagSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.createdAt.getTime()) / 1000)) : 0,
    failedSyncs: failed.map((job) => ({
      productId: productIdOf(job.payload),
      attempts: job.attempts,
      gaveUp: job.state === 'DEAD',
      error: job.lastError ?? '',
      at: (job.finishedAt ?? job.runAt).toISOString(),
    })),
    reindex,
  };
}

function productIdOf(payload: unknown): string | null {
  const { productId } = (payload ?? {}) as { productId?: unknown };
  return typeof productId === 'string' ? productId : null;
}
