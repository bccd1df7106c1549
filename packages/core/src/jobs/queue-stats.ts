// How the job queue stands, for the operator's metrics (apps/api/src/metrics.ts): how many jobs
// wait, how long the oldest due one has waited, and how many are running or gave up. One
// statement on the (state, runAt, id) index, cheap enough for every scrape.
import type { PrismaClient } from '@tandem/db';

/** The queue at one moment. */
export interface JobQueueStats {
  /** Jobs waiting to run, due or scheduled later. */
  pending: number;
  /** Seconds the oldest due pending job has waited past its run time; 0 when none is due. */
  oldestDueAgeSeconds: number;
  running: number;
  /** Jobs that failed their last attempt and wait for a person. */
  dead: number;
}

/**
 * Counts the queue's jobs by state and ages the oldest due one. Times use LOCALTIMESTAMP, the
 * clock the columns' defaults use (claim-jobs.ts).
 *
 * @example const { pending, oldestDueAgeSeconds } = await readJobQueueStats(prisma)
 */
export async function readJobQueueStats(prisma: PrismaClient): Promise<JobQueueStats> {
  const [row] = await prisma.$queryRaw<{ pending: bigint; running: bigint; dead: bigint; age: number | null }[]>`
    SELECT count(*) FILTER (WHERE state = 'PENDING') AS pending,
           count(*) FILTER (WHERE state = 'RUNNING') AS running,
           count(*) FILTER (WHERE state = 'DEAD') AS dead,
           EXTRACT(EPOCH FROM LOCALTIMESTAMP - min("runAt") FILTER (WHERE state = 'PENDING' AND "runAt" <= LOCALTIMESTAMP))::float8 AS age
      FROM "Job" WHERE state <> 'DONE'`;
  return { pending: Number(row?.pending ?? 0), running: Number(row?.running ?? 0), dead: Number(row?.dead ?? 0), oldestDueAgeSeconds: Math.max(0, row?.age ?? 0) };
}
