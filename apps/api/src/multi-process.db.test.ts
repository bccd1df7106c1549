// Several API processes on one PostgreSQL (embedded PGlite belongs to one process, so this file
// runs in the PostgreSQL stage only): a price change a staff member makes through the admin API
// on one process shows on the other's cached reads within a second, a rate limit counts the
// attempts both processes receive, an interval job runs once per interval across both, and
// API_WORKERS=2 serves one port from two processes, adds up their metrics and stops cleanly.
// (The rate limit under 25 parallel attempts, also on PGlite: shared-limits.db.test.ts.)
import http from 'node:http';
import { hashToken, newToken, SIGN_IN_LIMITS } from '@tandem/core/accounts';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiTestProcess, type ApiTestProcess } from './api-process.test-support.ts';
import { signInParallel, signUpOverHttp, tally } from './sign-in-attempts.test-support.ts';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
// Embedded PGlite lives inside one process, so two processes cannot share it.
const skipped = onPostgres ? '' : ' (skipped: TEST_DATABASE_URL is not set; PGlite cannot be shared between processes)';
if (!onPostgres) console.log('– skipping the two-process tests: TEST_DATABASE_URL is not set (embedded PGlite belongs to one process; the PostgreSQL stage of scripts/test.sh runs them)');
const METRICS_TOKEN = 'multi-process-metrics-token';
let db: TestDatabase;
const processes: ApiTestProcess[] = [];

beforeAll(async () => {
  if (onPostgres) db = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await Promise.all(processes.map((api) => api.stop()));
  await db?.close();
});

async function start(env: Record<string, string> = {}, until?: RegExp): Promise<ApiTestProcess> {
  // Reads stay cached for five minutes: only the invalidation can make a change show sooner.
  const api = await startApiTestProcess({ env: { DATABASE_URL: db.url!, CATALOG_READ_CACHE_TTL_MS: '300000', ORDER_EXPIRY_INTERVAL_MS: '1000', METRICS_TOKEN, ...env }, until });
  processes.push(api);
  return api;
}

async function priceShown(base: string): Promise<number> {
  const response = await fetch(`${base}/trpc/catalog.bySlug?input=${encodeURIComponent(JSON.stringify({ slug: 'shared-saddle' }))}`);
  const body = (await response.json()) as { result: { data: { price: { min: { amount: number } } } } };
  return body.result.data.price.min.amount;
}

function statusOnNewConnection(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      })
      .on('error', reject);
  });
}

/** A catalog manager's session, straight in the database (signing in is not what is tested here). */
async function catalogManagerToken(): Promise<string> {
  const token = newToken();
  await db.prisma.customer.create({
    data: { email: 'catalog-manager@example.test', name: 'Cat', passwordHash: 'unused', roles: ['CATALOG_MANAGER'], sessions: { create: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3_600_000) } } },
  });
  return token;
}

/** The admin app's call: `adminCatalog.variants.update` over HTTP with the staff session. */
async function updatePriceThroughAdmin(base: string, token: string, id: string, priceAmount: number): Promise<void> {
  const response = await fetch(`${base}/trpc/adminCatalog.variants.update`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ id, priceAmount }),
  });
  if (!response.ok) throw new Error(`adminCatalog.variants.update answered ${response.status}: ${await response.text()}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!onPostgres)(`two API processes on one PostgreSQL${skipped}`, () => {
  let a: ApiTestProcess;
  let b: ApiTestProcess;

  beforeAll(async () => {
    const category = await makeCategory(db.prisma, 'shared-saddles');
    await makeProduct(db.prisma, { slug: 'shared-saddle', categoryId: category.id, variants: [{ priceAmount: 5_000, stockOnHand: 5 }] });
    // One after the other: each applies pending migrations under an advisory lock first.
    a = await start();
    b = await start();
  }, 180_000);

  it('show a price change made through the admin API on one process on the other’s cached reads within a second', async () => {
    const token = await catalogManagerToken();
    // Both processes have the product page cached (for five minutes) before the change.
    expect([await priceShown(a.base), await priceShown(b.base)]).toEqual([5_000, 5_000]);
    const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { product: { slug: 'shared-saddle' } } });
    await updatePriceThroughAdmin(a.base, token, variant.id, 4_200);
    expect(await priceShown(a.base)).toBe(4_200);
    await vi.waitFor(async () => expect(await priceShown(b.base)).toBe(4_200), { timeout: 1_000, interval: 25 });
  });

  it('count sign-in attempts sent to either process against one limit', async () => {
    const email = 'two-processes@example.test';
    await signUpOverHttp(a.base, { email, password: 'correct horse battery' });
    const free = SIGN_IN_LIMITS.perAccountAndAddress.limit;
    // Alternating between the processes: counting apart, they would let 6 of the 7 be checked.
    const attempts = Array.from({ length: free + 4 }, (_, i) => ({ email, password: `wrong guess ${i}` }));
    expect(tally(await signInParallel([a.base, b.base], attempts))).toEqual({ UNAUTHORIZED: free, TOO_MANY_REQUESTS: 4 });
  });

  it('run an interval job once per interval between them', async () => {
    const runsOf = async () => (await db.prisma.intervalJobRun.findUnique({ where: { name: 'order expiry' } }))?.runs ?? 0;
    await vi.waitFor(async () => expect(await runsOf()).toBeGreaterThan(0), { timeout: 5_000, interval: 100 });
    const before = await runsOf();
    await sleep(4_000);
    // Four 1-second intervals: one run each (plus one at the edge), not one per process.
    const runs = (await runsOf()) - before;
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(5);
  });
});

describe.skipIf(!onPostgres)(`API_WORKERS=2${skipped}`, () => {
  it('serves one port from two processes, sums their metrics, and stops with exit code 0', async () => {
    const cluster = await start({ API_WORKERS: '2' }, /with 2 worker processes/);
    // A new connection each (fetch would keep one alive, and one connection stays with one worker).
    for (let i = 0; i < 40; i++) expect(await statusOnNewConnection(`${cluster.base}/health/live`)).toBe(200);
    const pids = new Set(cluster.output().split('\n').filter((line) => line.includes('"route":"/health/live"')).map((line) => (JSON.parse(line) as { pid: number }).pid));
    expect(pids.size).toBe(2);
    const metrics = await (await fetch(`${cluster.base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(metrics).toMatch(/^tandem_http_request_duration_seconds_count\{route="\/health\/live",method="GET",status="200"\} 40$/m);
    expect(await cluster.stop()).toBe(0);
  }, 120_000);
});
