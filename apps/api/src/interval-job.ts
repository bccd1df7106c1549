// Runs an idempotent background task on an interval, never two runs of it at once, and once per
// interval across every API process: each process's timer fires, but only the one that claims
// the interval in the database runs it (claimIntervalRun). The tasks keep their state in the
// database (claims, receipts, sent marks), so a crash loses nothing: the next run, here or in
// another process, picks up where this one stopped.
import { claimIntervalRun } from '@tandem/core/jobs';
import type { PrismaClient } from '@tandem/db';
import { log } from './logger.ts';

/** Stops the timer; resolves when a run under way has finished (graceful shutdown waits for it). */
export type StopIntervalJob = () => Promise<void>;

/**
 * Starts job `name`: every `intervalMs`, if this process claims the interval, `run()`, whose
 * count `describe` turns into a log line (nothing is logged for 0).
 *
 * @example startIntervalJob(db.prisma, 'order expiry', 60_000, () => expireUnpaidOrders(db.prisma, new Date()), (n) => `Released ${n} order(s).`)
 */
export function startIntervalJob(prisma: PrismaClient, name: string, intervalMs: number, run: () => Promise<number>, describe: (count: number) => string): StopIntervalJob {
  const jobLog = log.child({ job: name });
  let running: Promise<void> | null = null;
  const tick = async () => {
    if (!(await claimIntervalRun(prisma, name, intervalMs))) return;
    const count = await run();
    if (count) jobLog.info(describe(count));
  };
  const timer = setInterval(() => {
    if (running) return;
    running = tick()
      .catch((error: unknown) => jobLog.error({ err: error }, `${name} failed`))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
