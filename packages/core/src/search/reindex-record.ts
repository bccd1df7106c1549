// The record of full rebuilds ("SearchReindex"): one row per rebuild with its progress, written
// as it goes so the admin's search page (any process) can follow a rebuild another process runs
// (`pnpm search:reindex`, the API's start-up), and why the last one failed.
import type { PrismaClient } from '@tandem/db';

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
  progress(done: number, total: number): Promise<void>;
  finish(done: number, total: number): Promise<void>;
  fail(error: unknown): Promise<void>;
}

/** Opens the row of a rebuild that starts now. */
export async function openReindexRecord(prisma: PrismaClient, engine: string, total: number): Promise<ReindexRecord> {
  const { id } = await prisma.searchReindex.create({ data: { engine, total }, select: { id: true } });
  const update = (data: { state?: ReindexState; done?: number; total?: number; error?: string; finishedAt?: Date }) =>
    prisma.searchReindex.update({ where: { id }, data: { ...data, updatedAt: new Date() } }).then(() => {});
  return {
    progress: (done, total) => update({ done, total }),
    finish: (done, total) => update({ state: 'DONE', done, total, finishedAt: new Date() }),
    fail: (error) => update({ state: 'FAILED', error: reindexErrorText(error), finishedAt: new Date() }),
  };
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
