// Databases holding the benchmark catalog: a PGlite directory and a database in a throw-away
// PostgreSQL cluster, both under .data/bench and reused across runs while they still hold the
// requested number of active products.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { applyPendingMigrations, openDatabase, type Database } from '@tandem/db';
import { generateCatalog } from '@tandem/db/seed';
import type { Cleanup } from './cleanup.ts';
import { flagReader } from './flags.ts';

const run = promisify(execFile);

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const benchDataDir = path.join(repoRoot, '.data/bench');
export const benchMediaDir = path.join(benchDataDir, 'media');
const postgresScript = path.join(repoRoot, 'scripts/postgres.sh');

/** The generator seed; fixed so PGlite and PostgreSQL hold the same catalog. */
const SEED = 10_000;

export interface PreparedDatabase {
  db: Database;
  /** True when the catalog was generated in this run, false when reused. */
  generated: boolean;
  ms: number;
}

/** "10k" for 10000, the number itself otherwise. */
export function sizeLabel(products: number): string {
  return products % 1000 === 0 ? `${products / 1000}k` : String(products);
}

export function countActive(db: Database): Promise<number> {
  return db.prisma.product.count({ where: { status: 'ACTIVE' } });
}

/** What a database holds compared to the catalog wanted: reuse it, resume generating, or start over. */
async function catalogState(db: Database, products: number): Promise<'complete' | 'partial' | 'other'> {
  const [active, total] = await Promise.all([countActive(db), db.prisma.product.count()]);
  if (active !== total || total > products) return 'other';
  return total === products ? 'complete' : 'partial';
}

