// Configurator benchmark: latency of validate + price (tRPC `configurator.evaluate`) on the seeded
// bike builder, over HTTP (the API's default 2 s definition cache) and in-process (with and
// without it), next to baselines measured in the same run and process:
// `catalog.bySlug` of the same product over HTTP (a light read), and the pure engine alone.
// Requests run one at a time (latency, not throughput); kinds are interleaved so machine noise
// hits all of them alike. Usage: pnpm bench:configurator [--requests 400]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createConfiguratorService, evaluateConfiguration } from '@tandem/core/configurator';
import { openDatabase, applyPendingMigrations } from '@tandem/db';
import { seedDemoCatalog } from '@tandem/db/seed';
import { startApiServer } from './lib/servers.ts';
import { percentile } from './lib/stats.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '400' } } });
const requests = Number(values.requests);
const SLUG = 'build-your-road-bike';
const choices = { frame: 'endurance_disc', size: 'l', crank_length: 175, colour: 'sunset_orange', groupset: 'groupset_2', brakes: 'disc', wheels: 'carbon_disc', tyres: 'allround_28', extras: ['cages', 'mount'], name: 'Bench' };

const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-configurator-'));
const db = await openDatabase({ dataDir: path.join(dir, 'pglite') });
try {
  await applyPendingMigrations(db.adapterFactory);
  await seedDemoCatalog(db.prisma, { mediaDir: path.join(dir, 'media') });
  const server = await startApiServer(db, path.join(dir, 'media'), { catalog: { facetCacheTtlMs: 0 } });
  const service = createConfiguratorService(db.prisma);
  const uncached = createConfiguratorService(db.prisma, { evaluateCacheTtlMs: 0 });
  const { definition } = await service.product(SLUG);
  const input = (x: unknown) => encodeURIComponent(JSON.stringify(x));
  const evaluateUrl = `${server.origin}/trpc/configurator.evaluate?input=${input({ slug: SLUG, choices })}`;
  const baselineUrl = `${server.origin}/trpc/catalog.bySlug?input=${input({ slug: SLUG })}`;
  const check = await (await fetch(evaluateUrl)).json() as { result?: { data?: { valid?: boolean } } };
  if (check.result?.data?.valid !== true) throw new Error(`The bench configuration is not valid: ${JSON.stringify(check).slice(0, 300)}`);

  const kinds: Record<string, () => Promise<unknown>> = {
    'HTTP configurator.evaluate': async () => (await fetch(evaluateUrl)).arrayBuffer(),
    'HTTP catalog.bySlug (baseline)': async () => (await fetch(baselineUrl)).arrayBuffer(),
    'in-process service.evaluate (cached 2 s)': () => service.evaluate(SLUG, choices),
    'in-process service.evaluate (cache off, 2 reads)': () => uncached.evaluate(SLUG, choices),
    'in-process engine only (pure)': async () => evaluateConfiguration(definition, choices),
  };
  const samples = new Map(Object.keys(kinds).map((k) => [k, [] as number[]]));
  for (let i = 0; i < requests + 50; i++) {
    for (const [name, run] of Object.entries(kinds)) {
      const t = performance.now();
      await run();
      if (i >= 50) samples.get(name)!.push(performance.now() - t); // the first 50 warm up
    }
  }
  await server.close();
  console.log(`\nConfigurator validate + price on "${SLUG}" (PGlite, ${requests} sequential requests each, interleaved)\n`);
  console.log(`${'target'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`);
  for (const [name, list] of samples) {
    const f = (p: number) => percentile(list, p).toFixed(3).padStart(8);
    console.log(`${name.padEnd(44)} ${f(50)} ${f(95)} ${f(99)}`);
  }
} finally {
  await db.close();
  await rm(dir, { recursive: true, force: true });
}
