// Checkout benchmark: orders/s and latency of tRPC `checkout.placeOrder` over HTTP while many
// customers buy the last units of a few variants at once, on a throw-away PostgreSQL (and
// optionally embedded PGlite), next to `cart.get` (a read with the same authentication) measured
// on the same server and concurrency. Afterwards the database is checked: nothing oversold, every
// order equal to its cart, exactly the orders the responses announced. Usage:
// pnpm bench:checkout [--customers 1500] [--stock 1000] [--concurrency 8,32] [--pg-port 55450] [--pglite]
// Besides rates, it prints the CPU time this process (API and load generator) spent per request,
// which a busy machine inflates far less than it does wall-clock rates.
// PostgreSQL keeps its default fsync and synchronous commit, as production does: an order's figure
// includes the flush of its commit (`--unsafe-commit` turns both off, as runs before 2026-12-07's
// orders-100 had them).
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase, type Database } from '@tandem/db';
import { readCheckoutOptions, type CheckoutOptions } from './lib/checkout-args.ts';
import {
  createShoppers,
  integrityFailures,
  prepareCheckoutCatalog,
  shuffle,
  splitStock,
  VariantSupply,
  verifyPlacements,
  type BenchVariant,
  type PlacementOutcome,
  type Shopper,
  type Verification,
} from './lib/checkout-data.ts';
import { formatCheckoutTables, type LevelResult, type ProbeResult, type RunStats, type TargetResult } from './lib/checkout-report.ts';
import { Cleanup } from './lib/cleanup.ts';
import { startCpuProfile } from './lib/cpu-profile.ts';
import { runRequests, type PoolOutcome, type PoolReport, type PoolRequest } from './lib/http-pool.ts';
import { deadlocks, startLockSampler, type LockSampler } from './lib/pg-activity.ts';
import { benchDataDir, benchMediaDir, freshPostgresDatabase, repoRoot, startPostgres } from './lib/prepare.ts';
import { writeJson } from './lib/report.ts';
import { startApiServer, type RunningServer } from './lib/servers.ts';
import { percentile, seededRandom } from './lib/stats.ts';

const options = readCheckoutOptions();
const RESULTS_FILE = path.join(import.meta.dirname, 'results/checkout-latest.json');
const PG_DIR = path.join(benchDataDir, 'pg-checkout');
const PG_DATABASE = 'bench_checkout';
const PGLITE_DIR = path.join(benchDataDir, 'pglite-checkout');
const PROBE_COPIES = 10;
const PROBE_STOCK = 10;

const cleanup = new Cleanup();
cleanup.onSignals();
const started = performance.now();
const timings: Record<string, number> = {};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---- Requests and what their answers mean -------------------------------------------------

const shippingAddress = {
  name: 'Bench Shopper',
  line1: 'Prinsengracht 263',
  line2: '',
  postalCode: '1016 GV',
  city: 'Amsterdam',
  region: '',
  country: 'NL',
  phone: '',
};

