// An index built by a release that stored the whole document under `payload` (before issue #18's
// slim documents) still serves whole documents and says it is outdated, so the API rebuilds it.
// Needs a server (MEILISEARCH_URL); skipped otherwise, saying so.
import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { contractDocuments, contractSettings } from '../contract/fixture-documents.ts';
import { meilisearchClientConfig } from './meilisearch-client-config.ts';
import { MeilisearchEngine } from './meilisearch-engine.ts';

const url = process.env.MEILISEARCH_URL;
const apiKey = process.env.MEILISEARCH_API_KEY;

describe.skipIf(!url)(`Meilisearch index of the older document format${url ? '' : ' (skipped: MEILISEARCH_URL is not set)'}`, () => {
  const uids = { legacy: `tandem_legacy_${randomBytes(4).toString('hex')}`, current: `tandem_current_${randomBytes(4).toString('hex')}`, missing: `tandem_missing_${randomBytes(4).toString('hex')}` };
  const client = () => new Meilisearch(meilisearchClientConfig(url!, apiKey));
  afterAll(async () => {
    for (const uid of [uids.legacy, uids.current]) await client().deleteIndex(uid).waitTask();
  });

  it('is outdated and still gives whole documents until it is rebuilt', async () => {
    const engine = new MeilisearchEngine({ host: url!, apiKey, indexUid: uids.legacy });
    await engine.applySettings(contractSettings);
    // What the older release wrote: the searched fields and the document itself under `payload`.
    const legacy = contractDocuments.map((doc) => ({ id: doc.id, title: doc.title, description: doc.description, payload: doc }));
    await client().index(uids.legacy).addDocuments(legacy).waitTask();
    expect(await engine.indexOutdated()).toBe(true);
    const hit = (await engine.search({ query: 'helmet' })).hits[0];
    expect(hit?.document).toEqual(contractDocuments.find((doc) => doc.id === 'aero-helmet'));
    expect((await engine.suggest('helm')).products[0]).toMatchObject({ id: 'aero-helmet', slug: 'aero-helmet' });
  });

  it('is current once written by this release, and a missing index is not outdated', async () => {
    const engine = new MeilisearchEngine({ host: url!, apiKey, indexUid: uids.current });
    await engine.applySettings(contractSettings);
    await engine.index(contractDocuments);
    expect(await engine.indexOutdated()).toBe(false);
    expect(await new MeilisearchEngine({ host: url!, apiKey, indexUid: uids.missing }).indexOutdated()).toBe(false);
  });
});
