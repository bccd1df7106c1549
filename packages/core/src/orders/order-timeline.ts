// An order's timeline: one OrderEvent row per thing that happened to it, read by the shopper's
// and the admin's order pages. Only the orders context writes these rows; other contexts add
// their own entries (a group buy's join, its final price) through `addTimelineEntry`.
import { createId, Prisma } from '@tandem/db';

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

/**
 * Adds one entry to the order's timeline in the same statement as `alongside`, a data-modifying
 * statement of another context (the placed event's dispatch job): one round trip instead of two
 * on the hot path of placing an order. PostgreSQL runs a data-modifying WITH clause exactly once
 * whether or not the statement reads it.
 */
export async function addTimelineEntryWith(tx: Prisma.TransactionClient, orderId: string, entry: TimelineEntry, alongside: Prisma.Sql): Promise<TimelineRow> {
  const createdAt = entry.at ? Prisma.sql`${entry.at}::timestamp` : Prisma.sql`DEFAULT`;
  const [row] = await tx.$queryRaw<TimelineRow[]>`
    WITH alongside AS (${alongside})
    INSERT INTO "OrderEvent" (id, "orderId", type, data, "createdAt")
    VALUES (${createId()}, ${orderId}, ${entry.type}, ${JSON.stringify(entry.data ?? {})}::jsonb, ${createdAt})
    RETURNING type, "createdAt", data`;
  return row!;
}
