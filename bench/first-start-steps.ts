// Where a first start's time goes before search can start: opening PGlite on an empty directory
// (initdb, or loading the migrated template), applying the migrations, then each step of the
// demo seed, timed one after another in this process. Prints milliseconds and shares; run it
// alternately with another checkout's copy to compare (the machine is shared: read ratios).
// Usage: pnpm bench:first-start-steps [--runs 3]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyMigrationsIfPending, openDatabase } from '@tandem/db';
import { seedDemoCatalog } from '@tandem/db/seed';
import { parseArgs } from 'node:util';
import { flagReader } from './lib/flags.ts';

const USAGE = 'Usage: pnpm bench:first-start-steps [--runs 1]';
const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = flagReader(process.env, USAGE).number('runs', values.runs, 1, 1);

async function timeSteps(): Promise<[string, number][]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-first-start-steps-'));
  const steps: [string, number][] = [];
  let mark = performance.now();
  const step = <T>(name: string, value: T): T => {
    const now = performance.now();
    steps.push([name, now - mark]);
    mark = now;
    return value;
  };
  try {
    const db = step('open PGlite on an empty directory', await openDatabase({ dataDir: path.join(dir, 'pglite') }));
    try {
      step('apply pending migrations', await applyMigrationsIfPending(db.prisma, db.adapterFactory));
      await seedDemoCatalog(db.prisma, {
        mediaDir: path.join(dir, 'media'),
        onStep: (name, ms) => steps.push([name, ms]),
      });
    } finally {
      await db.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return steps;
}

for (let run = 1; run <= runs; run++) {
  const steps = await timeSteps();
  const total = steps.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\nrun ${run} of ${runs}, load ${os.loadavg()[0]!.toFixed(1)}: ${(total / 1000).toFixed(2)} s until the demo catalog is seeded`);
  console.log('| step | ms | share |');
  console.log('|---|---:|---:|');
  for (const [name, ms] of steps) console.log(`| ${name} | ${ms.toFixed(0)} | ${((ms / total) * 100).toFixed(0)} % |`);
}
