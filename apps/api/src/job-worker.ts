// The in-process job worker: runs every context's durable jobs (search sync today) on the
// store's database. More workers, in this or other processes, may share the queue.
import { createJobWorker, JOB_CHANNEL, type JobBatchHandler, type JobHandler } from '@tandem/core/jobs';
import type { Database } from '@tandem/db';
import { log } from './logger.ts';

/**
 * Starts the worker, woken by NOTIFY on the job channel (new jobs from this process or any
 * other, at commit) and polling every `pollIntervalMs` as the safety net. Resolves to the
 * function that stops both.
 */
export async function startJobWorker(db: Database, handlers: Record<string, JobHandler | JobBatchHandler>, pollIntervalMs: number): Promise<() => Promise<void>> {
  const worker = createJobWorker(db.prisma, {
    handlers,
    pollIntervalMs,
    onError: (job, error, outcome) =>
      log.error({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempt, maxAttempts: job.maxAttempts, outcome }, `job ${job.id} (${job.kind}, attempt ${job.attempt}/${job.maxAttempts}) failed${outcome === 'dead' ? ' for the last time' : ', will retry'}`),
  });
  const stop = worker.start();
  const unlisten = await db.listen(JOB_CHANNEL, () => worker.notify()).catch((error: unknown) => {
    log.error({ err: error }, 'job worker: cannot LISTEN for new jobs, polling only');
    return async () => {};
  });
  return async () => {
    await unlisten();
    await stop();
  };
}
