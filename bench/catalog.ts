// Catalog listing benchmark: requests/s and latency of tRPC `catalog.list` over HTTP on a
// generated catalog, on embedded PGlite and on a real PostgreSQL, next to the ceiling: a bare
// node:http server answering the same paths with the same JSON from memory, measured in the
// same run. `--reads categories` loads category pages and `--reads products` product pages
// (`catalog.bySlug`) instead of filtered listings.
// Usage: pnpm bench:catalog [--products 10000] [--rounds 3] [--duration 5] [--skip-postgres] [--reads listings|categories|products]
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@tandem/db';
import { readOptions } from './lib/args.ts';
import { Cleanup } from './lib/cleanup.ts';
import { runLoad } from './lib/load.ts';
import { benchMediaDir, preparePglite, preparePostgres, repoRoot, startPostgres } from './lib/prepare.ts';
import { fetchBodies, summarise as summariseBody, timeQueries } from './lib/probe.ts';
import { categoryPageQueries, productPageQueries, representativeQueries } from './lib/queries.ts';
import { formatQueryTimings, formatTable, summarise, writeJson, type TargetRuns } from './lib/report.ts';
import { startApiServer, startCeilingServer, type RunningServer } from './lib/servers.ts';

const options = readOptions();
const RESULTS_FILE = path.join(import.meta.dirname, `results/catalog-latest${options.reads === 'listings' ? '' : `-${options.reads}`}${options.noFacets ? '-no-facets' : ''}${options.facetCacheTtlMs === 0 ? '-no-facet-cache' : ''}.json`);
const QUERY_SAMPLES = 15;

interface Target {
  runs: TargetRuns;
  server: RunningServer;
}

const cleanup = new Cleanup();
cleanup.onSignals();
const timings: Record<string, number> = {};
const started = performance.now();
const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since));

