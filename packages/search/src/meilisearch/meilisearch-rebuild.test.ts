// The atomic rebuild against a real Meilisearch (MEILISEARCH_URL; skipped otherwise, saying so):
// searches during a rebuild always see the old index whole, the swap brings the new one in at
// once, a failed write leaves the old index live and is reported in the status, and the fresh
// indexes a crashed rebuild left are deleted (and nothing else).
import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { contractDocuments, contractSettings } from '../contract/fixture-documents.ts';
import type { SearchDocument } from '../port.ts';
import { meilisearchClientConfig } from './meilisearch-client-config.ts';
import { MeilisearchEngine } from './meilisearch-engine.ts';
import { meiliSettings } from './meilisearch-settings.ts';
import { startMeilisearchRebuild } from './meilisearch-rebuild.ts';

const url = process.env.MEILISEARCH_URL;
const apiKey = process.env.MEILISEARCH_API_KEY;

describe.skipIf(!url)(`Meilisearch rebuild${url ? '' : ' (skipped: MEILISEARCH_URL is not set)'}`, () => {
  const prefix = `tandem_rebuild_${randomBytes(4).toString('hex')}`;
  const client = () => new Meilisearch(meilisearchClientConfig(url!, apiKey));
  const engineFor = (name: string) => new MeilisearchEngine({ host: url!, apiKey, indexUid: `${prefix}_${name}` });
  const ids = async (engine: MeilisearchEngine) => (await engine.search({ query: '', pageSize: 100, facets: false })).hits.map((hit) => hit.document.id).sort();
  const indexesOf = async (name: string) => (await client().getRawIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((uid) => uid.startsWith(`${prefix}_${name}`));
  const renamed = (docs: SearchDocument[], suffix: string) => docs.map((doc) => ({ ...doc, id: `${doc.id}-${suffix}`, slug: `${doc.slug}-${suffix}` }));

  afterAll(async () => {
    const uids = (await client().getRawIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((uid) => uid.startsWith(prefix));
    await Promise.all(uids.map((uid) => client().deleteIndex(uid).waitTask()));
  });

  it('never shows an empty or partial index while rebuilding, then swaps the new documents in whole', async () => {
    const engine = engineFor('swap');
    await engine.applySettings(contractSettings);
    const old = contractDocuments.slice(0, 4);
    await engine.index(old);
    const fresh = renamed(contractDocuments, 'new');
    const seen: number[] = [];
    let rebuilding = true;
    const watcher = (async () => {
      while (rebuilding) seen.push((await engine.search({ query: '', pageSize: 1, facets: false })).total);
    })();
    const rebuild = await engine.rebuild(contractSettings);
    for (const doc of fresh) await rebuild.add([doc]);
    expect(await ids(engine)).toEqual(old.map((doc) => doc.id).sort());
    await rebuild.commit();
    rebuilding = false;
    await watcher;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((total) => total === old.length || total === fresh.length)).toBe(true);
    expect(await ids(engine)).toEqual(fresh.map((doc) => doc.id).sort());
    expect(await indexesOf('swap')).toEqual([`${prefix}_swap`]);
    // The swapped-in index carries the store's settings: synonyms work on it.
    expect((await engine.search({ query: 'bicycle', facets: false })).total).toBeGreaterThan(0);
  });

  it('keeps the old index live and reports the failed task when a write of the rebuild fails', async () => {
    const engine = engineFor('fail');
    await engine.applySettings(contractSettings);
    const old = contractDocuments.slice(0, 3);
    await engine.index(old);
    const rebuild = await engine.rebuild(contractSettings);
    await rebuild.add(renamed(contractDocuments.slice(0, 2), 'new'));
    await rebuild.add([{ ...contractDocuments[2]!, id: 'not a valid id!' }]);
    await expect(rebuild.commit()).rejects.toThrow(/invalid_document_id/);
    await rebuild.abort();
    expect(await ids(engine)).toEqual(old.map((doc) => doc.id).sort());
    expect(await indexesOf('fail')).toEqual([`${prefix}_fail`]);
    const status = await engine.status();
    expect(status.recentFailures[0]).toMatchObject({ what: 'documentAdditionOrUpdate', error: expect.stringMatching(/^invalid_document_id: /) });
  });

  it('deletes the fresh indexes a crashed rebuild left, and neither the live index nor newer or unrelated ones', async () => {
    const engine = engineFor('orphans');
    await engine.index(contractDocuments.slice(0, 2));
    const live = `${prefix}_orphans`;
    const crashed = [`${live}_20261201101500123`, `${live}_20261206235959999`];
    const kept = [`${live}_20991231000000000`, `${live}_notastamp`, `${live}_2026120610150012`];
    for (const uid of [...crashed, ...kept]) await client().createIndex(uid, { primaryKey: 'id' }).waitTask();
    expect((await engine.dropAbandonedRebuilds(new Date('2026-12-07T00:00:00Z'))).sort()).toEqual(crashed);
    expect((await indexesOf('orphans')).sort()).toEqual([live, ...kept].sort());
    expect(await ids(engine)).toEqual(contractDocuments.slice(0, 2).map((doc) => doc.id).sort());
  });

  it('gathers pages into writes of writeSize documents and sends the rest at commit', async () => {
    const at = new Date('2026-12-07T20:00:00.000Z');
    const liveUid = `${prefix}_gather`;
    const rebuild = await startMeilisearchRebuild({ client: client(), liveUid, settings: meiliSettings(contractSettings), timeoutMs: 60_000, writeSize: 3, now: () => at });
    const docs = contractDocuments.slice(0, 5);
    await rebuild.add(docs.slice(0, 2));
    await rebuild.add(docs.slice(2, 4));
    await rebuild.add(docs.slice(4));
    await rebuild.commit();
    // The swap renamed the fresh index to the live uid, and its tasks with it.
    const { results } = await client().tasks.getTasks({ indexUids: [liveUid], types: ['documentAdditionOrUpdate'] });
    expect(results.map((task) => task.details?.receivedDocuments).reverse()).toEqual([4, 1]);
    expect(await ids(engineFor('gather'))).toEqual(docs.map((doc) => doc.id).sort());
  });

  it('becomes the live index when there was none yet', async () => {
    const engine = engineFor('first');
    const rebuild = await engine.rebuild(contractSettings);
    await rebuild.add(contractDocuments);
    await rebuild.commit();
    expect(await ids(engine)).toEqual(contractDocuments.map((doc) => doc.id).sort());
    expect(await indexesOf('first')).toEqual([`${prefix}_first`]);
  });
});
