// The production build: `pnpm --filter @tandem/api-server build` bundles the API into
// dist/main.js, which runs on plain Node (no tsx, no TypeScript compiler), opens the database
// (PGlite's wasm, Prisma's generated client), applies migrations and reports ready.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir, startApiTestProcess, type ApiTestProcess } from './api-process.test-support.ts';

let db: TestDatabase;
let api: ApiTestProcess;

beforeAll(async () => {
  db = await createTestDatabase();
  execFileSync(process.execPath, [path.join(appDir, 'scripts/build.mjs')], { cwd: appDir, stdio: 'pipe' });
  // Plain `node dist/main.js`: a TypeScript import left in the bundle would fail to load here.
  api = await startApiTestProcess({ args: ['dist/main.js'], env: db.url ? { DATABASE_URL: db.url } : { PGLITE_DATA_DIR: 'memory://' } });
}, 240_000);
afterAll(async () => {
  await api?.stop();
  await db.close();
});

describe('the built API', () => {
  it('serves /health/ready and catalog reads from dist/main.js, and stops with exit code 0', async () => {
    const ready = await fetch(`${api.base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', database: { reachable: true }, migrations: { pending: [] } });
    expect((await fetch(`${api.base}/trpc/catalog.categories`)).status).toBe(200);
    expect(api.child.spawnargs).toEqual([process.execPath, 'dist/main.js']);
    expect(await api.stop()).toBe(0);
  });

  it('names the workspace files’ own folders, not dist/, where they read files beside them', async () => {
    const bundle = await readFile(path.join(appDir, 'dist/main.js'), 'utf8');
    // e.g. the demo offers' feeds, read from packages/demo on a first start.
    expect(bundle).not.toMatch(/import\.meta\.(dirname|filename)/);
    expect(bundle).toContain(JSON.stringify(path.join(appDir, '../../packages/demo/src/offers')));
  });
});
