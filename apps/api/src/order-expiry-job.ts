// Releases the stock of unpaid orders whose reservation ran out. Every run is idempotent (a
// cancel claims the order and its stock release once), so a crash loses nothing: the next run,
// here or in another process, picks up where this one stopped.
import { expireUnpaidOrders } from '@tandem/core/orders';
import type { PrismaClient } from '@tandem/db';

export function startOrderExpiryJob(prisma: PrismaClient, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    expireUnpaidOrders(prisma)
      .then((count) => {
        if (count) console.log(`Released the stock of ${count} unpaid order(s) past their reservation.`);
      })
      .catch((error: unknown) => console.error('order expiry job failed:', error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
