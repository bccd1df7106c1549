// Liveness and readiness beside the /health report: live while the process answers, ready only
// when the database answers with every migration applied, search (when configured) answers,
// and the process is not shutting down.
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createTestDatabase, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readiness } from './health-routes.ts';
import type { HealthReport } from './health.ts';
import { captureLogs } from './log-capture.test-support.ts';
import { createApiServer } from './server.ts';

let db: TestDatabase;
let base: string;
let shuttingDown = false;
let close: () => Promise<void>;

beforeAll(async () => {
  db = await createTestDatabase();
  const server = createApiServer({ db, mediaDir: os.tmpdir(), storefrontUrl: TEST_STOREFRONT_URL, services: embeddedAdapters(db.prisma), logger: captureLogs().logger, isShuttingDown: () => shuttingDown });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await close();
  await db.close();
});

const HEALTHY: HealthReport = { status: 'ok', database: { kind: 'pglite', reachable: true }, migrations: { applied: 3, pending: [] }, search: { engine: 'meilisearch', reachable: true, documents: 10, waitingSyncs: 0, lagSeconds: 0, failures: 0 } };

describe('health endpoints', () => {
  it('answers /health/live and /health/ready with 200 on a migrated database, and keeps /health', async () => {
    const live = await fetch(`${base}/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', database: { reachable: true }, migrations: { pending: [] } });
    expect(ready.headers.get('cache-control')).toBe('no-store');
    const health = await fetch(`${base}/health`);
    expect([health.status, ((await health.json()) as HealthReport).status]).toEqual([200, 'ok']);
  });

  it('stops being ready once shutdown begins, while still live', async () => {
    shuttingDown = true;
    try {
      const ready = await fetch(`${base}/health/ready`);
      expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable', reason: 'shutting down' }]);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
    } finally {
      shuttingDown = false;
    }
  });

  it('is not ready without the database, with migrations pending or with a configured search engine down', () => {
    expect(readiness(HEALTHY)).toEqual({ ready: true });
    expect(readiness({ ...HEALTHY, database: { kind: 'postgres', reachable: false }, migrations: null, search: null })).toEqual({ ready: false, reason: 'the database does not answer' });
    expect(readiness({ ...HEALTHY, migrations: { applied: 2, pending: ['20270101000000_next'] } })).toEqual({ ready: false, reason: 'migrations are pending' });
    expect(readiness({ ...HEALTHY, search: { ...HEALTHY.search!, reachable: false } })).toEqual({ ready: false, reason: 'the search engine does not answer' });
  });
});