function placeOrderRequest(shopper: Shopper, idempotencyKey = `bench-${crypto.randomUUID()}`): PoolRequest {
  return {
    method: 'POST',
    path: '/trpc/checkout.placeOrder',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${shopper.sessionToken}` },
    body: JSON.stringify({ idempotencyKey, shippingAddress, shippingMethodCode: 'standard', acceptedTerms: true }),
  };
}

function cartGetRequest(shopper: Shopper): PoolRequest {
  return { method: 'GET', path: '/trpc/cart.get', headers: { Authorization: `Bearer ${shopper.sessionToken}` } };
}

interface TrpcBody {
  result?: { data?: { id?: unknown; number?: unknown; lines?: unknown[] } };
  error?: { message?: string; data?: { code?: string } };
}

function parse(body: string): TrpcBody {
  try {
    return JSON.parse(body) as TrpcBody;
  } catch {
    return {};
  }
}

type RefusalReason = 'soldOutAtQuote' | 'stockGuard' | 'cartChanged' | 'other';

interface Classified {
  outcome: PlacementOutcome;
  reason?: RefusalReason;
  /** What went wrong, for errors. */
  message?: string;
}

/** 200 with an order is placed, 409 CONFLICT is an expected refusal, anything else an error. */
function classifyPlacement(result: PoolOutcome): Classified {
  const body = parse(result.body);
  if (result.status === 200) {
    const id = body.result?.data?.id;
    return typeof id === 'string'
      ? { outcome: { kind: 'placed', orderId: id } }
      : { outcome: { kind: 'error' }, message: `200 without an order: ${result.body.slice(0, 200)}` };
  }
  const message = body.error?.message ?? result.body.slice(0, 200);
  if (result.status === 409) {
    const reason: RefusalReason = message.includes('just sold out')
      ? 'stockGuard'
      : message.includes('cannot be bought')
        ? 'soldOutAtQuote'
        : message.includes('cart changed')
          ? 'cartChanged'
          : 'other';
    return { outcome: { kind: 'refused' }, reason };
  }
  return { outcome: { kind: 'error' }, message: `${result.status || 'network'}: ${conciseError(message)}` };
}

/**
 * The gist of an error message, comparable across requests: Prisma's multi-line messages end
 * with the actual error (after the call site and a code frame); durations are blanked out.
 */
function conciseError(message: string): string {
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  return (lines.at(-1) ?? '').replace(/\d+ ms/g, 'N ms').slice(0, 300);
}

/** Throughput and latency of one run; `kinds[i]` says how request i ended, `messages[i]` what went wrong. */
function runStats(procedure: string, concurrency: number, report: PoolReport, kinds: ('ok' | 'refused' | 'error')[], messages: (string | undefined)[]): RunStats {
  const latencies = (kind: 'ok' | 'refused') => report.outcomes.filter((_, i) => kinds[i] === kind).map((o) => o.endMs - o.startMs);
  const ok = latencies('ok');
  const refused = latencies('refused');
  const lastOkEnd = Math.max(0, ...report.outcomes.filter((_, i) => kinds[i] === 'ok').map((o) => o.endMs));
  const errorMessages = new Map<string, number>();
  for (const message of messages) if (message) errorMessages.set(message, (errorMessages.get(message) ?? 0) + 1);
  return {
    procedure,
    concurrency,
    requests: report.outcomes.length,
    ok: ok.length,
    refused: refused.length,
    errors: kinds.filter((k) => k === 'error').length,
    wallMs: report.wallMs,
    reqPerS: (1000 * report.outcomes.length) / report.wallMs,
    okPerS: ok.length ? (1000 * ok.length) / lastOkEnd : 0,
    okUntilMs: lastOkEnd,
    p50: percentile(ok, 50),
    p95: percentile(ok, 95),
    p99: percentile(ok, 99),
    max: ok.length ? Math.max(...ok) : Number.NaN,
    mean: ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : Number.NaN,
    refusedP50: percentile(refused, 50),
    refusedP99: percentile(refused, 99),
    errorSamples: [...errorMessages].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([message, count]) => `${count} × ${message}`),
  };
}

async function runCartGet(server: RunningServer, shoppers: readonly Shopper[], concurrency: number): Promise<RunStats> {
  const report = await runRequests(server.origin, shoppers.map(cartGetRequest), concurrency);
  await server.idle();
  // A success is the shopper's own cart: the session resolved to the right customer.
  const messages = report.outcomes.map((result, i) => {
    const body = parse(result.body);
    const id = body.result?.data?.id;
    if (result.status === 200 && id === shoppers[i]?.cartId) return undefined;
    return `${result.status || 'network'}: ${result.status === 200 ? `another cart (${String(id)})` : conciseError(body.error?.message ?? result.body)}`;
  });
  const kinds = messages.map((message) => (message === undefined ? 'ok' : 'error') as 'ok' | 'error');
  return runStats('cart.get', concurrency, report, kinds, messages);
}

interface PlacementRun {
  stats: RunStats;
  outcomes: PlacementOutcome[];
  refusals: Record<RefusalReason, number>;
}

async function runPlaceOrder(server: RunningServer, shoppers: readonly Shopper[], concurrency: number): Promise<PlacementRun> {
  const report = await runRequests(server.origin, shoppers.map((s) => placeOrderRequest(s)), concurrency);
  await server.idle();
  const classified = report.outcomes.map(classifyPlacement);
  const refusals: Record<RefusalReason, number> = { soldOutAtQuote: 0, stockGuard: 0, cartChanged: 0, other: 0 };
  for (const c of classified) if (c.reason) refusals[c.reason]++;
  const kinds = classified.map((c) => (c.outcome.kind === 'placed' ? 'ok' : c.outcome.kind === 'refused' ? 'refused' : 'error'));
  return {
    stats: runStats('checkout.placeOrder', concurrency, report, kinds, classified.map((c) => c.message)),
    outcomes: classified.map((c) => c.outcome),
    refusals,
  };
}

// ---- One database ------------------------------------------------------------------------

interface OpenedTarget {
  db: Database;
  /** PostgreSQL only: the database URL, for the lock sampler's own connection. */
  url?: string;
}

async function openTarget(id: TargetResult['id'], opts: CheckoutOptions): Promise<OpenedTarget> {
  if (id === 'postgres') {
    const cluster = await startPostgres(opts.pgPort, PG_DIR, { durable: !opts.unsafeCommit });
    cleanup.add('stop PostgreSQL', () => cluster.stop());
    const url = await freshPostgresDatabase(cluster, PG_DATABASE);
    const db = await openDatabase({ url, poolSize: opts.poolSize });
    cleanup.add('close PostgreSQL client', () => db.close());
    const settings = await db.prisma.$queryRawUnsafe<{ name: string; setting: string }[]>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method') ORDER BY name`,
    );
    console.error(`PostgreSQL ${settings.map((s) => `${s.name}=${s.setting}`).join(', ')}`);
    return { db, url };
  }
  await rm(PGLITE_DIR, { recursive: true, force: true });
  const db = await openDatabase({ dataDir: PGLITE_DIR });
  cleanup.add('remove the PGlite directory', () => rm(PGLITE_DIR, { recursive: true, force: true }));
  cleanup.add('close PGlite', () => db.close());
  return { db };
}

