import { SEARCH_SYNC_JOB } from '@tandem/core/search';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
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
