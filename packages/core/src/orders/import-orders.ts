// Orders from another shop's history (the import:history workflow), recorded set-based: one
// statement per few thousand orders and one per many lines instead of a workflow per order.
// A sale is recorded as a delivered, paid order at its invoice time; a cancellation (a credit
// note in the log, not linked to the invoice it reverses) as a cancelled order of its own, so it
// counts in no revenue. Orders are keyed by their number, which carries the source: a second
// import of the same log adds nothing.
import { Prisma, type PrismaClient } from '@tandem/db';

type Sql = Pick<PrismaClient, '$executeRaw' | '$queryRaw'>;

/** One line of an imported order, quantities positive (a cancellation's too). */
export interface ImportedOrderLine {
  variantId: string;
  sku: string;
  title: string;
  quantity: number;
  unitAmount: number;
}

/** One invoice of the source. */
export interface ImportedOrder {
  /** The invoice number there, e.g. "536365" or "C536379". */
  invoice: string;
  customerId: string;
  at: Date;
  cancellation: boolean;
  country: string;
  lines: ImportedOrderLine[];
}

/** What a recording of imported orders did. */
export interface ImportedOrdersResult {
  added: number;
  linesAdded: number;
}

const ORDER_CHUNK = 5_000;
const LINE_CHUNK = 20_000;

/** The order number an imported invoice gets: the source, upper-cased, then the invoice. */
export const importedOrderNumber = (source: string, invoice: string): string => `${source.toUpperCase()}-${invoice}`;

/**
 * Records the invoices not recorded before, with their lines, in `currency`.
 *
 * @example await recordImportedOrders(tx, { source: 'online-retail', currency: 'GBP', orders })
 */
export async function recordImportedOrders(
  sql: Sql,
  input: { source: string; currency: string; orders: readonly ImportedOrder[]; onProgress?: (done: number) => void },
): Promise<ImportedOrdersResult> {
  const { source, currency } = input;
  const addedIds = new Set<string>();
  for (let start = 0; start < input.orders.length; start += ORDER_CHUNK) {
    const chunk = input.orders.slice(start, start + ORDER_CHUNK);
    const totals = chunk.map((o) => o.lines.reduce((sum, l) => sum + l.quantity * l.unitAmount, 0));
    const rows = await sql.$queryRaw<{ id: string }[]>(Prisma.sql`
      INSERT INTO "Order" (id, number, "customerId", "idempotencyKey", email, status, currency, "pricesIncludeTax",
        "subtotalAmount", "shippingAmount", "taxAmount", "totalAmount", "shippingAddress", "shippingMethodCode", "shippingMethodName",
        "reservationExpiresAt", "paidAt", "fulfilledAt", "deliveredAt", "cancelledAt", "createdAt", "updatedAt")
      SELECT u.id, u.number, u.customer_id, 'import:' || u.number, c.email,
             CASE WHEN u.cancelled THEN 'CANCELLED'::"OrderStatus" ELSE 'DELIVERED'::"OrderStatus" END, ${currency}, true,
             u.total, 0, 0, u.total, jsonb_build_object('country', u.country), 'imported', ${`Imported from ${source}`},
             u.at, CASE WHEN u.cancelled THEN NULL ELSE u.at END, CASE WHEN u.cancelled THEN NULL ELSE u.at END,
             CASE WHEN u.cancelled THEN NULL ELSE u.at END, CASE WHEN u.cancelled THEN u.at END, u.at, u.at
        FROM unnest(${chunk.map((o) => orderId(source, o.invoice))}::text[], ${chunk.map((o) => importedOrderNumber(source, o.invoice))}::text[],
                    ${chunk.map((o) => o.customerId)}::text[], ${chunk.map((o) => o.cancellation)}::boolean[], ${totals}::int[],
                    ${chunk.map((o) => o.country)}::text[], ${chunk.map((o) => o.at.toISOString())}::timestamptz[])
             AS u(id, number, customer_id, cancelled, total, country, at)
        JOIN "Customer" c ON c.id = u.customer_id
      ON CONFLICT DO NOTHING
      RETURNING id`);
    for (const row of rows) addedIds.add(row.id);
  }
  // Lines only of the orders added now: an order recorded before keeps the lines it had.
  const lines = input.orders.flatMap((o) => {
    const id = orderId(source, o.invoice);
    return addedIds.has(id) ? o.lines.map((line, index) => ({ id: `${id}-${index}`, orderId: id, line })) : [];
  });
  let linesAdded = 0;
  for (let start = 0; start < lines.length; start += LINE_CHUNK) {
    const chunk = lines.slice(start, start + LINE_CHUNK);
    linesAdded += await sql.$executeRaw(Prisma.sql`
      INSERT INTO "OrderLine" (id, "orderId", "variantId", sku, "productTitle", "variantTitle", quantity, "unitPriceAmount", "lineTotalAmount", "taxAmount")
      SELECT u.id, u.order_id, u.variant_id, u.sku, u.title, 'Standard', u.quantity, u.unit, u.quantity * u.unit, 0
        FROM unnest(${chunk.map((l) => l.id)}::text[], ${chunk.map((l) => l.orderId)}::text[], ${chunk.map((l) => l.line.variantId)}::text[],
                    ${chunk.map((l) => l.line.sku)}::text[], ${chunk.map((l) => l.line.title)}::text[], ${chunk.map((l) => l.line.quantity)}::int[],
                    ${chunk.map((l) => l.line.unitAmount)}::int[]) AS u(id, order_id, variant_id, sku, title, quantity, unit)
      ON CONFLICT (id) DO NOTHING`);
    input.onProgress?.(start + chunk.length);
  }
  return { added: addedIds.size, linesAdded };
}

const orderId = (source: string, invoice: string): string => `${source}-o-${invoice.toLowerCase()}`;
