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
}

/** Adds a job; returns its id. Use the caller's transaction client to tie it to the change. */
export async function enqueueJob(sql: Sql, job: NewJob): Promise<string> {
  const rows = await sql.$queryRaw<{ id: bigint }[]>(Prisma.sql`
    INSERT INTO "Job" (kind, key, payload, "maxAttempts", "runAt")
    VALUES (${job.kind}, ${job.key}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${job.maxAttempts ?? 8},
            LOCALTIMESTAMP + ${job.delayMs ?? 0} * interval '1 millisecond')
    RETURNING id`);
  return String(rows[0]!.id);
}
