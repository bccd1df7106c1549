// One full rebuild at a time, across processes: the claim of a SearchReindex row refuses a
// second rebuild while one is alive, takes over from one whose process stopped, and a rebuild
// holding the claim deletes what a crashed rebuild left in the engine.
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import type { IndexRebuild, SearchEngine } from '@tandem/search/port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropAbandonedRebuilds } from './ensure-indexed.ts';
import { claimReindex, latestReindex, REINDEX_LEASE_MS, ReindexRunningError } from './reindex-record.ts';
import { reindexAll } from './reindex.ts';

/** An engine whose rebuild runs `during` on its first page and which records the abandoned-index clean-ups asked of it. */
function recordingEngine(during?: () => Promise<void>) {
  const dropCalls: Date[] = [];
  const unused = () => Promise.reject(new Error('not used by reindexAll'));
  const engine: SearchEngine = {
    name: 'recording',
    applySettings: unused,
    clear: unused,
    search: unused,
    suggest: unused,
    status: unused,
    index: async () => {},
    remove: async () => {},
    dropAbandonedRebuilds: async (startedBefore) => {
      dropCalls.push(startedBefore);
      return ['products_20200101000000000'];
    },
    rebuild: async (): Promise<IndexRebuild> => ({ add: async () => void (await during?.()), commit: async () => {}, abort: async () => {} }),
  };
  return { engine, dropCalls };
}

describe('the reindex claim', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const category = await makeCategory(db.prisma, 'desks');
    await makeProduct(db.prisma, { slug: 'desk-1', title: 'Desk 1', categoryId: category.id });
  });
  afterAll(async () => {
    await db?.close();
  });
  const clearRecords = () => db.prisma.searchReindex.deleteMany();

  it('refuses a second rebuild while the first one runs', async () => {
    await clearRecords();
    let second: Promise<unknown> | null = null;
    const { engine } = recordingEngine(async () => {
      second ??= reindexAll(db.prisma, recordingEngine().engine).then(() => 'ran', (error: unknown) => error);
      await second;
    });
    await reindexAll(db.prisma, engine);
    expect(await second).toBeInstanceOf(ReindexRunningError);
    expect(await db.prisma.searchReindex.count()).toBe(1);
  });

  it('gives exactly one of two simultaneous claims the rebuild', async () => {
    await clearRecords();
    const claims = await Promise.allSettled([claimReindex(db.prisma, 'a', 1), claimReindex(db.prisma, 'b', 1), claimReindex(db.prisma, 'c', 1)]);
    expect(claims.filter((claim) => claim.status === 'fulfilled')).toHaveLength(1);
    expect(claims.filter((claim) => claim.status === 'rejected').map((claim) => (claim as PromiseRejectedResult).reason)).toEqual([expect.any(ReindexRunningError), expect.any(ReindexRunningError)]);
  });

  it('takes over from a rebuild whose process stopped writing, marking that one failed', async () => {
    await clearRecords();
    const longAgo = new Date(Date.now() - REINDEX_LEASE_MS - 1_000);
    const dead = await db.prisma.searchReindex.create({ data: { engine: 'meilisearch', done: 10, total: 100, startedAt: longAgo, updatedAt: longAgo } });
    const { engine } = recordingEngine();
    await expect(reindexAll(db.prisma, engine)).resolves.toMatchObject({ indexed: 1 });
    expect(await db.prisma.searchReindex.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ state: 'FAILED', error: expect.stringContaining('Stopped before it finished') });
    expect(await latestReindex(db.prisma)).toMatchObject({ engine: 'recording', state: 'DONE' });
  });

  it('deletes the indexes a crashed rebuild left once it holds the claim', async () => {
    await clearRecords();
    const { engine, dropCalls } = recordingEngine();
    await reindexAll(db.prisma, engine);
    expect(dropCalls).toHaveLength(1);
  });

  it('cleans up at start only while no rebuild is alive, whose index is not abandoned', async () => {
    await clearRecords();
    const { engine, dropCalls } = recordingEngine();
    const running = await claimReindex(db.prisma, 'other process', 1);
    expect(await dropAbandonedRebuilds(db.prisma, engine)).toEqual([]);
    expect(dropCalls).toHaveLength(0);
    await running.finish(1, 1);
    expect(await dropAbandonedRebuilds(db.prisma, engine)).toEqual(['products_20200101000000000']);
    expect(dropCalls).toHaveLength(1);
  });
});