async function benchTarget(id: TargetResult['id'], label: string, opts: CheckoutOptions): Promise<TargetResult> {
  const targetStarted = performance.now();
  const { db, url } = await openTarget(id, opts);
  const { prisma } = db;
  await prepareCheckoutCatalog(db, opts.products, benchMediaDir);
  const supply = await VariantSupply.load(prisma, opts.seed);
  // As the API process serves (apps/api api-process.ts): promotions and price lists cached per
  // catalog version, which this process follows; the catalog does not change while orders run.
  const server = await startApiServer(db, benchMediaDir, { pricing: { cacheRules: true } });
  await server.services.catalog.refreshVersion();
  cleanup.add(`close the ${label} server`, () => server.close());
  const prepareMs = performance.now() - targetStarted;
  console.error(`${label}: ${opts.products}-product catalog and checkout settings ready in ${seconds(prepareMs)}`);

  // Preflight and idempotency probe: one customer, one unit in the cart, PROBE_COPIES
  // concurrent placements with the same key must make exactly one order.
  const [probeVariant] = await supply.take(prisma, [PROBE_STOCK]);
  const [probeShopper] = await createShoppers(prisma, `${id}-probe`, 1, () => [probeVariant!.id]);
  const preflight = await runRequests(server.origin, [cartGetRequest(probeShopper!)], 1);
  const preflightId = parse(preflight.outcomes[0]?.body ?? '').result?.data?.id;
  if (preflight.outcomes[0]?.status !== 200 || preflightId !== probeShopper!.cartId) {
    throw new Error(`Preflight cart.get did not answer with the shopper's cart (does the session token hash still match @tandem/core?): ` +
      `${preflight.outcomes[0]?.status} ${preflight.outcomes[0]?.body.slice(0, 300)}`);
  }

  // Warm-up: placements and cart reads on a variant of their own, not measured.
  const warmConcurrency = Math.max(...opts.concurrency);
  let warmup: TargetResult['warmup'] = null;
  if (opts.warmup > 0) {
    const [warmVariant] = await supply.take(prisma, [opts.warmup]);
    const warmShoppers = await createShoppers(prisma, `${id}-warm`, opts.warmup, () => [warmVariant!.id]);
    const reads = await runCartGet(server, warmShoppers, warmConcurrency);
    const placements = await runPlaceOrder(server, warmShoppers, warmConcurrency);
    warmup = { requests: reads.requests + placements.stats.requests, errors: reads.errors + placements.stats.errors, orders: placements.stats.ok };
    console.error(`${label}: warm-up ${warmup.requests} requests (${warmup.orders} orders), ${warmup.errors} errors`);
  }

  const probeKey = `bench-probe-${crypto.randomUUID()}`;
  const probeReport = await runRequests(server.origin, Array.from({ length: PROBE_COPIES }, () => placeOrderRequest(probeShopper!, probeKey)), PROBE_COPIES);
  await server.idle();
  const probeIds = probeReport.outcomes.map((o) => parse(o.body).result?.data?.id).filter((x): x is string => typeof x === 'string');
  const probeOrders = await prisma.order.findMany({ where: { customerId: probeShopper!.customerId }, select: { id: true, number: true } });
  const probeStock = (await prisma.productVariant.findUniqueOrThrow({ where: { id: probeVariant!.id }, select: { stockOnHand: true } })).stockOnHand;
  const probe: ProbeResult = {
    copies: PROBE_COPIES,
    statuses: countBy(probeReport.outcomes.map((o) => String(o.status))),
    distinctOrderIds: new Set(probeIds).size,
    ordersInDatabase: probeOrders.length,
    orderNumber: probeOrders[0]?.number ?? null,
    stockBefore: PROBE_STOCK,
    stockAfter: probeStock,
    ok: false,
  };
  probe.ok = probe.statuses['200'] === PROBE_COPIES && probe.distinctOrderIds === 1 && probe.ordersInDatabase === 1 &&
    probe.stockAfter === PROBE_STOCK - 1 && probeIds[0] === probeOrders[0]?.id;

  // The measured levels: each with its own variants, stock and customers.
  const levels: LevelResult[] = [];
  for (const concurrency of opts.concurrency) {
    const random = seededRandom(opts.seed * 1_000 + concurrency);
    const variants = await supply.take(prisma, splitStock(opts.stock, opts.variants));
    const shoppers = await createShoppers(prisma, `${id}-c${concurrency}`, opts.customers, () => {
      const ids = shuffle(variants, random).slice(0, opts.lines).map((v) => v.id);
      return opts.sameLineOrder ? ids.sort() : ids;
    });
    const cartGetCpu = process.cpuUsage();
    const cartGet = await runCartGet(server, shoppers, concurrency);
    const cartGetCpuMs = cpuMsSince(cartGetCpu) / cartGet.requests;
    const deadlocksBefore = id === 'postgres' ? await deadlocks(prisma) : 0;
    const sampler: LockSampler | null = url ? await startLockSampler(url) : null;
    const profiler = opts.cpuProfile ? await startCpuProfile() : null;
    const placementCpu = process.cpuUsage();
    const placement = await runPlaceOrder(server, shoppers, concurrency);
    const placementCpuMs = cpuMsSince(placementCpu) / placement.stats.requests;
    if (profiler) await reportProfile(profiler, `${id}-c${concurrency}`, label);
    const locks = sampler ? await sampler.stop() : null;
    const verification = await verifyPlacements(prisma, variants, shoppers, placement.outcomes);
    let deadlockCount: number | null = null;
    if (id === 'postgres') {
      await sleep(1_200); // backends report statistics at most once a second
      deadlockCount = (await deadlocks(prisma)) - deadlocksBefore;
    }
    const level: LevelResult = {
      concurrency,
      cartGet,
      placeOrder: placement.stats,
      refusals: placement.refusals,
      expectedOrders: expectedOrders(variants, shoppers, opts.lines),
      verification,
      locks,
      deadlocks: deadlockCount,
    };
    levels.push(level);
    console.error(`${label}, ${concurrency} in flight: cart.get ${cartGet.reqPerS.toFixed(0)} req/s p50 ${cartGet.p50.toFixed(1)} ms; ` +
      `placeOrder ${placement.stats.okPerS.toFixed(0)} orders/s p50 ${placement.stats.p50.toFixed(1)} ms p99 ${placement.stats.p99.toFixed(1)} ms, ` +
      `${placement.stats.ok} placed, ${placement.stats.refused} refused, ${placement.stats.errors} errors, ${verification.oversells} oversold` +
      `${integrityFailures(verification) ? `, ${integrityFailures(verification)} INTEGRITY FAILURES` : ''}`);
    console.error(`${label}, ${concurrency} in flight: this process's CPU (the API and the load generator) per request: ` +
      `cart.get ${cartGetCpuMs.toFixed(2)} ms, placeOrder ${placementCpuMs.toFixed(2)} ms (${(placementCpuMs / cartGetCpuMs).toFixed(2)}×)`);
    if (locks) console.error(`${label}, ${concurrency} in flight: the API's connections while placing (mean of ${locks.samples} samples): ` +
      locks.states.map((s) => `${s.state} ${s.mean.toFixed(2)}`).join(', '));
  }

  return { id, label, poolSize: id === 'postgres' ? opts.poolSize : 1, prepareMs, totalMs: performance.now() - targetStarted, warmup, probe, levels };
}

