// The in-process job worker: runs every context's durable jobs (search sync today) on the
// store's database. More workers, in this or other processes, may share the queue.
import { createJobWorker, JOB_CHANNEL, onJobsEnqueuedLocally, type JobBatchHandler, type JobHandler } from '@tandem/core/jobs';
import type { Database } from '@tandem/db';
import { log } from './logger.ts';

/** How often a worker that cannot LISTEN polls instead. */
const POLL_WITHOUT_NOTIFY_MS = 200;

/**
 * Starts the worker, woken by NOTIFY on the job channel (new jobs from this process or any
 * other, at commit; a job freed by the end of the one before it), by this process's jobs
 * committed without one (a placed order's event) and by its next job's due time,
 * polling every `pollIntervalMs` as the safety net for a lost notification. Without LISTEN it
 * polls every 200 ms. Resolves to the function that stops both.
 */
export async function startJobWorker(db: Database, handlers: Record<string, JobHandler | JobBatchHandler>, pollIntervalMs: number): Promise<() => Promise<void>> {
  let notify = () => {};
  // After a reconnect, a round finds what was enqueued while the connection was down.
  const unlisten = await db.listen(JOB_CHANNEL, () => notify(), () => notify()).catch((error: unknown) => {
    log.error({ err: error }, 'job worker: cannot LISTEN for new jobs, polling every 200 ms');
    return null;
  });
  const worker = createJobWorker(db.prisma, {
    handlers,
    pollIntervalMs: unlisten ? pollIntervalMs : Math.min(pollIntervalMs, POLL_WITHOUT_NOTIFY_MS),
    onError: (job, error, outcome) =>
      log.error({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempt, maxAttempts: job.maxAttempts, outcome }, `job ${job.id} (${job.kind}, attempt ${job.attempt}/${job.maxAttempts}) failed${outcome === 'dead' ? ' for the last time' : ', will retry'}`),
  });
  notify = () => worker.notify();
  // Jobs this process committed without a NOTIFY (a placed order's event: local-wake.ts).
  const unsubscribe = onJobsEnqueuedLocally(() => worker.notify());
  const stop = worker.start();
  return async () => {
    unsubscribe();
    await unlisten?.();
    await stop();
  };
}
