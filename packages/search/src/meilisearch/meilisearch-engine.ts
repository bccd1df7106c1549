// The SearchEngine on Meilisearch, through the official client. Every write is a Meilisearch
// task: the adapter waits for it and throws when it failed, so "indexed" means searchable.
// Facets are counted under every filter but their own with one multi-search request.
import { Meilisearch, type SearchResponse, type Task, type WaitOptions } from 'meilisearch';
import { hasMatch, segmentsFromMarked, wholeWordSegments } from '../highlight.ts';
import type {
  IndexRebuild, SearchDocument, SearchEngine, SearchEngineStatus, SearchRequest, SearchResult, SearchSettings, Suggestions, TextSegment,
} from '../port.ts';
import { queryWords } from '../query-words.ts';
import { fromMeiliProduct, LEGACY_PAYLOAD_FIELD, toMeiliProduct, type MeiliHit, type MeiliProduct } from './meilisearch-documents.ts';
import { readFacets } from './meilisearch-facets.ts';
import { HIGHLIGHT, MATCHING, storeSearchQueries } from './meilisearch-search-request.ts';
import { meilisearchClientConfig } from './meilisearch-client-config.ts';
import { dropAbandonedMeilisearchRebuilds, startMeilisearchRebuild } from './meilisearch-rebuild.ts';
import { meiliSettings } from './meilisearch-settings.ts';
import { readMeilisearchStatus } from './meilisearch-status.ts';

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string | undefined;
  /** Index uid (default "products"). */
  indexUid?: string;
  /** How long to wait for a task, in ms (default 60 s). */
  taskTimeoutMs?: number;
  /** Documents per write of a rebuild (default REBUILD_WRITE_DOCUMENTS; benchmarks compare sizes). */
  rebuildWriteSize?: number;
}

const TASK_POLL_MS = 10;

/** Meilisearch marks the matched prefix or span; the shopper sees whole words on both engines. */
const marked = (text: unknown): TextSegment[] => wholeWordSegments(segmentsFromMarked(String(text ?? '')));

