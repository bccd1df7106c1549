import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import type { SearchEngine, SearchEngineStatus } from '@tandem/search/port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_SYNC_JOB } from './search-jobs.ts';
import { readSearchStatus } from './search-status.ts';

/** Only `status` is read; the rest of the port is never called here. */
function engineAnswering(status: () => Promise<SearchEngineStatus>): SearchEngine {
  const unused = () => Promise.reject(new Error('not used by readSearchStatus'));
  return { name: 'meilisearch', status, applySettings: unused, index: unused, remove: unused, clear: unused, search: unused, suggest: unused };
}

describe('readSearchStatus', () => {
  let db: TestDatabase;
  const now = new Date('2026-12-07T12:00:00.000Z');
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.job.createMany({
      data: [
        { kind: SEARCH_SYNC_JOB, key: 'product:a', payload: { productId: 'a' }, state: 'DONE', createdAt: new Date('2026-12-07T11:00:00.000Z') },
        { kind: SEARCH_SYNC_JOB, key: 'product:b', payload: { productId: 'b' }, createdAt: new Date('2026-12-07T11:59:30.000Z') },
        { kind: SEARCH_SYNC_JOB, key: 'product:c', payload: { productId: 'c' }, state: 'DEAD', attempts: 8, lastError: 'Meilisearch add documents (task 7) failed: invalid_document_id: bad', finishedAt: now, createdAt: new Date('2026-12-07T11:59:50.000Z') },
        { kind: 'other.kind', key: 'x', state: 'DEAD', lastError: 'not search', createdAt: new Date('2026-12-07T10:00:00.000Z') },
      ],
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('reports the engine figures, the waiting syncs, the lag and the failed syncs with their errors', async () => {
    const failure = { what: 'documentAdditionOrUpdate', error: 'invalid_document_id: bad', at: now.toISOString() };
    const status = await readSearchStatus(db.prisma, engineAnswering(async () => ({ documents: 41, pendingWrites: 2, recentFailures: [failure] })), now, () => {});
    expect(status).toEqual({
      engine: 'meilisearch',
      reachable: true,
      documents: 41,
      pendingWrites: 2,
      engineFailures: [failure],
      waitingSyncs: 1,
      lagSeconds: 30,
      failedSyncs: [{ productId: 'c', attempts: 8, gaveUp: true, error: expect.stringContaining('invalid_document_id'), at: now.toISOString() }],
      reindex: null,
    });
  });

  it('reports an engine that does not answer without its reason, which goes to the log', async () => {
    const logged: unknown[] = [];
    const status = await readSearchStatus(db.prisma, engineAnswering(() => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:7700'))), now, (error) => logged.push(error));
    expect(status).toMatchObject({ reachable: false, documents: null, pendingWrites: null, engineFailures: [], waitingSyncs: 1 });
    expect(JSON.stringify(status)).not.toContain('10.0.0.5');
    expect(String(logged[0])).toContain('ECONNREFUSED');
  });
});
