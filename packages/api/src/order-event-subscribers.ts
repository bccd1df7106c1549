// Who reacts to an order's events: the one registry, at the top of the layer order so that the
// orders context never names its subscribers. The API's job worker runs these handlers
// (apps/api/src/main.ts), and tests drain them with the same list (testing/order-events.ts).
// A new subscriber is one line here plus its context's exported `OrderEventSubscriber`.
import type { JobHandler } from '@tandem/core/jobs';
import { orderEmailSubscriber, orderEventJobHandlers, type OrderEventSubscriber } from '@tandem/core/orders';
import { orderCommissionSubscriber } from '@tandem/core/partners';
import type { PrismaClient } from '@tandem/db';

export interface OrderEventOptions {
  /** Base URL of the storefront, for links in the order e-mails. */
  storefrontUrl: string;
}

/** Every subscriber of order events: affiliate commissions and the shopper's order e-mails. */
export function orderEventSubscribers(prisma: PrismaClient, options: OrderEventOptions): OrderEventSubscriber[] {
  return [orderCommissionSubscriber(prisma), orderEmailSubscriber(prisma, options)];
}

/** The job handlers that deliver order events to every subscriber, for a job worker. */
export function orderEventHandlers(prisma: PrismaClient, options: OrderEventOptions): Record<string, JobHandler> {
  return orderEventJobHandlers(prisma, orderEventSubscribers(prisma, options));
}
