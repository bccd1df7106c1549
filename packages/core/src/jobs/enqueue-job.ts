// Enqueueing is a plain INSERT: called with the writer's transaction client, the job commits or
// rolls back with the change that caused it (transactional outbox).
import { Prisma, type PrismaClient } from '@tandem/db';

type Sql = Pick<PrismaClient, '$queryRaw'>;

export interface NewJob {
  /** Which handler runs it, e.g. "search.sync-product". */
  kind: string;
  /** Jobs of one key run one at a time, oldest first (e.g. "product:<id>"). */
  key: string;
  payload?: Prisma.InputJsonValue;
  /** Earliest start, in ms from now (default 0). */
  delayMs?: number;
  /** Attempts before the job is DEAD (default 8). */
  maxAttempts?: number;
  /**
   * Wake the workers with a NOTIFY (default true). False is for hot writes: PostgreSQL makes a
   * transaction that notified take one database-wide lock at commit and hold it through the
   * commit's WAL flush, so such commits cannot be flushed together and queue one behind the
   * other. The writer then calls `announceJobEnqueuedLocally` after its commit (local-wake.ts),
   * else the job waits for a worker's safety poll.
   */
  wake?: boolean;
}

/** The channel a NOTIFY goes out on for every new job (payload: its kind); workers listen on it. */
export const JOB_CHANNEL = 'tandem_jobs';

/**
 * Adds a job; returns its id. Use the caller's transaction client to tie it to the change.
 * Unless `wake` is false, also notifies JOB_CHANNEL, which PostgreSQL delivers when that
 * transaction commits.
 */
export async function enqueueJob(sql: Sql, job: NewJob): Promise<string> {
  const insert = jobInsertSql(job);
  const rows = await sql.$queryRaw<{ id: bigint }[]>(
    job.wake === false ? insert : Prisma.sql`WITH j AS (${insert}) SELECT j.id FROM j, LATERAL (SELECT pg_notify(${JOB_CHANNEL}, j.kind)) n`,
  );
  return String(rows[0]!.id);
}

/**
 * The job's INSERT (`RETURNING id, kind`), without a NOTIFY, for a hot write that sends it as a
 * data-modifying CTE of its own statement to save a round trip; the writer then announces the
 * job after its commit (`wake: false`'s contract).
 *
 * @example await tx.$queryRaw`WITH job AS (${jobInsertSql(job)}) INSERT INTO "OrderEvent" … RETURNING …`
 */
export function jobInsertSql(job: Omit<NewJob, 'wake'>): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "Job" (kind, key, payload, "maxAttempts", "runAt")
    VALUES (${job.kind}, ${job.key}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${job.maxAttempts ?? 8},
            LOCALTIMESTAMP + ${job.delayMs ?? 0} * interval '1 millisecond')
    RETURNING id, kind`;
}
