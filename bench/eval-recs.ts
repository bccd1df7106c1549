// Offline evaluation of the recommenders: a time split of an event log (a synthetic log with
// planted preferences over the demo catalog by default, or the event log of the database with
// --from-db), hit rate@10, NDCG@10 and catalog coverage for every recommender next to the
// popularity baseline. Usage:
// pnpm eval:recs [--customers 2000] [--days 120] [--split-days 21] [--seed 7] [--strength 0.8] [--from-db]
import { parseArgs } from 'node:util';
import { generateSyntheticEvents, runOfflineEvaluation, type Interaction, type ProductFeatures } from '@tandem/core/personalization';
import { defaultDataDir, openDatabase } from '@tandem/db';
import { buildDemoCatalog } from '@tandem/db/seed';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '2000' },
    days: { type: 'string', default: '120' },
    'split-days': { type: 'string', default: '21' },
    seed: { type: 'string', default: '7' },
    strength: { type: 'string', default: '0.8' },
    'from-db': { type: 'boolean', default: false },
  },
});
const now = new Date();
const splitDays = Number(values['split-days']);
const splitAt = new Date(now.getTime() - splitDays * 86_400_000);

let products: ProductFeatures[];
let interactions: Interaction[];
let source: string;
if (values['from-db']) {
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
const evaluation = runOfflineEvaluation(interactions, products, splitAt);
const ms = performance.now() - started;
const baseline = evaluation.results.find((r) => r.name.startsWith('popularity'))!;

console.log(`Offline evaluation on ${source}`);
console.log(`${interactions.length} events, ${products.length} products; split ${splitDays} days ago: ${evaluation.trainEvents} training events, ${evaluation.testVisitors} test visitors; ${(ms / 1000).toFixed(1)} s\n`);
const header = ['recommender', 'hit rate@10', 'NDCG@10', 'coverage', 'hit rate vs baseline'];
const rows = evaluation.results.map((r) => [r.name, r.hitRate.toFixed(3), r.ndcg.toFixed(3), `${(r.coverage * 100).toFixed(1)} %`, baseline.hitRate ? `${(r.hitRate / baseline.hitRate).toFixed(2)}×` : '–']);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
