// The order's domain events: what happened to an order that other contexts react to (affiliate
// commissions, e-mails), without the orders context calling them. Publishing is a write in the
// caller's transaction (the timeline entry and one dispatch job), so an event exists exactly
// when its change committed. The dispatch job gives every subscriber its own job: a failing
// subscriber retries alone, and one subscriber sees one order's events in the order they
// happened (its jobs share the key `order:<id>:<subscriber>`). Jobs run at least once, so every
// subscriber's handlers must be idempotent. Which subscribers exist is decided by the
// composition root (packages/api `orderEventSubscribers`), never here.
import type { Prisma, PrismaClient, ReturnStatus } from '@tandem/db';
import { enqueueJob, jobInsertSql, type JobHandler, type NewJob } from '../jobs/index.ts';
import { addTimelineEntry, addTimelineEntryWith, type TimelineEntry, type TimelineRow } from './order-timeline.ts';
import type { PickupLocation } from './pickup-location.ts';
import type { Shipment } from './types.ts';

/** Something that happened to an order; `at` is an ISO time (events travel as job payloads). */
export type OrderEvent =
  | { type: 'placed'; orderId: string; at: string }
  | { type: 'paid'; orderId: string; at: string }
  /**
   * `amount` was refunded now; `refundedTotal` is the payment's refunded total after it (it only
   * grows, so it names this refund); `returnId` when the refund pays back that return.
   */
  | { type: 'refunded'; orderId: string; at: string; amount: number; refundedTotal: number; returnId?: string }
  /** `reason` is told to the shopper: why the order was cancelled, in a sentence. */
  | { type: 'cancelled'; orderId: string; at: string; reason: string }
  | { type: 'fulfilled'; orderId: string; at: string; shipment: Shipment }
  /** A collect-in-store order waits at `location` for its shopper. */
  | { type: 'ready_for_pickup'; orderId: string; at: string; location: PickupLocation }
  /** A return of the order moved to `status` (requested, approved, rejected, received, refunded). */
  | { type: 'return_updated'; orderId: string; at: string; returnId: string; status: ReturnStatus };

export type OrderEventType = OrderEvent['type'];

/** A subscriber's reaction per event type; types it does not name are not sent to it. */
export type OrderEventHandlers = { [T in OrderEventType]?: (event: Extract<OrderEvent, { type: T }>) => Promise<void> };

/**
 * A context that reacts to order events.
 *
 * @example const commissions: OrderEventSubscriber = { name: 'affiliate-commissions', on: { paid: (e) => …, refunded: (e) => … } };
 */
export interface OrderEventSubscriber {
  /** Names its jobs (`orders.event.<name>`), so it must stay stable while jobs are queued. */
  name: string;
  on: OrderEventHandlers;
}

/** The job that hands one published event to each subscriber. */
export const ORDER_EVENT_JOB = 'orders.event';

const TYPES: ReadonlySet<string> = new Set<OrderEventType>(['placed', 'paid', 'refunded', 'cancelled', 'fulfilled', 'ready_for_pickup', 'return_updated']);

/**
 * Publishes `event` in the caller's transaction: records `entry` on the order's timeline (null
 * when the change already recorded its entry under another name) and queues its dispatch.
 * Answers the timeline row it added, if any. `wake: false` is for the hot write of placing an
 * order: its job goes without a NOTIFY (which would make every order's commit queue on
 * PostgreSQL's one NOTIFY lock, held through the commit's flush), and the caller announces it
 * with `announceJobEnqueuedLocally(ORDER_EVENT_JOB)` after the commit; the entry and the job then
 * go in one statement (a round trip less on that hot path).
 */
export async function publishOrderEvent(tx: Prisma.TransactionClient, event: OrderEvent, entry: TimelineEntry | null, { wake = true }: { wake?: boolean } = {}): Promise<TimelineRow | null> {
  const job: NewJob = { kind: ORDER_EVENT_JOB, key: `order:${event.orderId}:events`, payload: event, wake };
  if (entry && !wake) return addTimelineEntryWith(tx, event.orderId, entry, jobInsertSql(job));
  const row = entry ? await addTimelineEntry(tx, event.orderId, entry) : null;
  await enqueueJob(tx, job);
  return row;
}

/** The job kind of one subscriber's share of the events. */
export function subscriberJobKind(subscriber: Pick<OrderEventSubscriber, 'name'>): string {
  return `${ORDER_EVENT_JOB}.${subscriber.name}`;
}

/**
 * The job handlers that deliver order events to `subscribers`: the dispatch (one job per
 * interested subscriber, queued in one transaction) and each subscriber's own job kind.
 */
export function orderEventJobHandlers(prisma: PrismaClient, subscribers: readonly OrderEventSubscriber[]): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {
    [ORDER_EVENT_JOB]: async (payload) => {
      const event = orderEventOf(payload);
      const interested = subscribers.filter((s) => s.on[event.type]);
      await prisma.$transaction(async (tx) => {
        for (const s of interested) await enqueueJob(tx, { kind: subscriberJobKind(s), key: `order:${event.orderId}:${s.name}`, payload: event });
      });
    },
  };
  for (const subscriber of subscribers) {
    handlers[subscriberJobKind(subscriber)] = async (payload) => {
      const event = orderEventOf(payload);
      const handle = subscriber.on[event.type] as ((e: OrderEvent) => Promise<void>) | undefined;
      await handle?.(event);
    };
  }
  return handlers;
}

/** A job payload read back as an event; anything else is a broken job, not an event to guess at. */
function orderEventOf(payload: unknown): OrderEvent {
  const value = payload as Partial<OrderEvent> | null;
  if (!value || typeof value.type !== 'string' || !TYPES.has(value.type) || typeof value.orderId !== 'string' || typeof value.at !== 'string') {
    throw new Error(`Not an order event: ${JSON.stringify(payload)}`);
  }
  return value as OrderEvent;
}
