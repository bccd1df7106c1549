// Test helper: runs the order events that are waiting in the job queue with the real
// subscribers (the same registry the API's worker uses), until none is left. Tests that check
// a commission or an e-mail after an order change call it first, as the worker would.
import { createJobWorker } from '@tandem/core/jobs';
import type { PrismaClient } from '@tandem/db';
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
