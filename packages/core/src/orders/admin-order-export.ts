// The admin's filtered order list as CSV, in chunks the admin streams one after another (keyset
// on the order id, so rows cannot repeat or go missing between chunks as pages could). The
// filters are the list's own (adminOrderWhere). Amounts are decimal text in the order's currency;
// cells a spreadsheet would run as formulas are defused by csvCell.
import type { PrismaClient } from '@tandem/db';
import type { AdminOrderExportQuery } from '@tandem/validators';
import { csvCell, money, toDecimalString } from '../shared/index.ts';
import { adminOrderWhere } from './admin-order-list.ts';

export const ORDER_CSV_HEADER = ['order_number', 'placed_at', 'status', 'payment_state', 'email', 'customer_name', 'lines', 'total', 'refunded', 'currency'] as const;

export interface OrderCsvChunk {
  csv: string;
  /** The `after` of the next chunk; null when this was the last. */
  next: string | null;
}

export async function orderCsvChunk(prisma: PrismaClient, query: AdminOrderExportQuery): Promise<OrderCsvChunk> {
  const where = adminOrderWhere(query);
  const rows = await prisma.order.findMany({
    where: query.after ? { AND: [where, { id: { gt: query.after } }] } : where,
    orderBy: { id: 'asc' },
    take: query.limit + 1,
    select: {
      id: true, number: true, status: true, email: true, createdAt: true, currency: true, totalAmount: true, refundedAmount: true,
      customer: { select: { name: true } },
      payments: { select: { state: true }, orderBy: { createdAt: 'desc' }, take: 1 },
      _count: { select: { lines: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  const lines = page.map((row) =>
    [
      row.number, row.createdAt.toISOString(), row.status, row.payments[0]?.state ?? '', row.email, row.customer?.name ?? '', row._count.lines,
      toDecimalString(money(row.totalAmount, row.currency)), toDecimalString(money(row.refundedAmount, row.currency)), row.currency,
    ].map(csvCell).join(','),
  );
  if (!query.after) lines.unshift(ORDER_CSV_HEADER.join(','));
  return { csv: lines.length ? `${lines.join('\r\n')}\r\n` : '', next: rows.length > query.limit ? page.at(-1)!.id : null };
}
