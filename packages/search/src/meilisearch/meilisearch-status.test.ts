// Meilisearch's own task failures reach the caller and the status the admin and /health read.
// Needs a server (MEILISEARCH_URL); skipped otherwise, saying so.
import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { contractDocuments, contractSettings } from '../contract/fixture-documents.ts';
import { meilisearchClientConfig } from './meilisearch-client-config.ts';
import { MeilisearchEngine } from './meilisearch-engine.ts';

const url = process.env.MEILISEARCH_URL;
const apiKey = process.env.MEILISEARCH_API_KEY;

describe.skipIf(!url)(`Meilisearch status${url ? '' : ' (skipped: MEILISEARCH_URL is not set)'}`, () => {
  const indexUid = `tandem_status_${randomBytes(4).toString('hex')}`;
  const client = () => new Meilisearch(meilisearchClientConfig(url!, apiKey));
  afterAll(async () => {
    await client().deleteIndex(indexUid).waitTask();
  });

  it('reads an index that does not exist yet as empty', async () => {
    expect(await new MeilisearchEngine({ host: url!, apiKey, indexUid }).status()).toEqual({ documents: 0, pendingWrites: 0, recentFailures: [] });
  });

  it('counts documents and lists the failed task with its reason, newest first', async () => {
    const engine = new MeilisearchEngine({ host: url!, apiKey, indexUid });
    await engine.applySettings(contractSettings);
    await engine.index(contractDocuments.slice(0, 3));
    const invalid = { ...contractDocuments[0]!, id: 'not a valid id!' };
    await expect(engine.index([invalid])).rejects.toThrow(/invalid_document_id/);
    const status = await engine.status();
    expect(status.documents).toBe(3);
    expect(status.pendingWrites).toBe(0);
    expect(status.recentFailures[0]).toMatchObject({ what: 'documentAdditionOrUpdate', error: expect.stringMatching(/^invalid_document_id: /) });
    expect(JSON.stringify(status)).not.toContain(url!);
  });
});
