import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import type { IndexRebuild, SearchDocument, SearchEngine } from '@tandem/search/port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestReindex } from './reindex-record.ts';
import { reindexAll } from './reindex.ts';

/**
 * An engine that rebuilds into a fresh index swapped in at commit, in memory: `live` is what
 * shoppers would search. `during` runs after the first page reached the fresh index.
 */
function swappingEngine(options: { during?: () => Promise<void>; failCommit?: Error } = {}) {
  let live = new Map<string, SearchDocument>();
  const unused = () => Promise.reject(new Error('not used by reindexAll'));
  const engine: SearchEngine = {
    name: 'swapping',
    applySettings: unused,
    clear: unused,
    search: unused,
    suggest: unused,
    status: unused,
    index: async (documents) => void documents.forEach((doc) => live.set(doc.id, doc)),
    remove: async (ids) => void ids.forEach((id) => live.delete(id)),
    rebuild: async (): Promise<IndexRebuild> => {
      const fresh = new Map<string, SearchDocument>();
      let pages = 0;
      return {
        add: async (documents) => {
          documents.forEach((doc) => fresh.set(doc.id, doc));
          if (++pages === 1) await options.during?.();
        },
        commit: async () => {
          if (options.failCommit) throw options.failCommit;
          live = fresh;
        },
        abort: async () => {},
      };
    },
  };
  return { engine, titles: () => [...live.values()].map((doc) => doc.title).sort(), seed: (docs: SearchDocument[]) => engine.index(docs) };
}

describe('reindexAll', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const category = await makeCategory(db.prisma, 'lamps');
    for (const n of [1, 2, 3, 4, 5]) await makeProduct(db.prisma, { slug: `lamp-${n}`, title: `Lamp ${n}`, categoryId: category.id });
    await makeProduct(db.prisma, { slug: 'lamp-draft', title: 'Lamp draft', categoryId: category.id, status: 'DRAFT' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('swaps in every visible product and records the rebuild as done, with its progress', async () => {
    const { engine, titles } = swappingEngine();
    const progress: number[] = [];
    const result = await reindexAll(db.prisma, engine, { batchSize: 2, onProgress: ({ done }) => progress.push(done) });
    expect(result.indexed).toBe(5);
    expect(titles()).toEqual(['Lamp 1', 'Lamp 2', 'Lamp 3', 'Lamp 4', 'Lamp 5']);
    expect(progress).toEqual([0, 2, 4, 5]);
    expect(await latestReindex(db.prisma)).toMatchObject({ engine: 'swapping', state: 'DONE', done: 5, total: 5, error: null });
  });

  it('syncs a change made during the rebuild into the swapped-in index', async () => {
    const { engine, titles } = swappingEngine({
      // The catalog changes after its page was read: the worker would sync it into the old index.
      during: async () => void (await db.prisma.product.update({ where: { slug: 'lamp-1' }, data: { title: 'Lamp one, renamed' } })),
    });
    await reindexAll(db.prisma, engine, { batchSize: 2 });
    expect(titles()).toContain('Lamp one, renamed');
    expect(titles()).not.toContain('Lamp 1');
  });

  it('records a failed rebuild with the engine reason, never its address, and leaves the live index as it was', async () => {
    const failure = new Error('Meilisearch rebuild: add documents (task 9) failed: invalid_document_id: bad id; request to http://10.0.0.5:7700/tasks failed');
    const { engine, titles, seed } = swappingEngine({ failCommit: failure });
    await seed([{ id: 'old', title: 'Old lamp' } as SearchDocument]);
    await expect(reindexAll(db.prisma, engine)).rejects.toThrow(/invalid_document_id/);
    expect(titles()).toEqual(['Old lamp']);
    const record = await latestReindex(db.prisma);
    expect(record).toMatchObject({ state: 'FAILED', error: expect.stringContaining('invalid_document_id: bad id') });
    expect(record?.error).not.toContain('10.0.0.5');
  });
});
