// `pnpm bench:catalog-import`: the admin's catalog CSV import on a fresh PGlite database. A
// 10k-row file (default: 5,000 products × 2 variants, 1 % bad rows) is read and validated only
// (the baseline, no database), imported (inserts), then imported again (updates by SKU). While
// each import runs, a probe reads the admin product list every 50 ms: its latency next to the
// idle latency shows how responsive the API stays between chunks. Medians of --rounds runs.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listAdminProducts, readCatalogCsv, runCatalogImport, startCatalogImport } from '@tandem/core/catalog';
import { applyPendingMigrations, openDatabase, type PrismaClient } from '@tandem/db';
import { fmt, table } from './lib/report.ts';
import { median, percentile } from './lib/stats.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' }, chunk: { type: 'string', default: '500' } } });
const rows = Number(values.rows);
const rounds = Number(values.rounds);
const chunkSize = Number(values.chunk);

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

const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-import-'));
const db = await openDatabase({ dataDir: dir });
try {
  await applyPendingMigrations(db.adapterFactory);
  const staff = await db.prisma.customer.create({ data: { email: 'bench@example.test', name: 'Bench', passwordHash: 'x', roles: ['CATALOG_MANAGER'] } });
  const actor = { id: staff.id, email: staff.email };
  const root = await db.prisma.category.create({ data: { slug: 'bench', name: 'Bench', path: 'bench' } });
  await db.prisma.category.create({ data: { slug: 'tools', name: 'Tools', path: 'bench/tools', parentId: root.id, depth: 1 } });
  await db.prisma.brand.create({ data: { slug: 'bench-brand', name: 'Bench brand' } });

  const idle: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await listAdminProducts(db.prisma, { page: 1, pageSize: 25 });
    idle.push(performance.now() - started);
  }
  const reads: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    readCatalogCsv(benchCsv(rows, 1_000));
    reads.push(performance.now() - started);
  }
  const results: string[][] = [];
  const base = median(reads);
  results.push(['read + validate (baseline)', fmt(base, 0), fmt(rows / (base / 1000), 0), '100.0 %', '—', '—']);
  for (const [step, price] of [['import, new products', 1_000], ['re-import, prices changed', 2_000]] as const) {
    const times: number[] = [];
    const probes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      if (step.startsWith('import')) await db.prisma.product.deleteMany({ where: { slug: { startsWith: 'bench-product-' } } });
      else await runImport(benchCsv(rows, 1_000));
      const started = performance.now();
      const run = runImport(benchCsv(rows, price));
      probes.push(...(await probe(db.prisma, run)));
      const report = await run;
      times.push(performance.now() - started);
      const expected = { created: step.startsWith('import') ? rows - rows / 100 : 0, rejected: rows / 100 };
      if (report.createdCount !== expected.created || report.rejectedCount !== expected.rejected) throw new Error(`Unexpected report: ${JSON.stringify({ ...report, rejectedRows: (report.rejectedRows as unknown[]).length })}`);
    }
    const ms = median(times);
    results.push([step, fmt(ms, 0), fmt(rows / (ms / 1000), 0), `${fmt((base / ms) * 100, 1)} %`, fmt(percentile(probes, 50), 1), fmt(percentile(probes, 95), 1)]);
  }
  console.log(`\nCatalog CSV import: ${rows.toLocaleString('en')} rows, chunks of ${chunkSize}, PGlite, medians of ${rounds} runs; idle product-list read p50 ${fmt(percentile(idle, 50), 1)} ms\n`);
  console.log(table(['step', 'ms', 'rows/s', 'vs baseline', 'list p50 ms', 'list p95 ms'], results, [false, true, true, true, true, true]));

  async function runImport(csv: string) {
    const started = await startCatalogImport(db.prisma, actor, { fileName: 'bench.csv', csv });
    await runCatalogImport(db.prisma, started.id, { chunkSize });
    return (await db.prisma.catalogImport.findUniqueOrThrow({ where: { id: started.id } }));
  }
} finally {
  await db.close();
  await rm(dir, { recursive: true, force: true });
}
