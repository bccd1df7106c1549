// A full rebuild asked for by a staff member (admin → Catalog → Search → "Rebuild index"): the
// claim and its audit entry are one transaction, the rebuild then runs in this process while
// the admin page follows its progress in the SearchReindex row.
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search/port';
import { recordAudit, type StaffActor } from '../staff/index.ts';
import { startReindex } from './reindex.ts';

/**
 * Starts a rebuild of `engine` for `actor`; throws ReindexRunningError (a conflict) while one
 * runs in any process. `onFailure` hears why a started rebuild failed (it is also recorded).
 *
 * @example
 * await requestReindex(prisma, engine, ctx.staff, (error) => console.error('search reindex failed:', error));
 */
export async function requestReindex(prisma: PrismaClient, engine: SearchEngine, actor: StaffActor, onFailure: (error: unknown) => void): Promise<{ reindexId: string }> {
  const started = await startReindex(prisma, engine, {}, {
    inClaim: (tx, reindexId) =>
      recordAudit(tx, actor, { action: 'search.reindex', entityType: 'SearchReindex', entityId: String(reindexId), before: null, after: { engine: engine.name } }),
  });
  started.finished.catch(onFailure);
  return { reindexId: String(started.record.id) };
}
