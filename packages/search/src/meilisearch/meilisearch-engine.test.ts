// Runs the SearchEngine contract against a real Meilisearch when MEILISEARCH_URL is set
// (MEILISEARCH_API_KEY when the server needs one); skipped otherwise, saying so.
import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { searchEngineContract } from '../contract/search-engine.contract.ts';
import { meilisearchClientConfig } from './meilisearch-client-config.ts';
import { MeilisearchEngine } from './meilisearch-engine.ts';

const url = process.env.MEILISEARCH_URL;
const apiKey = process.env.MEILISEARCH_API_KEY;

searchEngineContract(
  'meilisearch',
  async () => {
    const indexUid = `tandem_contract_${randomBytes(4).toString('hex')}`;
    return {
      engine: new MeilisearchEngine({ host: url!, apiKey, indexUid }),
      dispose: async () => {
        await new Meilisearch(meilisearchClientConfig(url!, apiKey)).deleteIndex(indexUid).waitTask();
      },
    };
  },
  { didYouMean: false, skipReason: url ? undefined : 'MEILISEARCH_URL is not set; set it to a Meilisearch server to run these tests' },
);
