// Offline evaluation of the recommenders: a time split of an event log (a synthetic log with
// planted preferences over the demo catalog by default, the event log of the database with
// --from-db, or a real shop's purchases with --history, the Online Retail CSV), hit rate@10,
// NDCG@10, catalog coverage and novelty for every recommender next to the popularity and the
// plain co-purchase baselines. Usage:
// pnpm eval:recs [--customers 2000] [--days 120] [--split-days 21] [--seed 7] [--strength 0.8] [--from-db]
// pnpm eval:recs --history online-retail.csv.gz [--split 2011-07-01] [--skipped skipped.csv] [--validation-days 30]
// --validation-days N (default 30; 0 = off) learns the blend's weights and the setting of
// "similar" on the last N days before the split and measures them beside the defaults.
import { parseArgs } from 'node:util';
import { generateSyntheticEvents, RETAIL_SKIP_LABELS, runOfflineEvaluation, type Interaction, type ProductFeatures, type RetailSkipReason } from '@tandem/core/personalization';
import { defaultDataDir, openDatabase } from '@tandem/db';
import { buildDemoCatalog } from '@tandem/db/seed';
import { loadRetailLog } from './lib/retail-log.ts';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '2000' },
    days: { type: 'string', default: '120' },
    'split-days': { type: 'string', default: '21' },
    seed: { type: 'string', default: '7' },
    strength: { type: 'string', default: '0.8' },
    'from-db': { type: 'boolean', default: false },
    history: { type: 'string' },
    split: { type: 'string', default: '2011-07-01' },
    skipped: { type: 'string' },
    'validation-days': { type: 'string', default: '30' },
  },
});
const now = new Date();
let splitAt = new Date(now.getTime() - Number(values['split-days']) * 86_400_000);
let splitText = `${values['split-days']} days ago`;

let products: ProductFeatures[];
let interactions: Interaction[];
let source: string;
if (values.history) {
  splitAt = new Date(`${values.split}T00:00:00Z`);
  if (Number.isNaN(splitAt.getTime())) throw new Error(`--split must be a date such as 2011-07-01, not "${values.split}"`);
  splitText = `at ${values.split}`;
  const { history, report } = await loadRetailLog(values.history, splitAt, values.skipped);
  ({ products, interactions } = history);
  source = `the purchases of ${values.history}`;
  console.log(`${report.lines} lines: ${report.sales} sales and ${report.cancellations} cancellations kept; ${history.cancelledSales} sales dropped as cancelled; skipped:`);
  for (const [reason, count] of Object.entries(report.skipped)) console.log(`  ${String(count).padStart(7)}  ${RETAIL_SKIP_LABELS[reason as RetailSkipReason]}`);
  const trainPurchases = interactions.filter((i) => i.at < splitAt).length;
  if (values.skipped) console.log(`  (every skipped row, with its line and reason: ${values.skipped})`);
  console.log(`${history.customers} customers; ${trainPurchases} train purchases (before ${values.split}), ${interactions.length - trainPurchases} test purchases (from ${values.split}); the log has no views, so "viewed together" has nothing to learn from\n`);
} else if (values['from-db']) {
  const db = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR ?? defaultDataDir });
  const { catalogFeatures } = await import('@tandem/core/catalog');
  products = await catalogFeatures(db.prisma);
  const events = await db.prisma.behaviourEvent.findMany({ where: { productId: { not: null }, OR: [{ customerId: { not: null } }, { anonymousId: { not: null } }] }, select: { customerId: true, anonymousId: true, productId: true, type: true, occurredAt: true } });
  interactions = events.map((e) => ({ visitor: (e.customerId ?? e.anonymousId)!, productId: e.productId!, kind: e.type, at: e.occurredAt }));
  source = `the database's event log (${db.kind})`;
  await db.close();
} else {
  products = buildDemoCatalog()
    .filter((spec) => spec.status === 'ACTIVE')
    .map((spec) => ({ productId: spec.slug, categoryPath: spec.categoryPath.split('/'), brandId: spec.brandSlug, attributes: spec.attributes.map((a) => `${a.name}=${a.value}`.toLowerCase()), title: spec.title }));
  const log = generateSyntheticEvents({
    products: products.map((p) => ({ productId: p.productId, categoryId: p.categoryPath.join('/') })),
    customers: Number(values.customers),
    days: Number(values.days),
    now,
    seed: Number(values.seed),
    preferenceStrength: Number(values.strength),
  });
  interactions = log.interactions;
  source = `a synthetic log with planted preferences (${values.customers} customers, ${values.days} days, strength ${values.strength}, seed ${values.seed}) over the demo catalog`;
}

const started = performance.now();
const evaluation = runOfflineEvaluation(interactions, products, splitAt, { validationDays: Number(values['validation-days']) });
const ms = performance.now() - started;
const popular = evaluation.results.find((r) => r.name.startsWith('popularity'))!;
const coPurchase = evaluation.results.find((r) => r.name.startsWith('co-purchase'))!;

console.log(`Offline evaluation on ${source}`);
console.log(`${interactions.length} events, ${products.length} products; split ${splitText}: ${evaluation.trainEvents} training events of ${evaluation.trainVisitors} visitors, ${evaluation.testVisitors} test visitors with ${evaluation.testItems} new items after the split; ${(ms / 1000).toFixed(1)} s\n`);
const ratio = (value: number, base: number) => (base ? `${(value / base).toFixed(2)}×` : '–');
const header = ['recommender', 'hit rate@10', 'NDCG@10', 'coverage', 'novelty (bits)', 'hit rate vs popularity', 'vs co-purchase'];
const rows = evaluation.results.map((r) => [r.name, r.hitRate.toFixed(3), r.ndcg.toFixed(3), `${(r.coverage * 100).toFixed(1)} %`, r.novelty.toFixed(2), ratio(r.hitRate, popular.hitRate), ratio(r.hitRate, coPurchase.hitRate)]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

if (evaluation.tuning) {
  const { validationFrom, blend, similar } = evaluation.tuning;
  console.log(`\nLearned on the training log's last days only (validation from ${validationFrom.toISOString().slice(0, 10)} to the split):`);
  const setting = (s: (typeof blend.tried)[number]['setting']) => `content ${s.weights.content}, popularity prior ${s.popularPrior}, history half-life ${s.halfLifeDays} d`;
  console.log(`  blend: ${setting(blend.best)}; validation hit rates of the grid, best first: ${blend.tried.map((t) => `${t.hitRate.toFixed(3)} (${setting(t.setting)})`).join('; ')}`);
  const substitutes = (s: (typeof similar.tried)[number]['setting']) => `co-purchase weight ${s.coPurchaseWeight}, popularity prior ${s.popularPrior}, kind's best sellers ${s.kindBreadth}`;
  console.log(`  similar: ${substitutes(similar.best)}; validation hit rates, best first: ${similar.tried.map((t) => `${t.hitRate.toFixed(3)} (${substitutes(t.setting)})`).join('; ')}`);
}
