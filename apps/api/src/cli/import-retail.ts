// `pnpm import:history <online-retail.csv[.gz]> [--skipped skipped.csv] [--no-recompute | --as-of-log-end]`: a real
// shop's transaction log (the UCI Online Retail CSV, as it is) into this store's catalog,
// customers and orders, with a progress bar over the bytes read and then the lines written, and
// a report of every skipped row (line, reason, the row as read) in a file, counts on screen.
// Importing the same log again adds nothing. The recommendation lists and segments are then
// rebuilt; their windows end today, so an old log only feeds them with `--as-of-log-end`, which
// rebuilds them as of the log's last day (a demo of an old shop; the next scheduled update moves
// them back to today).
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { importRetailStore, recomputeRecommendations, recomputeSegments, RETAIL_SKIP_LABELS, type RetailSkipReason } from '@tandem/core/personalization';
import { csvLine } from '@tandem/core/shared';
import { defaultDataDir, openDatabase } from '@tandem/db';
import { readEnv } from '../env.ts';
import { progressReporter } from './progress-bar.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: { skipped: { type: 'string', default: 'import-history-skipped.csv' }, 'no-recompute': { type: 'boolean', default: false }, 'as-of-log-end': { type: 'boolean', default: false } },
});
// pnpm runs the script in apps/api: paths are read from where the command was typed.
const here = process.env.INIT_CWD ?? process.cwd();
const file = positionals[0] ? resolve(here, positionals[0]) : undefined;
if (!file) {
  console.error('Usage: pnpm import:history <online-retail.csv[.gz]> [--skipped skipped.csv] [--no-recompute | --as-of-log-end]');
  console.error('  columns: InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country');
  process.exit(2);
}

const env = readEnv();
const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR ?? defaultDataDir });
const skippedFile = resolve(here, values.skipped);
const skippedOut = createWriteStream(skippedFile);
skippedOut.write(`${csvLine(['line', 'reason', 'row'])}\n`);
try {
  const size = (await stat(file)).size;
  const raw = createReadStream(file);
  let bytes = 0;
  const reading = progressReporter('bytes read', { stepPercent: 10 });
  raw.on('data', (chunk) => {
    bytes += chunk.length;
    reading.onProgress({ done: bytes, total: size });
  });
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let writing: ReturnType<typeof progressReporter> | null = null;
  const result = await importRetailStore(db.prisma, createInterface({ input, crlfDelay: Infinity }), {
    onSkip: ({ line, reason, text }) => void skippedOut.write(`${csvLine([line, reason, text])}\n`),
    onWriteProgress: (progress) => {
      if (!writing) {
        reading.end();
        writing = progressReporter('order lines written', { stepPercent: 10 });
      }
      writing.onProgress(progress);
    },
  });
  (writing as ReturnType<typeof progressReporter> | null)?.end();
  await closed(skippedOut);

  const { read, products, customers, orders } = result;
  const skippedTotal = Object.values(read.skipped).reduce((sum, n) => sum + n, 0);
  console.error(`${read.lines} lines in ${(result.ms / 1000).toFixed(1)} s: ${read.sales} sales and ${read.cancellations} cancellation lines kept, ${skippedTotal} skipped:`);
  for (const [reason, count] of Object.entries(read.skipped)) console.error(`  ${String(count).padStart(7)}  ${RETAIL_SKIP_LABELS[reason as RetailSkipReason]}`);
  console.error(`  (every skipped row, with its line and reason: ${skippedFile})`);
  console.error(`Products: ${products.total} in the log, ${products.added} added, ${products.updated} with a new title or price.`);
  console.error(`Customers: ${customers.total} in the log, ${customers.added} added.`);
  console.error(`Orders: ${orders.total} invoices (${orders.cancellations} cancellations), ${orders.added} added with ${orders.linesAdded} lines.`);
  if (!values['no-recompute']) {
    const started = performance.now();
    const asOf = values['as-of-log-end'] && result.lastAt ? new Date(result.lastAt.getTime() + 86_400_000) : new Date();
    const recs = await recomputeRecommendations(db.prisma, { now: asOf, force: true });
    const segments = await recomputeSegments(db.prisma, { now: asOf });
    console.error(`Recomputed as of ${asOf.toISOString().slice(0, 10)} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${recs.neighbours} neighbour rows, segments for ${segments.customers} customers.`);
  }
} finally {
  skippedOut.end();
  await db.close();
}

function closed(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