/**
 * CPU milliseconds (user and system) this process spent since `start`: the API serves in it, so
 * unlike requests per second this barely moves with what else the machine's cores are running.
 */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1_000;
}

/** Writes the placements' CPU profile beside the results and prints where the time went. */
async function reportProfile(profiler: Awaited<ReturnType<typeof startCpuProfile>>, name: string, label: string): Promise<void> {
  const file = path.join(import.meta.dirname, `results/checkout-${name}.cpuprofile`);
  const shares = await profiler.stop(file);
  const top = shares.slice(0, 12).map((s) => `${s.area} ${s.percent.toFixed(1)} %`).join(', ');
  console.error(`${label}: CPU (self time, idle excluded) while placing: ${top}; profile in ${path.relative(repoRoot, file)}`);
}

/** With one unit of one variant per cart: every variant sells min(customers wanting it, its stock). */
function expectedOrders(variants: readonly BenchVariant[], shoppers: readonly Shopper[], lines: number): number | null {
  if (lines !== 1) return null;
  return variants.reduce((n, v) => n + Math.min(v.initialStock, shoppers.filter((s) => s.lines[0]?.variantId === v.id).length), 0);
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Everything that makes the run invalid: errors, integrity failures, wrong order counts, a failed probe. */
function failuresOf(result: TargetResult): string[] {
  const failures: string[] = [];
  if (result.warmup?.errors) failures.push(`${result.label}: ${result.warmup.errors} errors in the warm-up`);
  if (!result.probe.ok) failures.push(`${result.label}: the idempotency probe did not make exactly one order`);
  for (const level of result.levels) {
    const where = `${result.label}, ${level.concurrency} in flight`;
    const errors = level.cartGet.errors + level.placeOrder.errors;
    if (errors) failures.push(`${where}: ${errors} errors`);
    const integrity = integrityFailures(level.verification);
    if (integrity) failures.push(`${where}: ${integrity} integrity failures (${describeIntegrity(level.verification)})`);
    if (level.expectedOrders !== null && level.placeOrder.ok !== level.expectedOrders) {
      failures.push(`${where}: ${level.placeOrder.ok} orders placed, ${level.expectedOrders} expected`);
    }
  }
  return failures;
}

function describeIntegrity(v: Verification): string {
  return Object.entries({
    oversells: v.oversells,
    stockDrift: v.stockDrift,
    duplicateOrders: v.duplicateOrders,
    linesDifferFromCart: v.linesDifferFromCart,
    missingOrders: v.missingOrders,
    unexpectedOrders: v.unexpectedOrders,
    cartStatusWrong: v.cartStatusWrong,
    ordersWithoutPayment: v.ordersWithoutPayment,
  })
    .filter(([, n]) => n)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

// ---- Main ----------------------------------------------------------------------------------

try {
  const targets: { id: TargetResult['id']; label: string }[] = [];
  if (!options.skipPostgres) targets.push({ id: 'postgres', label: 'PostgreSQL' });
  if (options.pglite) targets.push({ id: 'pglite', label: 'PGlite' });

  const stockSplit = splitStock(options.stock, options.variants);
  console.log(`\ncheckout.placeOrder benchmark: per level ${options.customers} customers with ${options.lines} unit${options.lines > 1 ? 's' : ''} ` +
    `(${options.lines} variant${options.lines > 1 ? `s, added in ${options.sameLineOrder ? 'the same' : 'random'} order` : ''}) in their cart, ${options.stock} units in stock over ${options.variants} variants ` +
    `(${[...new Set(stockSplit)].join('/')} each), ${options.concurrency.join(' and ')} requests in flight` +
    `${options.skipPostgres ? '' : `, PostgreSQL connection pool ${options.poolSize}`}, ` +
    `${options.products}-product catalog, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const results: TargetResult[] = [];
  for (const target of targets) {
    results.push(await benchTarget(target.id, target.label, options));
    timings[`${target.id}Ms`] = Math.round(results.at(-1)!.totalMs);
  }
  timings.totalMs = Math.round(performance.now() - started);

  console.log(`\n${formatCheckoutTables(results)}`);
  console.log(`\nTimings: ${Object.entries(timings).map(([k, v]) => `${k.replace(/Ms$/, '')} ${seconds(v)}`).join(', ')}`);
  await writeJson(RESULTS_FILE, {
    benchmark: 'checkout.placeOrder',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}` },
    options,
    targets: results,
    timings,
  });
  console.log(`Written to ${path.relative(repoRoot, RESULTS_FILE)}`);

  const failures = results.flatMap(failuresOf);
  if (failures.length) {
    console.error(`\nThe run is not valid:\n${failures.map((f) => `  · ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!cleanup.interrupted) console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}
