// A full rebuild on Meilisearch without a moment of empty or partial results (issue #18): a
// fresh index "<live>_<timestamp>" gets the settings and the documents, and one swap task makes
// it the live index. Writes are sent without waiting for each to be indexed (Meilisearch batches
// queued additions to one index together, so waiting task by task halved the throughput), with
// at most REBUILD_WRITES_IN_FLIGHT queued so a slow server holds back the sender instead of
// piling up payloads. Sixteen rather than three: Meilisearch batches what is queued, and each
// batch ends with work over the whole index (prefixes, facets, commit), so larger batches cost
// less per document — 1.04–1.19× at 100k products (issue #18; docs/decisions.md).
import type { EnqueuedTask, EnqueuedTaskPromise, Meilisearch, Settings, Task } from 'meilisearch';
import type { IndexRebuild, SearchDocument } from '../port.ts';
import { toMeiliProduct, type MeiliProduct } from './meilisearch-documents.ts';

export interface MeilisearchRebuildOptions {
  client: Meilisearch;
  /** The index shoppers search; it stays as it is until the swap. */
  liveUid: string;
  settings: Settings;
  /** How long to wait for any one task, in ms. */
  timeoutMs: number;
  /** Document writes accepted but not yet indexed before `add` waits for the oldest (default REBUILD_WRITES_IN_FLIGHT). */
  maxInFlight?: number;
  /** Documents gathered from `add` calls into one write (default REBUILD_WRITE_DOCUMENTS). */
  writeSize?: number;
  /** The time in the fresh index's name (tests pass a fixed one). */
  now?: () => Date;
}

const POLL_MS = 10;

/**
 * How often a rebuild asks whether its oldest queued write is indexed. The other writes in
 * flight keep Meilisearch busy meanwhile, so a later look costs no indexing time, while every
 * look is a request that Meilisearch answers beside its indexing on the same cores: at 10 ms a
 * 100k rebuild made thousands of them (issue #18; docs/decisions.md "Meilisearch rebuild cost").
 */
export const REBUILD_WRITE_POLL_MS = 100;

/** Writes queued at Meilisearch at once during a rebuild: 16 writes of 2,000 slim documents are about 45 MB. */
export const REBUILD_WRITES_IN_FLIGHT = 16;

/**
 * Documents per write, gathered from the pages `add` receives. Pages of 2,000 arrive slower than
 * Meilisearch indexes them, so each became a batch of its own, ending with work over the whole
 * index; writes of 10,000 (a fifth as many batches) were no faster end to end at 100k (0.97×
 * and 0.78× in two alternating runs, issue #18; docs/decisions.md), so a write is one page.
 * `pnpm bench:search-reindex-writes` compares sizes.
 */
export const REBUILD_WRITE_DOCUMENTS = 2_000;

/** The uid of a rebuild's fresh index: the live uid, an underscore and a UTC timestamp. */
export function rebuildIndexUid(liveUid: string, at: Date): string {
  return `${liveUid}_${at.toISOString().replace(/\D/g, '').slice(0, 17)}`;
}

/** When the rebuild whose fresh index is `uid` started, or null when `uid` is not one of `liveUid`'s. */
export function rebuildStartedAt(liveUid: string, uid: string): Date | null {
  if (!uid.startsWith(`${liveUid}_`)) return null;
  const stamp = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d{3})$/.exec(uid.slice(liveUid.length + 1));
  if (!stamp) return null;
  const [year, month, day, hour, minute, second, ms] = stamp.slice(1).map(Number) as [number, number, number, number, number, number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
}

/**
 * Deletes the fresh indexes a crashed rebuild left behind ("<live>_<timestamp>" started before
 * `startedBefore`); resolves to their uids. Indexes are listed through /stats: the API's key has
 * `stats.get`, not `indexes.get` (docs/deploy.md).
 */