try {
  // 1. The catalog, on each database.
  const databases: { id: 'pglite' | 'postgres'; label: string; db: Database; generated: boolean }[] = [];
  if (!options.skipPglite) {
    const pglite = await preparePglite(options.products);
    cleanup.add('close PGlite', () => pglite.db.close());
    timings.preparePgliteMs = Math.round(pglite.ms);
    databases.push({ id: 'pglite', label: 'tRPC + PGlite', db: pglite.db, generated: pglite.generated });
    console.error(`PGlite ready (${path.relative(repoRoot, pglite.dataDir)}, ${pglite.generated ? 'generated' : 'reused'}, ${(pglite.ms / 1000).toFixed(1)} s)`);
  }
  if (!options.skipPostgres) {
    const since = performance.now();
    const cluster = await startPostgres(options.pgPort);
    cleanup.add('stop PostgreSQL', () => cluster.stop());
    const postgres = await preparePostgres(cluster, options.products);
    cleanup.add('close PostgreSQL client', () => postgres.db.close());
    lap('preparePostgresMs', since);
    databases.push({ id: 'postgres', label: 'tRPC + PostgreSQL', db: postgres.db, generated: postgres.generated });
    console.error(`PostgreSQL ready (port ${cluster.port}, ${postgres.generated ? 'generated' : 'reused'}, ${(timings.preparePostgresMs! / 1000).toFixed(1)} s)`);
  }

  // 2. The query set, derived from the first database, and the servers.
  const reference = databases[0]!;
  const queries =
    options.reads === 'categories'
      ? await categoryPageQueries(reference.db.prisma)
      : options.reads === 'products'
        ? await productPageQueries(reference.db.prisma)
        : await representativeQueries(reference.db.prisma, !options.noFacets);
  const targets: Target[] = [];
  const referenceBodies = new Map<string, string>();
  for (const { id, label, db } of databases) {
    const server = await startApiServer(db, benchMediaDir, { catalog: { facetCacheTtlMs: options.facetCacheTtlMs } });
    cleanup.add(`close ${label} server`, () => server.close());
    const bodies = await fetchBodies(server.origin, queries); // every path must answer 200
    if (id === reference.id) for (const [p, body] of bodies) referenceBodies.set(p, body);
    else {
      for (const query of queries) {
        const a = summariseBody(referenceBodies.get(query.path)!);
        const b = summariseBody(bodies.get(query.path)!);
        if (a.total !== b.total || a.slugs.join() !== b.slugs.join()) {
          console.error(`warning: ${query.name}: ${reference.label} and ${label} disagree (${a.total} vs ${b.total} matches)`);
        }
      }
    }
    targets.push({ server, runs: { id, label, rounds: [] } });
    if (options.readCacheTtlMs > 0) {
      // The same database behind the read cache (nothing changes the catalog during the run, so
      // no version follower is needed): cached vs uncached in one run.
      const cached = await startApiServer(db, benchMediaDir, { catalog: { facetCacheTtlMs: options.facetCacheTtlMs, readCacheTtlMs: options.readCacheTtlMs } });
      cleanup.add(`close ${label} cached server`, () => cached.close());
      await fetchBodies(cached.origin, queries);
      targets.push({ server: cached, runs: { id: `${id}-cached`, label: `${label} + read cache`, rounds: [] } });
    }
  }
  const ceiling = await startCeilingServer(referenceBodies);
  cleanup.add('close ceiling server', () => ceiling.close());
  await fetchBodies(ceiling.origin, queries);
  targets.unshift({ server: ceiling, runs: { id: 'ceiling', label: 'ceiling (node:http, JSON in memory)', rounds: [] } });

  console.log(`\ncatalog ${options.reads} benchmark: ${options.products} active products, ${queries.length} queries in rotation` +
    `${options.noFacets ? ' WITHOUT facets (--no-facets)' : ' with facets'}` +
    `${options.facetCacheTtlMs === 0 ? ' recounted on every request (--facet-cache-ttl 0)' : ` (facet cache ${options.facetCacheTtlMs} ms)`}, ` +
    `${options.connections} connections, ${options.rounds} × ${options.duration} s rounds (+ ${options.warmup} s warm-up), ` +
    `${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const query of queries) console.log(`  · ${query.name}: ${JSON.stringify(query.input)}`);

  // 3. Each query alone, sequentially: where the time goes, before the load.
  let since = performance.now();
  for (const target of targets) {
    if (target.runs.id !== 'ceiling') target.runs.queries = await timeQueries(target.server.origin, queries, QUERY_SAMPLES);
  }
  lap('sequentialProbeMs', since);

  // 4. Load: one warm-up round per target, then rounds alternating over the targets so every
  // round of a database has a ceiling measured seconds apart on the same noisy machine.
  since = performance.now();
  const paths = queries.map((q) => q.path);
  const load = async (target: Target, duration: number) => {
    const result = await runLoad({ origin: target.server.origin, paths, connections: options.connections, duration });
    const drained = performance.now();
    await target.server.idle(); // finish the requests still queued before the next round starts
    return { ...result, drainMs: Math.round(performance.now() - drained) };
  };
  if (options.warmup > 0) for (const target of targets) await load(target, options.warmup);
  lap('warmupMs', since);
  since = performance.now();
  for (let round = 1; round <= options.rounds; round++) {
    for (const target of targets) {
      const result = await load(target, options.duration);
      target.runs.rounds.push(result);
      console.error(`round ${round}/${options.rounds} ${target.runs.label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, ` +
        `p99 ${result.p99} ms, drained in ${result.drainMs} ms${result.errors || result.non2xx ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ''}`);
    }
  }
  lap('roundsMs', since);
  lap('totalMs', started);

  // 5. Report.
  const runs = targets.map((t) => t.runs);
  const summary = summarise(runs);
  console.log(`\n${formatTable(summary)}`);
  console.log(`\n${formatQueryTimings(runs)}`);
  const failures = summary.reduce((n, row) => n + row.errors + row.non2xx, 0);
  console.log(`\nTimings: ${Object.entries(timings).map(([k, v]) => `${k.replace(/Ms$/, '')} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  await writeJson(RESULTS_FILE, {
    benchmark: 'catalog.list',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}` },
    options,
    catalog: { products: options.products, generated: Object.fromEntries(databases.map((d) => [d.id, d.generated])) },
    queries: queries.map((q) => ({ name: q.name, input: q.input, path: q.path, bytes: Buffer.byteLength(referenceBodies.get(q.path) ?? '') })),
    summary,
    targets: runs,
    timings,
  });
  console.log(`Written to ${path.relative(repoRoot, RESULTS_FILE)}`);
  if (failures) {
    console.error(`\n${failures} errors or non-2xx responses: the numbers above are not valid`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!cleanup.interrupted) console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}
