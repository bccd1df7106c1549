// Interval jobs (order expiry, the outbox relay, clearance pricing…) run on a timer in every API
// process. So that each interval runs once across all of them, a run starts only after its
// process has claimed it: one statement moves the job's `startedAt` forward when the last start
// is at least (almost) an interval old, and exactly one claimant sees its row come back.
import { Prisma, type PrismaClient } from '@tandem/db';

// A claim comes due a little before the full interval, so a process whose timer fires a few
// milliseconds early is not turned away and the job does not slip to the next tick.
const EARLY_FRACTION = 0.9;

/**
 * Claims this interval's run of job `name` (every `intervalMs`): true for exactly one caller
 * per interval, whichever process it is in, false for the others.
 *
 * @example if (await claimIntervalRun(prisma, 'order expiry', 60_000)) await expireUnpaidOrders(prisma, now)
 */
export async function claimIntervalRun(prisma: PrismaClient, name: string, intervalMs: number): Promise<boolean> {
  const dueAfterMs = Math.floor(intervalMs * EARLY_FRACTION);
  const claimed = await prisma.$queryRaw<{ name: string }[]>(Prisma.sql`
    INSERT INTO "IntervalJobRun" (name, "startedAt", runs) VALUES (${name}, LOCALTIMESTAMP, 1)
    ON CONFLICT (name) DO UPDATE SET "startedAt" = LOCALTIMESTAMP, runs = "IntervalJobRun".runs + 1
     WHERE "IntervalJobRun"."startedAt" <= LOCALTIMESTAMP - ${dueAfterMs} * interval '1 millisecond'
    RETURNING name`);
  return claimed.length === 1;
}
