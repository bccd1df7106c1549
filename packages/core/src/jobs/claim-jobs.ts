// Claiming, finishing and failing jobs. Times are compared with LOCALTIMESTAMP, the clock the
// columns' defaults use, so triggers, SQL and code agree whatever the session time zone.
import { Prisma, type PrismaClient } from '@tandem/db';
import { backoffDelayMs, type BackoffPolicy } from '../shared/index.ts';
import { JOB_CHANNEL } from './enqueue-job.ts';

export interface ClaimedJob {
  id: string;
  kind: string;
  key: string;
  payload: unknown;
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
}

/**
 * Claims up to `limit` runnable jobs of the given kinds for `workerId`. A job is runnable when
 * it is due and no older job of its key is still pending or running, so one key's jobs run one
 * at a time and in order. A RUNNING job whose lease ran out (its worker died) is claimed again.
 * FOR UPDATE SKIP LOCKED lets any number of workers claim side by side without waiting.
 */
export async function claimJobs(prisma: PrismaClient, workerId: string, kinds: string[], limit: number, leaseMs: number): Promise<ClaimedJob[]> {
  const rows = await prisma.$queryRaw<{ id: bigint; kind: string; key: string; payload: unknown; attempts: number; maxAttempts: number }[]>(Prisma.sql`
    UPDATE "Job" j SET state = 'RUNNING', "lockedAt" = LOCALTIMESTAMP, "lockedBy" = ${workerId}, attempts = j.attempts + 1
     WHERE j.id IN (
       SELECT c.id FROM "Job" c
        WHERE c.kind = ANY(${kinds}::text[])
          AND ((c.state = 'PENDING' AND c."runAt" <= LOCALTIMESTAMP)
               OR (c.state = 'RUNNING' AND c."lockedAt" < LOCALTIMESTAMP - ${leaseMs} * interval '1 millisecond'))
          AND NOT EXISTS (SELECT 1 FROM "Job" e WHERE e.key = c.key AND e.id < c.id AND e.state IN ('PENDING', 'RUNNING'))
        ORDER BY c.id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING j.id, j.kind, j.key, j.payload, j.attempts, j."maxAttempts"`);
  return rows
    .map((row) => ({ id: String(row.id), kind: row.kind, key: row.key, payload: row.payload, attempt: row.attempts, maxAttempts: row.maxAttempts }))
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}

/**
 * Marks jobs done, those this worker still holds, in one statement. A pending job of the same
 * key, held back until now, may run: its kind is notified on JOB_CHANNEL, so the worker that
 * runs it (in any process) wakes instead of waiting for its safety poll.
 */
export async function completeJobs(prisma: PrismaClient, jobs: ClaimedJob[], workerId: string): Promise<void> {
  if (!jobs.length) return;
  await prisma.$queryRaw(Prisma.sql`
    WITH done AS (
      UPDATE "Job" SET state = 'DONE', "finishedAt" = LOCALTIMESTAMP, "lockedAt" = NULL, "lockedBy" = NULL
       WHERE id = ANY(${jobs.map((job) => job.id)}::bigint[]) AND state = 'RUNNING' AND "lockedBy" = ${workerId}
      RETURNING key)
    ${notifySuccessors}`);
}

/** After a CTE `done` (the keys of jobs that stopped holding their key): NOTIFY the kinds of the jobs now free to run. */
const notifySuccessors = Prisma.sql`
    SELECT count(*)::int AS woken
      FROM (SELECT DISTINCT n.kind FROM "Job" n WHERE n.key IN (SELECT key FROM done) AND n.state = 'PENDING') k,
           LATERAL (SELECT pg_notify(${JOB_CHANNEL}, k.kind)) w`;

/**
 * How long until one of `kinds`' jobs may be claimed, in ms: 0 when one is due now, null when
 * none waits. A job held back by an older one of its key counts from when that one finishes
 * (completeJobs notifies then); a RUNNING job counts from when its lease runs out.
 */
export async function msUntilNextJob(prisma: PrismaClient, kinds: string[], leaseMs: number): Promise<number | null> {
  const rows = await prisma.$queryRaw<{ ms: number | null }[]>(Prisma.sql`
    SELECT (EXTRACT(EPOCH FROM (min(at) - LOCALTIMESTAMP)) * 1000)::float8 AS ms FROM (
      SELECT min(c."runAt") AS at FROM "Job" c
       WHERE c.kind = ANY(${kinds}::text[]) AND c.state = 'PENDING'
         AND NOT EXISTS (SELECT 1 FROM "Job" e WHERE e.key = c.key AND e.id < c.id AND e.state IN ('PENDING', 'RUNNING'))
      UNION ALL
      SELECT min(r."lockedAt") + ${leaseMs} * interval '1 millisecond' FROM "Job" r
       WHERE r.kind = ANY(${kinds}::text[]) AND r.state = 'RUNNING') due`);
  // Not GREATEST(0, …) in SQL: it skips NULL, which made "nothing waits" read as "due now".
  const ms = rows[0]?.ms;
  return ms === null || ms === undefined ? null : Math.max(0, ms);
}

/** Schedules the next attempt after the backoff, or marks the job DEAD after its last attempt. */
export async function failJob(prisma: PrismaClient, job: ClaimedJob, workerId: string, error: unknown, backoff: BackoffPolicy): Promise<'retry' | 'dead'> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const dead = job.attempt >= job.maxAttempts;
  await prisma.$queryRaw(Prisma.sql`
    WITH done AS (
    UPDATE "Job" SET
      state = ${dead ? 'DEAD' : 'PENDING'}::"JobState",
      "lastError" = ${message.slice(0, 4_000)},
      "runAt" = LOCALTIMESTAMP + ${dead ? 0 : backoffDelayMs(job.attempt, backoff)} * interval '1 millisecond',
      "finishedAt" = ${dead ? Prisma.sql`LOCALTIMESTAMP` : Prisma.sql`NULL`},
      "lockedAt" = NULL, "lockedBy" = NULL
     WHERE id = ${BigInt(job.id)} AND state = 'RUNNING' AND "lockedBy" = ${workerId}
    RETURNING key, state)
    -- A retry keeps its key; a DEAD job lets the next one of its key run.
    ${notifySuccessors} WHERE EXISTS (SELECT 1 FROM done WHERE done.state = 'DEAD')`);
  return dead ? 'dead' : 'retry';
}

/** Deletes DONE jobs finished more than `olderThanMs` ago; DEAD ones stay for people to read. */
export async function pruneDoneJobs(prisma: PrismaClient, olderThanMs: number): Promise<number> {
  return prisma.$executeRaw(Prisma.sql`
    DELETE FROM "Job" WHERE state = 'DONE' AND "finishedAt" < LOCALTIMESTAMP - ${olderThanMs} * interval '1 millisecond'`);
}
