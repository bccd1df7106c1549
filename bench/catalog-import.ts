// `pnpm bench:catalog-import`: the admin's catalog CSV import on a fresh PGlite database and a
// fresh database of a throw-away PostgreSQL cluster (--skip-pglite, --skip-postgres, --pg-port). A
// 10k-row file (default: 5,000 products × 2 variants, 1 % bad rows) is read and validated only
// (the baseline, no database), imported (inserts), then imported again (updates by SKU). While
// each import runs, a probe reads the admin product list every 50 ms: its latency next to the
// idle latency shows how responsive the API stays between chunks. Medians of --rounds runs.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listAdminProducts, readCatalogCsv, runCatalogImport, startCatalogImport } from '@tandem/core/catalog';
import { applyPendingMigrations, openDatabase, type Database, type PrismaClient } from '@tandem/db';
import { Cleanup } from './lib/cleanup.ts';
import { flagReader } from './lib/flags.ts';
import { freshPostgresDatabase, startPostgres } from './lib/prepare.ts';
import { fmt, table } from './lib/report.ts';
import { median, percentile } from './lib/stats.ts';

const USAGE = 'Usage: pnpm bench:catalog-import [--rows 10000] [--rounds 3] [--chunk 500] [--skip-pglite] [--skip-postgres] [--pg-port 55442]';
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { rows: { type: 'string' }, rounds: { type: 'string' }, chunk: { type: 'string' }, 'skip-pglite': { type: 'boolean' }, 'skip-postgres': { type: 'boolean' }, 'pg-port': { type: 'string' } },
});
const flags = flagReader(process.env, USAGE);
// Whole hundreds, so the 1 % of bad rows is a whole number.
const rows = Math.round(flags.number('rows', values.rows, 10_000, 100) / 100) * 100;
const rounds = Math.round(flags.number('rounds', values.rounds, 3, 1));
const chunkSize = Math.round(flags.number('chunk', values.chunk, 500, 1));
const pgPort = Math.round(flags.number('pg-port', values['pg-port'], 55_442, 1));

const HEADER = 'product_slug,product_title,status,category,brand,description,attributes,sku,variant_title,options,price_amount,currency,compare_at_amount,stock,weight_grams,gtin,mpn';

function benchCsv(count: number, price: number): string {
  const lines = [HEADER];
  for (let i = 0; i < count; i++) {
    const product = Math.floor(i / 2);
    const bad = i % 100 === 99;
    lines.push([`bench-product-${product}`, `Bench product ${product}`, 'ACTIVE', 'bench/tools', 'bench-brand', 'A product for the benchmark', 'material=steel', `BENCH-${i}`, '', `size=${i % 2 ? 'L' : 'M'}`, bad ? 'free' : String(price + (i % 50)), 'EUR', '', String(i % 20), '500', '', ''].join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function probe(prisma: PrismaClient, until: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    await listAdminProducts(prisma, { page: 1, pageSize: 25 });
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return latencies;
}

/** Imports and re-imports on one database; returns the table rows after the baseline's. */
async function measureImports(db: Database, base: number): Promise<{ results: string[][]; idleP50: number }> {
  await applyPendingMigrations(db.adapterFactory);
  const staff = await db.prisma.customer.create({ data: { email: 'bench@example.test', name: 'Bench', passwordHash: 'x', roles: ['CATALOG_MANAGER'] } });
  const actor = { id: staff.id, email: staff.email };
  const root = await db.prisma.category.create({ data: { slug: 'bench', name: 'Bench', path: 'bench' } });
  await db.prisma.category.create({ data: { slug: 'tools', name: 'Tools', path: 'bench/tools', parentId: root.id, depth: 1 } });
  await db.prisma.brand.create({ data: { slug: 'bench-brand', name: 'Bench brand' } });
  const runImport = async (csv: string) => {
    const started = await startCatalogImport(db.prisma, actor, { fileName: 'bench.csv', csv });
    await runCatalogImport(db.prisma, started.id, { chunkSize });
    return db.prisma.catalogImport.findUniqueOrThrow({ where: { id: started.id } });
  };

  const idle: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await listAdminProducts(db.prisma, { page: 1, pageSize: 25 });
    idle.push(performance.now() - started);
  }
  const results: string[][] = [];
  for (const [step, price] of [['import, new products', 1_000], ['re-import, prices changed', 2_000]] as const) {
    const times: number[] = [];
    const probes: number[] = [];
    const inserting = step.startsWith('import');
    for (let round = 0; round < rounds; round++) {
      if (inserting) await db.prisma.product.deleteMany({ where: { slug: { startsWith: 'bench-product-' } } });
      else await runImport(benchCsv(rows, 1_000));
      const started = performance.now();
      const run = runImport(benchCsv(rows, price));
      probes.push(...(await probe(db.prisma, run)));
      const report = await run;
      times.push(performance.now() - started);
      const good = rows - rows / 100;
      const expected = { created: inserting ? good : 0, updated: inserting ? 0 : good, rejected: rows / 100 };
      const got = { created: report.createdCount, updated: report.updatedCount, rejected: report.rejectedCount };
      if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`Unexpected report ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
    }
    // A re-import updates in place: still one variant per good row, no duplicates.
    const variants = await db.prisma.productVariant.count({ where: { sku: { startsWith: 'BENCH-' } } });
    if (variants !== rows - rows / 100) throw new Error(`${variants} bench variants after "${step}", expected ${rows - rows / 100}`);
    const ms = median(times);
    results.push([step, fmt(ms, 0), fmt(rows / (ms / 1000), 0), `${fmt((base / ms) * 100, 1)} %`, fmt(percentile(probes, 50), 1), fmt(percentile(probes, 95), 1)]);
  }
  return { results, idleP50: percentile(idle, 50) };
}

const reads: number[] = [];
for (let i = 0; i < rounds; i++) {
  const started = performance.now();
  readCatalogCsv(benchCsv(rows, 1_000));
  reads.push(performance.now() - started);
}
const base = median(reads);
const baseline = ['read + validate (baseline)', fmt(base, 0), fmt(rows / (base / 1000), 0), '100.0 %', '—', '—'];

const cleanup = new Cleanup();
cleanup.onSignals();
try {
  const targets: { label: string; open: () => Promise<Database> }[] = [];
  if (!values['skip-pglite']) {
    targets.push({
      label: 'PGlite',
      open: async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-import-'));
        cleanup.add('remove the PGlite directory', () => rm(dir, { recursive: true, force: true }));
        return openDatabase({ dataDir: dir });
      },
    });
  }
  if (!values['skip-postgres']) {
    targets.push({
      label: 'PostgreSQL',
      open: async () => {
        const cluster = await startPostgres(pgPort);
        cleanup.add('stop PostgreSQL', () => cluster.stop());
        return openDatabase({ url: await freshPostgresDatabase(cluster, 'bench_catalog_import') });
      },
    });
  }
  for (const target of targets) {
    const db = await target.open();
    cleanup.add(`close ${target.label}`, () => db.close());
    const { results, idleP50 } = await measureImports(db, base);
    console.log(`\nCatalog CSV import: ${rows.toLocaleString('en')} rows (1 % bad), chunks of ${chunkSize}, ${target.label}, medians of ${rounds} runs; idle product-list read p50 ${fmt(idleP50, 1)} ms\n`);
    console.log(table(['step', 'ms', 'rows/s', 'vs baseline', 'list p50 ms', 'list p95 ms'], [baseline, ...results], [false, true, true, true, true, true]));
  }
} finally {
  await cleanup.run();
}
