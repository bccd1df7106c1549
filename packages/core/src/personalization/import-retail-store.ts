// The import:history workflow: a real shop's transaction log (the UCI Online Retail CSV, read as
// it is) becomes a store's catalog, customers and orders, so recommendations and segments run on
// real behaviour. The log is streamed once into compact maps (a product's latest title and price,
// a customer's latest country, the invoices), then written in one transaction through each
// context's own set-based writer: catalog's products, accounts' customers, orders' orders.
// Every key carries the source ("online-retail"), so importing the same log again adds nothing.
import type { PrismaClient } from '@tandem/db';
import { upsertImportedCustomers } from '../accounts/index.ts';
import { importedProductKeys, upsertImportedProducts } from '../catalog/index.ts';
import { recordImportedOrders, type ImportedOrder } from '../orders/index.ts';
import { retailProductKind } from './retail-product-kind.ts';
import { emptyRetailReport, readOnlineRetail, type RetailReadOptions, type RetailReadReport } from './online-retail-reader.ts';

/** What an import of a log did: what the read kept and skipped, and what each write added. */
export interface RetailStoreImport {
  read: RetailReadReport;
  products: { total: number; added: number; updated: number };
  customers: { total: number; added: number };
  orders: { total: number; added: number; cancellations: number; linesAdded: number };
  /** The last invoice time of the log (null when it kept no line). */
  lastAt: Date | null;
  ms: number;
}

/** The write phase's progress: order lines written of all of them. */
export interface RetailWriteProgress {
  done: number;
  total: number;
}

export interface RetailStoreImportOptions extends RetailReadOptions {
  /** The source's name in every natural key; the default "online-retail". */
  source?: string;
  onWriteProgress?: (progress: RetailWriteProgress) => void;
  now?: Date;
}

const CURRENCY = 'GBP';

/**
 * Imports the log's products, customers, orders and cancellations into the store.
 *
 * @example await importRetailStore(prisma, readline.createInterface({ input: gunzipped }), { onSkip: (s) => skipped.write(…) })
 */
export async function importRetailStore(prisma: PrismaClient, lines: AsyncIterable<string>, options: RetailStoreImportOptions = {}): Promise<RetailStoreImport> {
  const started = performance.now();
  const source = options.source ?? 'online-retail';
  const now = options.now ?? new Date();
  const read = emptyRetailReport();
  const products = new Map<string, { code: string; title: string; unitAmount: number; kind: string }>();
  const countries = new Map<string, string>();
  const invoices = new Map<string, Omit<ImportedOrder, 'customerId'> & { externalCustomer: string }>();
  let lastAt: Date | null = null;
  for await (const line of readOnlineRetail(lines, read, options)) {
    if (!lastAt || line.at > lastAt) lastAt = line.at;
    // The log is in time order, so the last sale gives a product's current title and price.
    const known = products.get(line.stockCode);
    if (!line.cancellation || !known) {
      const title = line.description || known?.title || line.stockCode;
      products.set(line.stockCode, { code: line.stockCode, title, unitAmount: line.cancellation && known ? known.unitAmount : line.unitAmount, kind: slugOf(retailProductKind(title)) });
    }
    countries.set(line.customerId, line.country);
    const invoice = invoices.get(line.invoice) ?? { invoice: line.invoice, externalCustomer: line.customerId, at: line.at, cancellation: line.cancellation, country: line.country, lines: [] };
    const { sku, variantId } = importedProductKeys(source, line.stockCode);
    invoice.lines.push({ variantId, sku, title: line.description || line.stockCode, quantity: Math.abs(line.quantity), unitAmount: line.unitAmount });
    invoices.set(line.invoice, invoice);
  }

  const totalLines = [...invoices.values()].reduce((sum, o) => sum + o.lines.length, 0);
  const written = await prisma.$transaction(
    async (tx) => {
      const catalog = await upsertImportedProducts(tx, { source, categoryName: 'Online Retail (imported)', currency: CURRENCY, products: [...products.values()], now });
      const customers = await upsertImportedCustomers(tx, { source, customers: [...countries].map(([externalId, country]) => ({ externalId, country })), now });
      const orders = [...invoices.values()].map(({ externalCustomer, ...order }) => ({ ...order, customerId: customers.customerIdOf.get(externalCustomer)! }));
      const recorded = await recordImportedOrders(tx, { source, currency: CURRENCY, orders, onProgress: (done) => options.onWriteProgress?.({ done, total: totalLines }) });
      return { catalog, customers, recorded };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  // Lines already recorded are not written again, so the bar may not have reached its end.
  if (written.recorded.linesAdded < totalLines || totalLines === 0) options.onWriteProgress?.({ done: totalLines, total: totalLines });
  return {
    read,
    products: { total: products.size, added: written.catalog.added, updated: written.catalog.updated },
    customers: { total: countries.size, added: written.customers.added },
    orders: { total: invoices.size, added: written.recorded.added, cancellations: [...invoices.values()].filter((o) => o.cancellation).length, linesAdded: written.recorded.linesAdded },
    lastAt,
    ms: performance.now() - started,
  };
}

const slugOf = (kind: string): string => kind.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other';
