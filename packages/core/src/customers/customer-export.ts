// The customer list as CSV, in chunks the admin streams one after another (keyset on the
// customer id, so rows cannot repeat or go missing between chunks as pages could).
// Consent-aware: the marketing columns (e-mail, segment) are filled only for customers who agreed
// to marketing; the others' rows keep them empty. Cells a spreadsheet would run as formulas are
// defused by csvCell.
import type { PrismaClient } from '@tandem/db';
import type { AdminCustomerExportQuery } from '@tandem/validators';
import { csvCell, money, toDecimalString } from '../shared/index.ts';
import { customerRows, type CustomerRow } from './customer-rows.ts';
import type { CustomerCsvChunk } from './types.ts';

export const CUSTOMER_CSV_HEADER = ['customer_id', 'name', 'group', 'created_at', 'orders', 'last_order_at', 'revenue', 'currency', 'marketing_consent', 'email', 'segment'] as const;

/** One CSV record (no line end) for a customer. */
export function customerCsvRecord(row: CustomerRow, currency: string): string {
  const consented = row.marketingConsent;
  const cells = [
    row.id,
    row.name,
    row.customerGroup,
    row.createdAt.toISOString(),
    row.orderCount,
    row.lastOrderAt?.toISOString() ?? '',
    toDecimalString(money(row.revenue, currency)),
    currency,
    consented ? 'yes' : 'no',
    consented ? row.email : '',
    consented ? (row.segment ?? '') : '',
  ];
  return cells.map(csvCell).join(',');
}

export async function customerCsvChunk(prisma: PrismaClient, query: AdminCustomerExportQuery, currency: string): Promise<CustomerCsvChunk> {
  const rows = await customerRows(prisma, query, currency, { order: 'id', limit: query.limit + 1, afterId: query.after });
  const page = rows.slice(0, query.limit);
  const lines = page.map((row) => customerCsvRecord(row, currency));
  if (!query.after) lines.unshift(CUSTOMER_CSV_HEADER.join(','));
  return { csv: lines.length ? `${lines.join('\r\n')}\r\n` : '', next: rows.length > query.limit ? page.at(-1)!.id : null };
}