export async function dropAbandonedMeilisearchRebuilds(client: Meilisearch, liveUid: string, startedBefore: Date, timeoutMs: number): Promise<string[]> {
  const { indexes } = await client.getStats();
  const abandoned = Object.keys(indexes).filter((uid) => {
    const started = rebuildStartedAt(liveUid, uid);
    return started !== null && started < startedBefore;
  });
  for (const uid of abandoned) {
    const task = await client.tasks.waitForTask(await client.deleteIndex(uid), { timeout: timeoutMs, interval: POLL_MS });
    if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') {
      throw new Error(`Meilisearch: deleting the abandoned rebuild index ${uid} (task ${task.uid}) ${task.status}: ${task.error ? `${task.error.code}: ${task.error.message}` : 'no reason given'}`);
    }
  }
  return abandoned;
}

/** Creates the fresh index with its settings and returns the rebuild that fills and swaps it. */
export async function startMeilisearchRebuild(options: MeilisearchRebuildOptions): Promise<IndexRebuild> {
  const { client, liveUid, timeoutMs } = options;
  const freshUid = rebuildIndexUid(liveUid, (options.now ?? (() => new Date()))());
  const maxInFlight = options.maxInFlight ?? REBUILD_WRITES_IN_FLIGHT;
  const writeSize = options.writeSize ?? REBUILD_WRITE_DOCUMENTS;
  /** Waits for a task; throws with Meilisearch's reason unless it succeeded or failed with an allowed code. */
  const wait = async (enqueued: EnqueuedTask | EnqueuedTaskPromise, what: string, allowedCode?: string, interval = POLL_MS): Promise<void> => {
    const task: Task = await client.tasks.waitForTask(await enqueued, { timeout: timeoutMs, interval });
    if (task.status === 'succeeded' || (allowedCode && task.error?.code === allowedCode)) return;
    throw new Error(`Meilisearch rebuild: ${what} (task ${task.uid}, index ${freshUid}) ${task.status}: ${task.error ? `${task.error.code}: ${task.error.message}` : 'no reason given'}`);
  };
  await wait(client.createIndex(freshUid, { primaryKey: 'id' }), 'create index');
  await wait(client.index(freshUid).updateSettings(options.settings), 'update settings');

  const inFlight: EnqueuedTask[] = [];
  let gathered: MeiliProduct[] = [];
  let finished = false;
  const drain = async (keep: number): Promise<void> => {
    while (inFlight.length > keep) await wait(inFlight.shift()!, 'add documents', undefined, REBUILD_WRITE_POLL_MS);
  };
  const send = async (): Promise<void> => {
    if (!gathered.length) return;
    const documents = gathered;
    gathered = [];
    await drain(maxInFlight - 1);
    inFlight.push(await client.index(freshUid).addDocuments(documents, { primaryKey: 'id' }));
  };
  return {
    async add(documents: SearchDocument[]): Promise<void> {
      if (finished) throw new Error('Meilisearch rebuild: add after commit or abort');
      for (const document of documents) gathered.push(toMeiliProduct(document));
      if (gathered.length >= writeSize) await send();
    },
    async commit(): Promise<void> {
      if (finished) throw new Error('Meilisearch rebuild: already committed or aborted');
      await send();
      await drain(0);
      const liveExists = await indexExists(client, liveUid);
      // The two trade names and the old documents end up under the fresh uid, deleted below;
      // with no live index yet, the fresh one is renamed to it ("rename" renames the first).
      const swap = liveExists ? { indexes: [liveUid, freshUid] as [string, string], rename: false } : { indexes: [freshUid, liveUid] as [string, string], rename: true };
      await wait(client.swapIndexes([swap]), 'swap indexes');
      finished = true;
      if (liveExists) await wait(client.deleteIndex(freshUid), 'delete the replaced index');
    },
    async abort(): Promise<void> {
      finished = true;
      inFlight.length = 0;
      gathered = [];
      await wait(client.deleteIndex(freshUid), 'delete the fresh index', 'index_not_found');
    },
  };
}

/** Asked through the index's stats: the API's key has `stats.get`, not `indexes.get` (docs/deploy.md). */
async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.index(uid).getStats();
    return true;
  } catch (error) {
    if ((error as { cause?: { code?: unknown } }).cause?.code === 'index_not_found') return false;
    throw error;
  }
}
