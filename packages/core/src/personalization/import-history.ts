// Warm start for stores that move to Tandem: historical orders and behaviour events from CSV,
// so recommendations and segments work from day one. Every row is validated; the report lists
// each rejected row with its reasons while the good rows are kept. Rows are keyed by a digest,
// so importing the same file again adds nothing. Customers are matched by id or e-mail; others
// are kept under an `import:<their id>` visitor key.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@tandem/db';
import { HistoricalEventRow, HistoricalOrderRow } from '@tandem/validators';
import { resolveCustomerRefs } from '../accounts/index.ts';
import { resolveProductRefs } from '../catalog/index.ts';
import { DomainError, parseCsv } from '../shared/index.ts';
import { historicalLineAmount } from './history-amount.ts';

export type HistoryKind = 'orders' | 'events';

export interface HistoryImportReport {
  kind: HistoryKind;
  rows: number;
  imported: number;
  /** Rows already imported by an earlier run of the same file. */
  duplicates: number;
  rejected: { row: number; reasons: string[] }[];
  customersMatched: number;
  ms: number;
}

export interface ImportProgress {
  done: number;
  total: number;
}

const COLUMNS: Record<HistoryKind, { required: string[]; optional: string[] }> = {
  orders: { required: ['customer_id', 'product_id', 'quantity', 'price', 'currency', 'timestamp'], optional: ['order_id'] },
  events: { required: ['customer_id', 'product_id', 'event', 'timestamp'], optional: ['quantity'] },
};
/** Accepted spellings of the product column. */
const PRODUCT_ALIASES = ['product_id', 'sku', 'product'];
const EVENT_TYPES = { view: 'VIEW', add_to_cart: 'ADD_TO_CART', purchase: 'PURCHASE' } as const;
const CHUNK = 1_000;

export async function importHistory(
  prisma: PrismaClient,
  input: { kind: HistoryKind; text: string },
  options: { onProgress?: (progress: ImportProgress) => void; now?: Date } = {},
): Promise<HistoryImportReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const [header, ...records] = parseCsv(input.text);
  if (!header) throw new DomainError('invalid_input', 'The file has no header line.');
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const productColumn = columns.findIndex((name) => PRODUCT_ALIASES.includes(name));
  const missing = COLUMNS[input.kind].required.filter((name) => (name === 'product_id' ? productColumn < 0 : !columns.includes(name)));
  if (missing.length) throw new DomainError('invalid_input', `The file lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Expected: ${[...COLUMNS[input.kind].required, ...COLUMNS[input.kind].optional].join(', ')}.`);
  const cell = (fields: string[], name: string) => {
    const index = name === 'product_id' ? productColumn : columns.indexOf(name);
    return index >= 0 ? fields[index] : undefined;
  };

  const rejected: HistoryImportReport['rejected'] = [];
  type Parsed = { line: number; row: HistoricalOrderRow | HistoricalEventRow };
  const parsed: Parsed[] = [];
  for (const record of records) {
    const raw = {
      customer: cell(record.fields, 'customer_id'),
      product: cell(record.fields, 'product_id'),
      quantity: cell(record.fields, 'quantity') || undefined,
      timestamp: cell(record.fields, 'timestamp'),
      ...(input.kind === 'orders'
        ? { order: cell(record.fields, 'order_id') || undefined, price: cell(record.fields, 'price'), currency: cell(record.fields, 'currency') }
        : { event: cell(record.fields, 'event')?.trim().toLowerCase() }),
    };
    const result = input.kind === 'orders' ? HistoricalOrderRow.safeParse(raw) : HistoricalEventRow.safeParse(raw);
    if (!result.success) rejected.push({ row: record.line, reasons: result.error.issues.map((issue) => issue.message) });
    else if (result.data.timestamp > now) rejected.push({ row: record.line, reasons: ['The timestamp is in the future'] });
    else parsed.push({ line: record.line, row: result.data });
  }

  const [products, customers] = await Promise.all([
    resolveProductRefs(prisma, parsed.map((p) => p.row.product)),
    resolveCustomerRefs(prisma, parsed.map((p) => p.row.customer)),
  ]);
  const rows = parsed.flatMap(({ line, row }) => {
    const productId = products.get(row.product);
    if (!productId) {
      rejected.push({ row: line, reasons: [`No product has the id or SKU "${row.product}"`] });
      return [];
    }
    const customerId = customers.get(row.customer) ?? null;
    const base = { customerId, anonymousId: customerId ? null : `import:${row.customer}`, productId, occurredAt: row.timestamp };
    if ('price' in row) {
      const lineAmount = historicalLineAmount(row.price, row.currency, row.quantity);
      if (!lineAmount.ok) {
        rejected.push({ row: line, reasons: [lineAmount.reason] });
        return [];
      }
      const amount = lineAmount.amount;
      const orderRef = row.order ?? `${row.customer}@${row.timestamp.toISOString()}`;
      return [{ ...base, type: 'PURCHASE' as const, quantity: row.quantity, amount, currency: row.currency, orderRef, importKey: digest(['order', row.customer, orderRef, row.product, row.quantity, amount, row.timestamp.toISOString()]) }];
    }
    return [{ ...base, type: EVENT_TYPES[row.event], quantity: row.quantity ?? null, importKey: digest(['event', row.customer, row.product, row.event, row.quantity ?? '', row.timestamp.toISOString()]) }];
  });
  rejected.sort((a, b) => a.row - b.row);

  let imported = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const result = await prisma.behaviourEvent.createMany({ data: rows.slice(start, start + CHUNK), skipDuplicates: true });
    imported += result.count;
    options.onProgress?.({ done: Math.min(rows.length, start + CHUNK), total: rows.length });
  }
  if (rows.length === 0) options.onProgress?.({ done: 0, total: 0 });
  return {
    kind: input.kind,
    rows: records.length,
    imported,
    duplicates: rows.length - imported,
    rejected,
    customersMatched: new Set(rows.flatMap((r) => (r.customerId ? [r.customerId] : []))).size,
    ms: performance.now() - started,
  };
}

function digest(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
}