export async function preparePglite(products: number): Promise<PreparedDatabase & { dataDir: string }> {
  const started = performance.now();
  const dataDir = path.join(benchDataDir, `pglite-${sizeLabel(products)}`);
  let db = await openDatabase({ dataDir });
  try {
    await applyPendingMigrations(db.adapterFactory);
    const state = await catalogState(db, products);
    if (state === 'other') {
      console.error(`${path.relative(repoRoot, dataDir)} holds another catalog: starting over`);
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
      db = await openDatabase({ dataDir });
      await applyPendingMigrations(db.adapterFactory);
    }
    if (state !== 'complete') await generate(db, products, 'PGlite');
    await compact(db);
    return { db, dataDir, generated: state !== 'complete', ms: performance.now() - started };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}

export interface PostgresCluster {
  dir: string;
  port: number;
  /** URL of the cluster's `postgres` maintenance database. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the throw-away cluster in `dir` (created with initdb on first use) on `port`; the
 * catalog benchmark's is `.data/bench/pg`. Stop it with `stop()`, also on failure. `durable`
 * keeps PostgreSQL's default fsync and synchronous commit (a benchmark that times commits);
 * otherwise both are off, as in the tests.
 */
export async function startPostgres(port: number, dir = path.join(benchDataDir, 'pg'), { durable = false } = {}): Promise<PostgresCluster> {
  // A cluster left running by an interrupted run would make `start` fail.
  await run('bash', [postgresScript, 'stop', dir, String(port)]);
  const env = { ...process.env, PG_DURABLE: durable ? '1' : '0' };
  const { stdout } = await run('bash', [postgresScript, 'start', dir, String(port)], { env });
  const adminUrl = stdout.trim().split('\n').at(-1) ?? '';
  if (!adminUrl.startsWith('postgres')) throw new Error(`scripts/postgres.sh start printed no URL: ${stdout}`);
  return {
    dir,
    port,
    adminUrl,
    stop: async () => {
      await run('bash', [postgresScript, 'stop', dir, String(port)]);
    },
  };
}

/** A new, empty database `name` in the cluster (dropped first when it exists); returns its URL. */
export async function freshPostgresDatabase(cluster: PostgresCluster, name: string): Promise<string> {
  const admin = await openDatabase({ url: cluster.adminUrl, poolSize: 1 });
  try {
    await admin.prisma.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.prisma.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.close();
  }
  const url = new URL(cluster.adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

export async function preparePostgres(cluster: PostgresCluster, products: number): Promise<PreparedDatabase & { url: string }> {
  const started = performance.now();
  const name = `bench_${sizeLabel(products)}`;
  const url = new URL(cluster.adminUrl);
  url.pathname = `/${name}`;

  const admin = await openDatabase({ url: cluster.adminUrl, poolSize: 1 });
  let state: 'complete' | 'partial' | 'other' | 'missing' = 'missing';
  try {
    const exists = await admin.prisma.$queryRawUnsafe<unknown[]>('SELECT 1 FROM pg_database WHERE datname = $1', name);
    if (exists.length) {
      const probe = await openDatabase({ url: url.href, poolSize: 1 });
      try {
        await applyPendingMigrations(probe.adapterFactory);
        state = await catalogState(probe, products);
      } finally {
        await probe.close();
      }
      if (state === 'other') {
        console.error(`PostgreSQL database ${name} holds another catalog: starting over`);
        await admin.prisma.$executeRawUnsafe(`DROP DATABASE "${name}" WITH (FORCE)`);
      }
    }
    if (state === 'missing' || state === 'other') await admin.prisma.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.close();
  }

  const db = await openDatabase({ url: url.href });
  try {
    if (state !== 'complete') {
      await applyPendingMigrations(db.adapterFactory);
      await generate(db, products, 'PostgreSQL');
    }
    await compact(db);
    return { db, url: url.href, generated: state !== 'complete', ms: performance.now() - started };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}

/**
 * Fresh planner statistics, and a compact Product table. Generating inserts variants one
 * batch after another and the variant roll-up trigger updates their product row for each
 * variant, which leaves the Product heap several times larger than its live rows (35 MB for
 * 5 MB at 10k products): every sequential scan would pay for that. A shop whose products
 * were created over time and vacuumed does not look like that, so rewrite the table once.
 */
async function compact(db: Database): Promise<void> {
  const [size] = await db.prisma.$queryRawUnsafe<{ heap: bigint | number; live: bigint | number | null }[]>(
    `SELECT pg_relation_size('"Product"') AS heap, (SELECT sum(pg_column_size(p.*)) FROM "Product" p) AS live`,
  );
  const heap = Number(size?.heap ?? 0);
  const live = Number(size?.live ?? 0);
  if (heap > 2 * live + 1_048_576) {
    const started = performance.now();
    await db.prisma.$executeRawUnsafe('VACUUM FULL');
    console.error(`Compacted the catalog tables (Product heap was ${(heap / 1_048_576).toFixed(0)} MB for ${(live / 1_048_576).toFixed(0)} MB of rows) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
}

async function generate(db: Database, products: number, where: string): Promise<void> {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let lastLine = 0;
  const progress = (done: number, total: number) => {
    const now = performance.now();
    if (done > 0 && done < total && now - lastLine < (tty ? 200 : 5000)) return;
    lastLine = now;
    const seconds = ((now - started) / 1000).toFixed(0);
    const line = `Generating ${sizeLabel(products)} catalog on ${where}: ${done}/${total} products (${seconds} s)`;
    if (tty) process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
    else console.error(line);
  };
  console.error(`Generating a ${products}-product catalog on ${where} (first run only; this is the slow part)…`);
  await generateCatalog(db.prisma, {
    products,
    mediaDir: benchMediaDir,
    seed: SEED,
    log: (line) => console.error(`  ${line}`),
    onProgress: progress,
  });
  const active = await countActive(db);
  if (active !== products) throw new Error(`generateCatalog left ${active} active products on ${where}, expected ${products}`);
  console.error(`Generated on ${where} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The command line of a benchmark over `benchCatalog` that repeats its query mix: `[--products 100000] [--pg-port 55441] [--pglite] [--repeat 1]`. */
export function benchCatalogArgs(command: string): { products: number; pgPort: number; pglite: boolean; repeat: number } {
  const usage = `Usage: pnpm ${command} [--products 100000] [--pg-port 55441] [--pglite] [--repeat 1]`;
  const { values } = parseArgs({ options: { products: { type: 'string' }, 'pg-port': { type: 'string' }, pglite: { type: 'boolean' }, repeat: { type: 'string' } } });
  const flags = flagReader(process.env, usage);
  return {
    products: Math.round(flags.number('products', values.products, 100_000, 1)),
    pgPort: Math.round(flags.number('pg-port', values['pg-port'], 55_441, 1)),
    pglite: values.pglite === true,
    repeat: Math.round(flags.number('repeat', values.repeat, 1, 1)),
  };
}

/**
 * The benchmark catalog of `products` products, on PostgreSQL (the cluster on `pgPort`, stopped by
 * `cleanup`) or on PGlite with `pglite`; `cleanup` closes it.
 */
export async function benchCatalog(products: number, where: { pglite: boolean; pgPort: number }, cleanup: Cleanup): Promise<Database> {
  if (where.pglite) {
    const prepared = await preparePglite(products);
    cleanup.add('close PGlite', () => prepared.db.close());
    return prepared.db;
  }
  const cluster = await startPostgres(where.pgPort);
  cleanup.add('stop PostgreSQL', () => cluster.stop());
  const prepared = await preparePostgres(cluster, products);
  cleanup.add('close PostgreSQL client', () => prepared.db.close());
  return prepared.db;
}
