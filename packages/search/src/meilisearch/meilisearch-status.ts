// What Meilisearch says about the products index: documents, writes still queued, and its own
// failed tasks. A task can fail after the adapter stopped waiting for it (a timeout), or in a
// write another process sent, or in a rebuild's fresh index; the admin and /health read them
// here (issue #18).
import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import type { EngineFailure, SearchEngineStatus } from '../port.ts';

const RECENT_FAILURES = 5;

/** Reads the index's status; a missing index is an empty one (it is created on first write). */
export async function readMeilisearchStatus(client: Meilisearch, indexUid: string): Promise<SearchEngineStatus> {
  const [documents, pending, failed] = await Promise.all([
    client.index(indexUid).getStats().then(
      (stats) => stats.numberOfDocuments,
      (error: unknown) => (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found' ? 0 : Promise.reject(error)),
    ),
    client.tasks.getTasks({ indexUids: [indexUid], statuses: ['enqueued', 'processing'], limit: 1 }),
    // Every index, then filtered: a rebuild's fresh index ("<uid>_<timestamp>") fails under its own uid.
    client.tasks.getTasks({ statuses: ['failed'], limit: 50 }),
  ]);
  const ours = failed.results.filter((task) => task.indexUid === indexUid || task.indexUid?.startsWith(`${indexUid}_`)).slice(0, RECENT_FAILURES);
  const recentFailures: EngineFailure[] = ours.map((task) => ({
    what: task.type,
    error: task.error ? `${task.error.code}: ${task.error.message}` : 'no reason given',
    at: task.finishedAt ?? task.enqueuedAt,
  }));
  return { documents, pendingWrites: pending.total, recentFailures };
}
