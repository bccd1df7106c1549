// The checkout benchmark's result shapes and printed tables.
import type { Verification } from './checkout-data.ts';
import type { LockSamples } from './pg-activity.ts';
import { fmt, table } from './report.ts';

/** One run of one procedure: every request sent once, `concurrency` in flight. */
export interface RunStats {
  procedure: string;
  concurrency: number;
  requests: number;
  /** 200 with the expected answer (a placed order; the shopper's own cart). */
  ok: number;
  /** 409 CONFLICT: sold out, an expected refusal. */
  refused: number;
  /** Anything else: other statuses, network errors, timeouts, wrong answers. */
  errors: number;
  wallMs: number;
  /** All answers per second over the whole run. */
  reqPerS: number;
  /** Successes per second, from the start until the last success (refusals after the sell-out do not dilute it). */
  okPerS: number;
  okUntilMs: number;
  /** Latency of the successes, ms (exact, from every request). */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** Latency of the refusals, ms. */
  refusedP50: number;
  refusedP99: number;
  /** The most frequent error messages, with counts. */
  errorSamples: string[];
}

export interface LevelResult {
  concurrency: number;
  /** The baseline: a read through the same authentication, same server, same concurrency. */
  cartGet: RunStats;
  placeOrder: RunStats;
  /** Why placements were refused: sold out when the cart was priced, or caught by the conditional stock decrement. */
  refusals: Record<'soldOutAtQuote' | 'stockGuard' | 'cartChanged' | 'other', number>;
  /** min(customers, stock) per variant with one-line carts; null with multi-line carts (no simple expectation). */
  expectedOrders: number | null;
  verification: Verification;
  /** PostgreSQL only. */
  locks: LockSamples | null;
  deadlocks: number | null;
}

export interface ProbeResult {
  copies: number;
  /** HTTP status → how many copies got it. */
  statuses: Record<string, number>;
  distinctOrderIds: number;
  ordersInDatabase: number;
  orderNumber: string | null;
  stockBefore: number;
  stockAfter: number;
  ok: boolean;
}

export interface TargetResult {
  id: 'postgres' | 'pglite';
  label: string;
  poolSize: number;
  prepareMs: number;
  totalMs: number;
  warmup: { requests: number; errors: number; orders: number } | null;
  probe: ProbeResult;
  levels: LevelResult[];
}

export function formatCheckoutTables(results: readonly TargetResult[]): string {
  const rows = results.flatMap((target) => target.levels.map((level) => ({ target, level })));

  const main = table(
    ['target', 'in flight', 'orders/s', 'p50 ms', 'p95 ms', 'p99 ms', 'placed', 'refused 409', 'errors', 'oversells', '│ cart.get req/s', 'p50 ms', 'p99 ms', '│ rate ÷', 'p50 ×'],
    rows.map(({ target, level }) => {
      const { placeOrder: po, cartGet: cg } = level;
      return [
        target.label,
        String(level.concurrency),
        fmt(po.okPerS, 0),
        fmt(po.p50, 1),
        fmt(po.p95, 1),
        fmt(po.p99, 1),
        fmt(po.ok, 0),
        fmt(po.refused, 0),
        String(po.errors),
        String(level.verification.oversells),
        `│ ${fmt(cg.reqPerS, 0)}`,
        fmt(cg.p50, 1),
        fmt(cg.p99, 1),
        `│ ${fmt(cg.reqPerS / po.okPerS, 1)}`,
        fmt(po.p50 / cg.p50, 1),
      ];
    }),
    [false, true, true, true, true, true, true, true, true, true, true, true, true, true, true],
  );

  const integrity = table(
    ['target', 'in flight', 'expected', 'placed', 'sold/stock', 'drift', 'lines≠cart', 'resp≠db', 'cart status', 'no payment', 'stale roll-ups', '409 quote/guard', '409 p50 ms', 'lock waits mean/max', 'deadlocks', 'errors'],
    rows.map(({ target, level }) => {
      const v = level.verification;
      const sold = v.variants.reduce((n, x) => n + x.sold, 0);
      const stock = v.variants.reduce((n, x) => n + x.initialStock, 0);
      return [
        target.label,
        String(level.concurrency),
        level.expectedOrders === null ? '–' : fmt(level.expectedOrders, 0),
        fmt(level.placeOrder.ok, 0),
        `${fmt(sold, 0)}/${fmt(stock, 0)}`,
        String(v.stockDrift),
        String(v.linesDifferFromCart),
        String(v.missingOrders + v.unexpectedOrders + v.duplicateOrders),
        String(v.cartStatusWrong),
        String(v.ordersWithoutPayment),
        String(v.staleRollups),
        `${level.refusals.soldOutAtQuote}/${level.refusals.stockGuard}${level.refusals.cartChanged + level.refusals.other ? ` (+${level.refusals.cartChanged + level.refusals.other})` : ''}`,
        fmt(level.placeOrder.refusedP50, 1),
        level.locks ? `${fmt(level.locks.meanLockWaits, 1)}/${level.locks.maxLockWaits}` : '–',
        level.deadlocks === null ? '–' : String(level.deadlocks),
        String(level.cartGet.errors + level.placeOrder.errors),
      ];
    }),
    [false, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true],
  );

  const probes = results.map(({ label, probe }) => {
    const statuses = Object.entries(probe.statuses).map(([status, n]) => `${n} × ${status === '0' ? 'network error' : status}`).join(', ');
    return `Idempotency probe, ${label}: ${probe.copies} concurrent placeOrder with one key → ${statuses}; ${probe.distinctOrderIds} distinct order id, ` +
      `${probe.ordersInDatabase} order in the database (${probe.orderNumber ?? 'none'}), stock ${probe.stockBefore} → ${probe.stockAfter}: ${probe.ok ? 'OK' : 'FAILED'}`;
  });

  const errorLines = rows.flatMap(({ target, level }) =>
    [...level.cartGet.errorSamples.map((s) => `cart.get: ${s}`), ...level.placeOrder.errorSamples.map((s) => `placeOrder: ${s}`)].map(
      (s) => `  ${target.label}, ${level.concurrency} in flight, ${s}`,
    ),
  );

  return [
    'Throughput and latency (latency of successes; "rate ÷" = cart.get req/s ÷ orders/s, "p50 ×" = placeOrder p50 ÷ cart.get p50)',
    main,
    '',
    'Integrity (checked in the database after each level; everything but "expected", "placed", "sold/stock", the 409 split, latency and lock waits must be 0)',
    integrity,
    '',
    ...probes,
    ...(errorLines.length ? ['', 'Errors:', ...errorLines] : []),
  ].join('\n');
}
