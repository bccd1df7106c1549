// Test helper: runs the order events that are waiting in the job queue with the real
// subscribers (the same registry the API's worker uses), until none is left. Tests that check
// a commission or an e-mail after an order change call it first, as the worker would.
import { createJobWorker, enqueueJob } from '@tandem/core/jobs';
import { ORDER_EVENT_JOB } from '@tandem/core/orders';
import type { Prisma, PrismaClient } from '@tandem/db';
import { TEST_STOREFRONT_URL } from '@tandem/db/testing';
import { orderEventHandlers } from '../order-event-subscribers.ts';

/** Runs every due order-event job (and the jobs they queue); a failing handler fails the test. */
export async function runOrderEventJobs(prisma: PrismaClient): Promise<number> {
  const failures: unknown[] = [];
  const worker = createJobWorker(prisma, { handlers: orderEventHandlers(prisma, { storefrontUrl: TEST_STOREFRONT_URL }), onError: (_job, error) => failures.push(error) });
  let ran = 0;
  for (let round = await worker.runOnce(); round > 0; round = await worker.runOnce()) ran += round;
  if (failures.length) throw failures[0];
  return ran;
}

/**
 * Queues every subscriber job an order's events made once more (a redelivery) and runs them;
 * returns how many were queued again. Handlers must have no second effect.
 */
export async function redeliverOrderEventJobs(prisma: PrismaClient, orderId: string): Promise<number> {
  const jobs = await prisma.job.findMany({ where: { key: { startsWith: `order:${orderId}:` }, kind: { not: ORDER_EVENT_JOB } }, orderBy: { id: 'asc' } });
  for (const job of jobs) await enqueueJob(prisma, { kind: job.kind, key: job.key, payload: job.payload as Prisma.InputJsonValue });
  const ran = await runOrderEventJobs(prisma);
  if (ran !== jobs.length) throw new Error(`Queued ${jobs.length} job(s) again but ${ran} ran`);
  return jobs.length;
}
