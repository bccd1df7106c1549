// /metrics: closed without the token, and with it the series an operator watches — request
// latency per procedure (counting the requests just made), the job queue, the e-mail outbox,
// the catalog cache and the process — with labels that unknown paths cannot multiply.
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { enqueueJob } from '@tandem/core/jobs';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createTestDatabase, makeCategory, makeProduct, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from './log-capture.test-support.ts';
import { createApiMetrics } from './metrics.ts';
import { createApiServer } from './server.ts';

const TOKEN = 'metrics-token-for-the-test';
let db: TestDatabase;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  db = await createTestDatabase();
  const category = await makeCategory(db.prisma, 'metric-wheels');
  await makeProduct(db.prisma, { slug: 'metric-wheel', categoryId: category.id });
  let cacheStats = () => ({ hits: 0, misses: 0 });
  let answerStats = () => ({ hits: 0, misses: 0 });
  const metrics = createApiMetrics({ db, catalogCache: () => cacheStats(), publicReadAnswers: () => answerStats() });
  const server = createApiServer({
    db,
    mediaDir: os.tmpdir(),
    storefrontUrl: TEST_STOREFRONT_URL,
    services: { ...embeddedAdapters(db.prisma), catalog: { readCacheTtlMs: 60_000 } },
    logger: captureLogs().logger,
    metrics,
    metricsRoute: { token: TOKEN, render: async () => ({ contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }) },
  });
  cacheStats = () => server.services.catalog.cacheStats();
  answerStats = () => server.publicReadAnswers.stats();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await close();
  await db.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one sample line, e.g. `tandem_job_queue_pending` or `name{label="x"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('is refused without the bearer token, and with a wrong one', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer not-the-token' } })).status).toBe(401);
  });

  it('counts each request under its procedure and status, and the cache hits of the later reads', async () => {
    const before = await scrape();
    const countOf = (text: string) => sample(text, 'tandem_http_request_duration_seconds_count{route="catalog.bySlug",method="GET",status="200"}') ?? 0;
    const delta = (name: string) => (sample(after, name) ?? 0) - (sample(before, name) ?? 0);
    const url = `${base}/trpc/catalog.bySlug?input=${encodeURIComponent(JSON.stringify({ slug: 'metric-wheel' }))}`;
    // Anonymous twice (the second from the stored answer), then with a cart (past the stored answers, from the read cache).
    for (const headers of [{}, {}, { 'X-Cart-Token': 'metrics-cart' }] as Record<string, string>[]) expect((await fetch(url, { headers })).status).toBe(200);
    const after = await scrape();
    expect(countOf(after) - countOf(before)).toBe(3);
    expect([delta('tandem_public_read_answers_misses_total'), delta('tandem_public_read_answers_hits_total')]).toEqual([1, 1]);
    expect([delta('tandem_catalog_cache_misses_total'), delta('tandem_catalog_cache_hits_total')]).toEqual([1, 1]);
    expect(after).toMatch(/tandem_http_request_duration_seconds_bucket\{le="0.005",route="catalog.bySlug",method="GET",status="200"\}/);
  });

  it('puts unknown procedures and paths under fixed labels, whatever a client invents', async () => {
    await fetch(`${base}/trpc/made.up.procedure${Math.random()}`);
    await fetch(`${base}/no/such/page/${Math.random()}`);
    const text = await scrape();
    expect(text).toMatch(/route="trpc:unknown",method="GET",status="404"/);
    expect(text).toMatch(/route="not found",method="GET",status="404"/);
    expect(text).not.toMatch(/made\.up\.procedure|no\/such\/page/);
  });

  it('reports the job queue, the e-mail outbox and the process', async () => {
    // The catalog's triggers queue search syncs of their own (no worker runs here).
    const pendingBefore = sample(await scrape(), 'tandem_job_queue_pending')!;
    await db.prisma.$transaction((tx) => enqueueJob(tx, { kind: 'metrics-test', key: 'metrics:1' }));
    await db.prisma.$executeRaw`UPDATE "Job" SET "runAt" = LOCALTIMESTAMP - interval '90 seconds' WHERE kind = 'metrics-test'`;
    await db.prisma.outboxEmail.createMany({ data: [{ to: 'a@example.com', subject: 'Hi', text: 'Hi', kind: 'test' }, { to: 'b@example.com', subject: 'Hi', text: 'Hi', kind: 'test', lastError: '550 no such user' }] });
    const text = await scrape();
    expect(sample(text, 'tandem_job_queue_pending')).toBe(pendingBefore + 1);
    expect(sample(text, 'tandem_job_queue_oldest_due_seconds')).toBeGreaterThanOrEqual(89);
    expect(sample(text, 'tandem_emails_queued')).toBe(1);
    expect(sample(text, 'tandem_emails_failed')).toBe(1);
    expect(sample(text, 'tandem_emails_sent_total')).toBe(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    // PostgreSQL's connection pool (embedded PGlite has a single session, and no pool to show).
    if (db.kind === 'postgres') expect(sample(text, 'tandem_db_pool_connections{state="open"}')).toBeGreaterThan(0);
    else expect(text).not.toMatch(/tandem_db_pool_connections/);
  });
});
