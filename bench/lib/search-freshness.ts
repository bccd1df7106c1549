// Edit → searchable: how long after a catalog write commits the edited product is found by
// search, with the job worker wired as the API wires it (woken by the NOTIFY each new sync job
// sends, polling as the fallback). Shared by `bench:search` and `bench:search-freshness`.
import { randomBytes } from 'node:crypto';
import { createJobWorker, JOB_CHANNEL } from '@tandem/core/jobs';
import { searchJobHandlers } from '@tandem/core/search';
import type { Database } from '@tandem/db';
import type { SearchEngine } from '@tandem/search';

/** How often the measuring loop asks search whether the edit is there, in ms. */
const PROBE_MS = 5;

/** One edit: ms from the update call until search found it, and from its commit until then. */
export interface EditTiming {
  total: number;
  afterCommit: number;
}

/**
 * Edits `edits` product titles one after another, each to a fresh word, and waits until search
 * finds it; resolves to the timings per edit. Every title is put back afterwards.
 */
export async function timeToSearchable(db: Database, engine: SearchEngine, edits: number): Promise<EditTiming[]> {
  const worker = createJobWorker(db.prisma, { handlers: searchJobHandlers(db.prisma, engine), pollIntervalMs: 200 });
  const stop = worker.start();
  const unlisten = await db.listen(JOB_CHANNEL, () => worker.notify());
  const times: EditTiming[] = [];
  try {
    const sample = await db.prisma.product.findMany({ where: { status: 'ACTIVE' }, select: { id: true, title: true }, take: edits, orderBy: { id: 'desc' } });
    for (const product of sample) {
      const word = `zq${randomBytes(4).toString('hex').replace(/\d/g, 'x')}`;
      const started = performance.now();
      await db.prisma.product.update({ where: { id: product.id }, data: { title: `${product.title} ${word}` } });
      const committed = performance.now();
      for (;;) {
        if ((await engine.search({ query: word, pageSize: 1, facets: false })).total > 0) break;
        if (performance.now() - started > 30_000) throw new Error('edit not searchable after 30 s');
        await new Promise((resolve) => setTimeout(resolve, PROBE_MS));
      }
      const found = performance.now();
      times.push({ total: found - started, afterCommit: found - committed });
      await db.prisma.product.update({ where: { id: product.id }, data: { title: product.title } });
      // The put-back is synced too; let it finish so the next edit is measured on its own.
      await waitForIdleSync(db);
    }
  } finally {
    await unlisten();
    await stop();
  }
  return times;
}

async function waitForIdleSync(db: Database): Promise<void> {
  for (let i = 0; i < 3_000; i++) {
    const waiting = await db.prisma.job.count({ where: { kind: 'search.sync-product', state: { in: ['PENDING', 'RUNNING'] } } });
    if (!waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('search sync still busy after 30 s');
}
