import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import type { SearchDocument, SearchEngine } from '@tandem/search/port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSearchIndexed } from './ensure-indexed.ts';

/** An in-memory engine rebuilt in place whose index holds `held` documents (not kept) at first, maybe of an older format. */
function memoryEngine(options: { held: number; outdated?: boolean }) {
  let documents = new Map<string, SearchDocument>();
  let held = options.held;
  let outdated = options.outdated ?? false;
  const total = () => held + documents.size;
  const engine: SearchEngine = {
    name: 'memory',
    applySettings: async () => {},
    clear: async () => {
      documents = new Map();
      held = 0;
      outdated = false;
    },
    index: async (docs) => void docs.forEach((doc) => documents.set(doc.id, doc)),
    remove: async (ids) => void ids.forEach((id) => documents.delete(id)),
    search: async () => ({ hits: [], total: total(), page: 1, pageSize: 1, facets: null, didYouMean: null }),
    suggest: () => Promise.reject(new Error('not used')),
    status: () => Promise.reject(new Error('not used')),
    ...(options.outdated === undefined ? {} : { indexOutdated: async () => outdated }),
  };
  return { engine, titles: () => [...documents.values()].map((doc) => doc.title).sort() };
}

describe('ensureSearchIndexed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const category = await makeCategory(db.prisma, 'bells');
    for (const n of [1, 2]) await makeProduct(db.prisma, { slug: `bell-${n}`, title: `Bell ${n}`, categoryId: category.id });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('rebuilds an index of an older document format, though it is not empty', async () => {
    const { engine, titles } = memoryEngine({ held: 2, outdated: true });
    const result = await ensureSearchIndexed(db.prisma, engine);
    expect(result).toMatchObject({ rebuilt: true, indexed: 2 });
    expect(titles()).toEqual(['Bell 1', 'Bell 2']);
  });

  it('keeps a current index that is not empty, and an engine without a format check', async () => {
    for (const outdated of [false, undefined]) {
      const { engine, titles } = memoryEngine({ held: 2, ...(outdated === undefined ? {} : { outdated }) });
      expect((await ensureSearchIndexed(db.prisma, engine)).rebuilt).toBe(false);
      expect(titles()).toEqual([]);
    }
  });
});
