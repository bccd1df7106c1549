// `pnpm personalization:import <orders|events> <file.csv>`: warm start from the previous shop's
// order lines or behaviour events, with a progress bar and the report of rejected rows; then the
// recommendation tables and segments are recomputed so they use the history at once.
import { readFile } from 'node:fs/promises';
import { importHistory, recomputeRecommendations, recomputeSegments } from '@tandem/core/personalization';
import { defaultDataDir, openDatabase } from '@tandem/db';
import { readEnv } from '../env.ts';
import { progressReporter } from './progress-bar.ts';

const [kind, file] = process.argv.slice(2).filter((arg) => arg !== '--');
if ((kind !== 'orders' && kind !== 'events') || !file) {
  console.error('Usage: pnpm personalization:import <orders|events> <file.csv>');
  console.error('  orders: customer_id, order_id (optional), product_id or sku, quantity, price (12.99), currency, timestamp (ISO 8601)');
  console.error('  events: customer_id, product_id or sku, event (view | add_to_cart | purchase), quantity (optional), timestamp');
  process.exit(2);
}
const env = readEnv();
const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR ?? defaultDataDir });
const progress = progressReporter('rows');
try {
  const report = await importHistory(db.prisma, { kind, text: await readFile(file, 'utf8') }, { onProgress: progress.onProgress });
  progress.end();
  console.error(`${report.rows} rows: ${report.imported} imported, ${report.duplicates} already there, ${report.rejected.length} rejected; ${report.customersMatched} known customers.`);
  for (const { row, reasons } of report.rejected.slice(0, 50)) console.error(`  line ${row}: ${reasons.join('; ')}`);
  if (report.rejected.length > 50) console.error(`  … and ${report.rejected.length - 50} more`);
  const recs = await recomputeRecommendations(db.prisma, { now: new Date(), force: true });
  const segments = await recomputeSegments(db.prisma, { now: new Date() });
  console.error(`Recomputed: ${recs.neighbours} neighbour rows, segments for ${segments.customers} customers.`);
} finally {
  await db.close();
}
