// The in-process job worker: runs every context's durable jobs (search sync today) on the
// store's database. More workers, in this or other processes, may share the queue.
import { createJobWorker, type JobHandler } from '@tandem/core/jobs';
import type { PrismaClient } from '@tandem/db';

export function startJobWorker(prisma: PrismaClient, handlers: Record<string, JobHandler>, pollIntervalMs: number): () => Promise<void> {
  const worker = createJobWorker(prisma, {
    handlers,
    pollIntervalMs,
    onError: (job, error, outcome) =>
      console.error(`job ${job.id} (${job.kind}, attempt ${job.attempt}/${job.maxAttempts}) failed${outcome === 'dead' ? ' for the last time' : ', will retry'}:`, error),
  });
  return worker.start();
}
