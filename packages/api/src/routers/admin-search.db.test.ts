import { SEARCH_SYNC_JOB } from '@tandem/core/search';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { PostgresSearchEngine } from '@tandem/search/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, signedInCustomer, testServices } from '../testing/callers.ts';

describe('adminSearch.status', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it("shows catalog staff a sync job's recorded engine error", async () => {
    await db.prisma.job.create({
      data: { kind: SEARCH_SYNC_JOB, key: 'product:p1', payload: { productId: 'p1' }, state: 'DEAD', attempts: 8, lastError: 'Meilisearch add documents (task 12) failed: invalid_document_id: bad id', finishedAt: new Date() },
    });
    const { sessionToken } = await signedInCustomer(db.prisma, ['CATALOG_MANAGER']);
    const status = await callerFor(testServices(db.prisma), { sessionToken }).adminSearch.status();
    expect(status).toMatchObject({ engine: 'postgres', reachable: true, documents: 0, waitingSyncs: 0 });
    expect(status.failedSyncs).toEqual([expect.objectContaining({ productId: 'p1', gaveUp: true, error: expect.stringContaining('invalid_document_id') })]);
  });

  it('shows how far the latest full reindex got, and why it failed', async () => {
    await db.prisma.searchReindex.create({ data: { engine: 'meilisearch', state: 'FAILED', done: 4_000, total: 10_000, error: 'Meilisearch rebuild: add documents (task 40) failed: invalid_document_id: bad id', finishedAt: new Date() } });
    const { sessionToken } = await signedInCustomer(db.prisma, ['CATALOG_MANAGER']);
    const status = await callerFor(testServices(db.prisma), { sessionToken }).adminSearch.status();
    expect(status.reindex).toMatchObject({ engine: 'meilisearch', state: 'FAILED', done: 4_000, total: 10_000, error: expect.stringContaining('invalid_document_id') });
  });
});

describe('adminSearch.reindex', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const category = await makeCategory(db.prisma, 'chairs');
    for (const n of [1, 2, 3]) await makeProduct(db.prisma, { slug: `chair-${n}`, title: `Chair ${n}`, categoryId: category.id });
  });
  afterAll(() => db.close());

  const finished = async () => {
    for (let i = 0; i < 200; i++) {
      const row = await db.prisma.searchReindex.findFirst({ orderBy: { id: 'desc' } });
      if (row && row.state !== 'RUNNING') return row;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the rebuild did not finish');
  };

  it('rebuilds the index for catalog staff and audits who asked', async () => {
    const { sessionToken, customer } = await signedInCustomer(db.prisma, ['CATALOG_MANAGER']);
    const services = testServices(db.prisma);
    const { reindexId } = await callerFor(services, { sessionToken }).adminSearch.reindex();
    expect(await finished()).toMatchObject({ state: 'DONE', done: 3, total: 3 });
    expect((await new PostgresSearchEngine(db.prisma).search({ query: 'chair', facets: false })).total).toBe(3);
    expect(await db.prisma.auditEntry.findMany({ where: { action: 'search.reindex' } })).toEqual([
      expect.objectContaining({ actorId: customer.id, entityType: 'SearchReindex', entityId: reindexId }),
    ]);
  });

  it('refuses a rebuild while another process runs one, and lets it start once that one has stopped', async () => {
    const { sessionToken } = await signedInCustomer(db.prisma, ['CATALOG_MANAGER']);
    const other = await db.prisma.searchReindex.create({ data: { engine: 'postgres', total: 3 } });
    const admin = callerFor(testServices(db.prisma), { sessionToken });
    await expect(admin.adminSearch.reindex()).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already running') });
    await db.prisma.searchReindex.update({ where: { id: other.id }, data: { state: 'DONE', finishedAt: new Date() } });
    await expect(admin.adminSearch.reindex()).resolves.toMatchObject({ reindexId: expect.any(String) });
    expect(await finished()).toMatchObject({ state: 'DONE' });
  });

  it('is only for staff with the catalog permission', async () => {
    const { sessionToken } = await signedInCustomer(db.prisma, ['SUPPORT']);
    await expect(callerFor(testServices(db.prisma), { sessionToken }).adminSearch.reindex()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
