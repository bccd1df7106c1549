// How the e-mail outbox stands, for the operator's metrics (apps/api/src/metrics.ts): e-mails
// waiting for the relay and those whose last try failed. Both are unsent rows, which the
// (sentAt, createdAt) index finds without reading the delivered history.
import type { PrismaClient } from '@tandem/db';

/** Unsent e-mails at one moment, split by whether a try has failed yet. */
export interface OutboxStats {
  /** Waiting for their first try. */
  queued: number;
  /** Their last try failed: retried after a back-off, or given up at the maximum. */
  failed: number;
}

/**
 * Counts the outbox's unsent e-mails, with the same split as the admin's sent-e-mail list
 * (sent-emails.ts: an unsent row with an error is failed).
 *
 * @example const { queued, failed } = await readOutboxStats(prisma)
 */
export async function readOutboxStats(prisma: PrismaClient): Promise<OutboxStats> {
  const [row] = await prisma.$queryRaw<{ queued: bigint; failed: bigint }[]>`
    SELECT count(*) FILTER (WHERE "lastError" IS NULL) AS queued, count(*) FILTER (WHERE "lastError" IS NOT NULL) AS failed
      FROM "OutboxEmail" WHERE "sentAt" IS NULL`;
  return { queued: Number(row?.queued ?? 0), failed: Number(row?.failed ?? 0) };
}