/**
 * @example
 * const engine = new MeilisearchEngine({ host: 'http://127.0.0.1:7700', apiKey: process.env.MEILISEARCH_API_KEY });
 * await engine.applySettings(storeSearchSettings); // creates the index when missing
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  private readonly client: Meilisearch;
  private readonly indexUid: string;
  private readonly timeout: number;
  private readonly rebuildWriteSize: number | undefined;
  private indexReady: Promise<void> | null = null;

  constructor(options: MeilisearchEngineOptions) {
    this.client = new Meilisearch(meilisearchClientConfig(options.host, options.apiKey));
    this.indexUid = options.indexUid ?? 'products';
    this.timeout = options.taskTimeoutMs ?? 60_000;
    this.rebuildWriteSize = options.rebuildWriteSize;
  }

  private get products() {
    return this.client.index<MeiliProduct>(this.indexUid);
  }

  /** Waits for a task and turns a failed or cancelled one into an error with Meilisearch's reason. */
  private async settle(enqueued: { waitTask(options?: WaitOptions): Promise<Task> }, what: string, allowedCodes: string[] = []): Promise<void> {
    // Polled every 10 ms, not the client's 50: an edit waits on this before it is searchable.
    const task = await enqueued.waitTask({ timeout: this.timeout, interval: TASK_POLL_MS });
    if (task.status === 'succeeded') return;
    if (task.status === 'failed' && task.error && allowedCodes.includes(task.error.code)) return;
    throw new Error(`Meilisearch ${what} (task ${task.uid}) ${task.status}: ${task.error ? `${task.error.code}: ${task.error.message}` : 'no reason given'}`);
  }

  /** Creates the index with primary key "id" once; an existing index is fine. */
  private ensureIndex(): Promise<void> {
    this.indexReady ??= this.settle(this.client.createIndex(this.indexUid, { primaryKey: 'id' }), 'create index', ['index_already_exists']).catch((error: unknown) => {
      this.indexReady = null;
      throw error;
    });
    return this.indexReady;
  }

  async applySettings(settings: SearchSettings): Promise<void> {
    await this.ensureIndex();
    await this.settle(this.products.updateSettings(meiliSettings(settings)), 'update settings');
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.ensureIndex();
    await this.settle(this.products.addDocuments(documents.map(toMeiliProduct), { primaryKey: 'id' }), 'add documents');
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.ensureIndex();
    await this.settle(this.products.deleteDocuments(ids), 'delete documents');
  }

  async clear(): Promise<void> {
    await this.ensureIndex();
    await this.settle(this.products.deleteAllDocuments(), 'delete all documents');
  }

  /** Fills "<index>_<timestamp>" and swaps it in (meilisearch-rebuild.ts); the live index serves meanwhile. */
  rebuild(settings: SearchSettings): Promise<IndexRebuild> {
    return startMeilisearchRebuild({ client: this.client, liveUid: this.indexUid, settings: meiliSettings(settings), timeoutMs: this.timeout, writeSize: this.rebuildWriteSize });
  }

  /** Deletes "<index>_<timestamp>" indexes of rebuilds a crash left behind (meilisearch-rebuild.ts). */
  dropAbandonedRebuilds(startedBefore: Date): Promise<string[]> {
    return dropAbandonedMeilisearchRebuilds(this.client, this.indexUid, startedBefore, this.timeout);
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const { page, pageSize, main, facets } = storeSearchQueries(this.indexUid, request);
    const { results } = await this.client.multiSearch({ queries: [main, ...facets.map((f) => f.query)] });
    const [first, ...facetResults] = results as unknown as SearchResponse<MeiliHit>[];
    return {
      hits: (first?.hits ?? []).map((hit) => {
        const snippet = marked(hit._formatted?.description);
        return {
          document: fromMeiliProduct(hit),
          titleHighlight: marked(hit._formatted?.title ?? hit.title),
          snippet: hasMatch(snippet) ? snippet : [],
        };
      }),
      total: first?.totalHits ?? 0,
      page,
      pageSize,
      facets: request.facets === false ? null : readFacets([{ name: 'page', response: first }, ...facets.map((f, i) => ({ name: f.name, response: facetResults[i] }))], request),
      didYouMean: null,
    };
  }

  /** An index of the older format: its documents carry the whole SearchDocument under `payload`. */
  async indexOutdated(): Promise<boolean> {
    const response = await this.products.search('', { limit: 1, attributesToRetrieve: [LEGACY_PAYLOAD_FIELD] }).catch((error: unknown) => {
      if ((error as { cause?: { code?: unknown } }).cause?.code === 'index_not_found') return null;
      throw error;
    });
    return Boolean(response?.hits.some((hit) => LEGACY_PAYLOAD_FIELD in hit));
  }

  status(): Promise<SearchEngineStatus> {
    return readMeilisearchStatus(this.client, this.indexUid);
  }

  async suggest(prefix: string, limit = 6): Promise<Suggestions> {
    const words = queryWords(prefix);
    const last = words.at(-1);
    if (!last) return { queries: [], products: [] };
    const response = await this.client.index<MeiliHit>(this.indexUid).search(prefix, {
      limit, attributesToRetrieve: ['id', 'slug', 'title', LEGACY_PAYLOAD_FIELD], attributesToHighlight: ['title'], ...HIGHLIGHT, ...MATCHING,
    });
    const head = words.slice(0, -1).join(' ');
    const completions = new Set<string>();
    for (const hit of response.hits) {
      for (const word of queryWords(hit.title)) if (word.startsWith(last)) completions.add(head ? `${head} ${word}` : word);
    }
    return {
      queries: [...completions].slice(0, limit),
      products: response.hits.map((hit) => ({
        id: hit.id,
        // An index of the older format has the slug only in its `payload`.
        slug: hit[LEGACY_PAYLOAD_FIELD]?.slug ?? hit.slug,
        title: hit.title,
        titleHighlight: marked(hit._formatted?.title ?? hit.title),
      })),
    };
  }
}
