// Affiliate commissions follow a referred order's life through the order's events (published
// by the orders context, delivered by the job queue): paid → commissions earned; refunded →
// shrunk to what was kept; cancelled → clawed back. Each handler is idempotent (a job may run
// twice): earning checks for existing rows, and reversals only ever move to a computed target.
import type { PrismaClient } from '@tandem/db';
import type { OrderEventSubscriber } from '../../orders/index.ts';
import { adjustCommissionsForRefund, clawBackOrderCommissions, recordOrderCommissions } from './commissions.ts';

/** The subscriber the composition root registers for order events. */
export function orderCommissionSubscriber(prisma: PrismaClient): OrderEventSubscriber {
  return {
    name: 'affiliate-commissions',
    on: {
      paid: async (event) => {
        await prisma.$transaction((tx) => recordOrderCommissions(tx, event.orderId, new Date(event.at)));
      },
      refunded: (event) => prisma.$transaction((tx) => adjustCommissionsForRefund(tx, event.orderId)),
      cancelled: (event) => prisma.$transaction((tx) => clawBackOrderCommissions(tx, event.orderId)),
    },
  };
}
