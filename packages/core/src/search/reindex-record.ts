// The record of full rebuilds ("SearchReindex"): one row per rebuild with its progress, written
// as it goes so the admin's search page (any process) can follow a rebuild another process runs
// (`pnpm search:reindex`, the API's start-up), and why the last one failed. Opening a row is a
// claim: one rebuild at a time across every process, and a row whose heartbeat stopped (its
// process died) no longer blocks the next one.
import type { Prisma, PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';

/** A running rebuild writes its row at least this often (progress or heartbeat). */
export const REINDEX_HEARTBEAT_MS = 20_000;
/** A RUNNING row not written for this long belongs to a process that stopped: it is marked FAILED. */
export const REINDEX_LEASE_MS = 120_000;
const ABANDONED = 'Stopped before it finished: the process running it ended (crash or restart).';

/** Thrown when a rebuild is asked for while another one runs, in this process or another. */
export class ReindexRunningError extends DomainError {
  constructor(readonly startedAt: Date) {
    super('conflict', 'A search index rebuild is already running; wait for it to finish.');
  }
}

/** The states of a rebuild (the ReindexState enum). */
export type ReindexState = 'RUNNING' | 'DONE' | 'FAILED';

/** A rebuild as the admin sees it. */
export interface ReindexView {
  engine: string;
  state: ReindexState;
  done: number;
  total: number;
  /** The engine's reason when it failed. */
  error: string | null;
  /** ISO timestamps. */
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface ReindexRecord {
  /** The row's id (the audit log names it). */
  id: bigint;
  progress(done: number, total: number): Promise<void>;
  /** Tells other processes the rebuild is still alive while nothing else is written. */
  heartbeat(): Promise<void>;
  finish(done: number, total: number): Promise<void>;
  fail(error: unknown): Promise<void>;
}

export interface ClaimOptions {
  /** The clock (tests move it past the lease). */
  now?: () => Date;
  /** Writes that belong with the claim, in its transaction (the audit entry of the admin's button). */
  inClaim?: (tx: Prisma.TransactionClient, reindexId: bigint) => Promise<void>;
}

/**
 * Opens the row of a rebuild that starts now, or throws ReindexRunningError while another
 * rebuild's row is RUNNING and alive. Rows whose process stopped are marked FAILED first. The
 * check and the insert run under one advisory lock, so two processes never both get a row.
 */
export async function claimReindex(prisma: PrismaClient, engine: string, total: number, options: ClaimOptions = {}): Promise<ReindexRecord> {
  const now = options.now ?? (() => new Date());
  const id = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('tandem.search-reindex'))`;
    const at = now();
    await tx.searchReindex.updateMany({
      where: { state: 'RUNNING', updatedAt: { lt: new Date(at.getTime() - REINDEX_LEASE_MS) } },
      data: { state: 'FAILED', error: ABANDONED, finishedAt: at },
    });
    const running = await tx.searchReindex.findFirst({ where: { state: 'RUNNING' }, select: { startedAt: true } });
    if (running) throw new ReindexRunningError(running.startedAt);
    const { id } = await tx.searchReindex.create({ data: { engine, total, startedAt: at, updatedAt: at }, select: { id: true } });
    await options.inClaim?.(tx, id);
    return id;
  });
  const update = (data: { state?: ReindexState; done?: number; total?: number; error?: string; finishedAt?: Date }) =>
    prisma.searchReindex.update({ where: { id }, data: { ...data, updatedAt: now() } }).then(() => {});
  return {
    id,
    progress: (done, total) => update({ done, total }),
    heartbeat: () => update({}),
    finish: (done, total) => update({ state: 'DONE', done, total, finishedAt: now() }),
    fail: (error) => update({ state: 'FAILED', error: reindexErrorText(error), finishedAt: now() }),
  };
}

/** Whether a rebuild is running now, in any process (a RUNNING row written within the lease). */
export async function reindexRunning(prisma: PrismaClient, now: Date = new Date()): Promise<boolean> {
  const alive = await prisma.searchReindex.count({ where: { state: 'RUNNING', updatedAt: { gte: new Date(now.getTime() - REINDEX_LEASE_MS) } } });
  return alive > 0;
}

/** The latest rebuild, or null when the index was never rebuilt in full. */
export async function latestReindex(prisma: PrismaClient): Promise<ReindexView | null> {
  const row = await prisma.searchReindex.findFirst({ orderBy: { id: 'desc' } });
  if (!row) return null;
  return {
    engine: row.engine,
    state: row.state,
    done: row.done,
    total: row.total,
    error: row.error,
    startedAt: row.startedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * What the admin may read of a failure: the engine's code and message, with any URL replaced
 * (a connection error names the server's address), at most 1,000 characters.
 */
export function reindexErrorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '<search engine>').slice(0, 1_000);
}
