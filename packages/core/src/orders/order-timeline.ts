// An order's timeline: one OrderEvent row per thing that happened to it, read by the shopper's
// and the admin's order pages. Only the orders context writes these rows; other contexts add
// their own entries (a group buy's join, its final price) through `addTimelineEntry`.
import type { Prisma } from '@tandem/db';

/** One line of the timeline: its type (e.g. "paid", "group_buy_joined") and details. */
export interface TimelineEntry {
  type: string;
  data?: Prisma.InputJsonValue;
  /** When it happened; the database's clock when absent. */
  at?: Date;
}

/** A timeline entry as it is stored. */
export interface TimelineRow {
  type: string;
  createdAt: Date;
  data: Prisma.JsonValue;
}

/** Adds one entry to the order's timeline, in the caller's transaction; answers the row (its INSERT returns it anyway). */
export async function addTimelineEntry(tx: Prisma.TransactionClient, orderId: string, entry: TimelineEntry): Promise<TimelineRow> {
  return tx.orderEvent.create({
    data: { orderId, type: entry.type, data: entry.data ?? {}, ...(entry.at ? { createdAt: entry.at } : {}) },
    select: { type: true, createdAt: true, data: true },
  });
}
