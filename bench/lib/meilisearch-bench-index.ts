// The Meilisearch index the search benchmarks time: the server from meilisearchServer(), its
// index of the benchmark catalog filled through the store's own reindex unless it already holds
// the catalog (a server at MEILISEARCH_URL keeps it between runs), and plain-HTTP multi-search
// beside the adapter, so Meilisearch's own processingTimeMs can be read per query.
import { loadavg } from 'node:os';
import { reindexAll, storeSearchSettings } from '@tandem/core/search';
import type { Database } from '@tandem/db';
import { MeilisearchEngine } from '@tandem/search/meilisearch';
import type { Cleanup } from './cleanup.ts';
import { meilisearchServer } from './meilisearch.ts';

export type MultiSearchBody = { queries: Record<string, unknown>[] };

/** One multi-search sent by plain fetch: wall time, Meilisearch's processingTimeMs per query, the response. */
export interface MultiSearchSample {
  ms: number;
  /** processingTimeMs of each query, in the order sent. */
  serverMs: number[];
  bytes: number;
  results: { totalHits?: number; estimatedTotalHits?: number; hits: { id: string }[]; processingTimeMs: number }[];
}

export interface MeilisearchBenchIndex {
  url: string;
  apiKey: string | undefined;
  indexUid: string;
  engine: MeilisearchEngine;
  headers: Record<string, string>;
  multiSearch(body: MultiSearchBody): Promise<MultiSearchSample>;
}

export async function meilisearchBenchIndex(products: number, db: Database, cleanup: Cleanup): Promise<MeilisearchBenchIndex> {
  const meili = await meilisearchServer();
  if (meili.url === null) throw new Error(`no Meilisearch: ${meili.skipped}`);
  cleanup.add('stop Meilisearch', () => meili.stop());
  const indexUid = `tandem_bench_${products}`;
  const engine = new MeilisearchEngine({ host: meili.url, apiKey: meili.apiKey, indexUid });
  if ((await engine.status().catch(() => ({ documents: 0 }))).documents !== products) {
    await engine.applySettings(storeSearchSettings);
    console.error(`indexing ${products} products…`);
    const { indexed, seconds } = await reindexAll(db.prisma, engine);
    console.log(`reindexAll (the store's path): ${indexed} documents in ${seconds.toFixed(1)} s, ${Math.round(indexed / seconds)} docs/s, 1-min load ${loadavg()[0]!.toFixed(1)}`);
  }
  // Uncompressed answers, as the adapter asks for them (meilisearch-client-config.ts).
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${meili.apiKey ?? ''}`, 'Accept-Encoding': 'identity' };
  const url = meili.url;
  const multiSearch = async (body: MultiSearchBody): Promise<MultiSearchSample> => {
    const started = performance.now();
    const text = await (await fetch(`${url}/multi-search`, { method: 'POST', headers, body: JSON.stringify(body) })).text();
    const { results } = JSON.parse(text) as { results: MultiSearchSample['results'] };
    return { ms: performance.now() - started, serverMs: results.map((r) => r.processingTimeMs), bytes: text.length, results };
  };
  return { url, apiKey: meili.apiKey, indexUid, engine, headers, multiSearch };
}
