// First start on Meilisearch: how long after the API process is launched on an empty database
// and an empty Meilisearch the demo catalog is searchable in full (issue #18 target: 10 s).
// Starts `apps/api` (tsx src/main.ts) on a throw-away PGlite directory, and the server at
// MEILISEARCH_URL or a throw-away one; follows the index's document count until it has been
// still for 20 s after the API listens, stops the API, counts the published products in its
// database and prints the seconds to "listening" and to "every published product searchable".
// The migrated PGlite template is made first, as the start scripts' build step does, and the
// clock starts after it (its making is printed on its own line).
// Usage: pnpm bench:search-first-start
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@tandem/db';
import { buildTemplate } from '@tandem/db/template';
import { MeilisearchEngine } from '@tandem/search/meilisearch';
import { Cleanup } from './lib/cleanup.ts';
import { meilisearchServer } from './lib/meilisearch.ts';
import { repoRoot } from './lib/prepare.ts';

const TIMEOUT_MS = 600_000;
const STILL_MS = 20_000;
const cleanup = new Cleanup();
cleanup.onSignals();
try {
  const meili = await meilisearchServer();
  if (meili.url === null) throw new Error(`no Meilisearch: ${meili.skipped}`);
  cleanup.add('stop Meilisearch', () => meili.stop());
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-first-start-'));
  cleanup.add('remove the data directory', () => rm(dir, { recursive: true, force: true }));
  const indexUid = 'products';
  const engine = new MeilisearchEngine({ host: meili.url, apiKey: meili.apiKey, indexUid });
  const templateStarted = performance.now();
  const template = await buildTemplate();
  console.log(template.built ? `made the migrated PGlite template in ${((performance.now() - templateStarted) / 1000).toFixed(1)} s (the build step)` : 'the migrated PGlite template was there');
  const started = performance.now();
  const api = spawn('pnpm', ['--filter', '@tandem/api-server', 'start'], {
    cwd: repoRoot,
    env: { ...process.env, PGLITE_DATA_DIR: path.join(dir, 'pglite'), MEDIA_DIR: path.join(dir, 'media'), API_PORT: '0', MEILISEARCH_URL: meili.url, MEILISEARCH_API_KEY: meili.apiKey, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stopApi = () => {
    if (api.pid && api.exitCode === null && api.signalCode === null) process.kill(-api.pid, 'SIGTERM');
  };
  cleanup.add('stop the API', stopApi);
  let listening: number | null = null;
  let catalogReady: number | null = null;
  let databaseReady: number | null = null;
  const log: string[] = [];
  const read = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      log.push(line);
      if (listening === null && line.includes('Tandem API listening')) listening = performance.now() - started;
      if (catalogReady === null && line.includes('Demo catalog ready')) catalogReady = performance.now() - started;
      // Logged once the database is open and migrated, as the seed starts.
      if (databaseReady === null && line.includes('Empty database')) databaseReady = performance.now() - started;
    }
  };
  api.stdout.on('data', read);
  api.stderr.on('data', read);
  // When the document count changed, and to what.
  const counts: { at: number; count: number }[] = [];
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API stopped (exit ${api.exitCode}):\n${log.slice(-20).join('\n')}`);
    if (performance.now() - started > TIMEOUT_MS) throw new Error(`still indexing after ${TIMEOUT_MS / 1000} s:\n${log.slice(-20).join('\n')}`);
    const count = (await engine.status().catch(() => ({ documents: 0 }))).documents;
    if (count !== (counts.at(-1)?.count ?? 0)) counts.push({ at: performance.now() - started, count });
    const lastChange = counts.at(-1)?.at ?? 0;
    if (listening !== null && performance.now() - started - Math.max(lastChange, listening) > STILL_MS) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const exited = new Promise((resolve) => api.once('exit', resolve));
  stopApi();
  await exited;
  const db = await openDatabase({ dataDir: path.join(dir, 'pglite') });
  const products = await db.prisma.product.count({ where: { status: 'ACTIVE' } }).finally(() => db.close());
  const reached = counts.find((c) => c.count >= products);
  if (!reached) throw new Error(`the index holds ${counts.at(-1)?.count ?? 0} of ${products} published products`);
  const searchable = reached.at;
  console.log(`\nfirst start on Meilisearch: ${products} published demo products`);
  console.log('| database open and migrated s | demo catalog seeded s | API listening s | every product searchable s | searchable after the seed s |');
  console.log('|---:|---:|---:|---:|---:|');
  const s = (ms: number | null) => (ms === null ? '—' : (ms / 1000).toFixed(1));
  console.log(`| ${s(databaseReady)} | ${s(catalogReady)} | ${s(listening)} | ${s(searchable)} | ${catalogReady === null ? '—' : s(searchable - catalogReady)} |`);
} finally {
  await cleanup.run();
}
