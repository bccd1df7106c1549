// `pnpm db:seed` fills the configured database with the demo catalog (idempotent);
// `pnpm db:seed --products 10000 [--seed 1]` adds a large synthetic catalog for benchmarks.
// Images go to MEDIA_DIR (default .data/media); the database is DATABASE_URL or PGlite.
import { parseArgs } from 'node:util';
import { openDatabase } from '../client.ts';
import { applyPendingMigrations } from '../migrate/migrations.ts';
import { defaultMediaDir, generateCatalog, seedDemoCatalog } from '../seed/index.ts';

const { values } = parseArgs({
  options: { products: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});

if (values.help) {
  console.log('Usage: pnpm db:seed [--products <count> [--seed <number>]]');
  process.exit(0);
}

const products = values.products === undefined ? undefined : Number(values.products.replace(/[_,]/g, ''));
const seed = values.seed === undefined ? undefined : Number(values.seed);
if ((products !== undefined && !(Number.isInteger(products) && products > 0)) || (seed !== undefined && !Number.isInteger(seed))) {
  console.error('--products must be a positive integer and --seed an integer.');
  process.exit(1);
}

/** Draws `[#####-----] 42% 4,200/10,000 products 12.3 s` on stderr, redrawn in place on a terminal. */
function progressBar(started: number): (done: number, total: number) => void {
  let lastDecile = -1;
  return (done, total) => {
    const ratio = total === 0 ? 1 : done / total;
    const filled = Math.round(ratio * 30);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${Math.floor(ratio * 100)
      .toString()
      .padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} products ${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    } else if (Math.floor(ratio * 10) !== lastDecile || done === total) {
      lastDecile = Math.floor(ratio * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

const mediaDir = process.env.MEDIA_DIR || defaultMediaDir;
const db = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR });
try {
  const applied = await applyPendingMigrations(db.adapterFactory);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  if (products === undefined) {
    const result = await seedDemoCatalog(db.prisma, { mediaDir, log: (line) => console.log(line) });
    console.log(`Demo catalog ready: ${result.products} products, ${result.variants} variants, ${result.categories} categories, ${result.brands} brands.`);
  } else {
    const result = await generateCatalog(db.prisma, {
      products,
      mediaDir,
      ...(seed === undefined ? {} : { seed }),
      onProgress: progressBar(performance.now()),
    });
    console.log(`Generated ${result.createdProducts} new products (${result.createdVariants} variants) in ${(result.durationMs / 1000).toFixed(1)} s; ${result.imageFiles} pool images in ${mediaDir}/products.`);
  }
} finally {
  await db.close();
}
