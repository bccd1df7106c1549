// Where Meilisearch's slow searches at 100k products come from (issue #18: p95 ≤ 10 ms), and
// what the cuts that could remove them buy. Two request mixes: the bench:search mix (two random
// title words must both match, so most of it finds nothing) and the shopper mix (mostly
// searches that find products). Every query is timed, the order rotating per query, through the
// adapter (the store's path) and as the same multi-search by plain fetch, whose answer gives
// Meilisearch's own processingTimeMs for the page and for the facet-counting queries; and as each
// variant of that multi-search (one change alone), whose results are compared with the store's.
// Prints, per mix, the times by query class (kind, hits or none, words, filter, sort, queries
// per request) and the variants' ratios to the store's multi-search measured beside them.
// Usage: pnpm bench:search-tail [--products 100000] [--pg-port 55441] [--pglite] [--repeat 1]
// With MEILISEARCH_URL set, an index already holding the catalog is reused, not rebuilt.
import { loadavg } from 'node:os';
import { storeSearchSettings } from '@tandem/core/search';
import { meiliSettings, storeSearchQueries } from '@tandem/search/meilisearch';
import { Cleanup } from './lib/cleanup.ts';
import { meilisearchBenchIndex, type MeilisearchBenchIndex, type MultiSearchBody, type MultiSearchSample } from './lib/meilisearch-bench-index.ts';
import { benchCatalog, benchCatalogArgs } from './lib/prepare.ts';
import { benchQueries, type BenchQuery } from './lib/search-queries.ts';
import { shopperQueries } from './lib/shopper-queries.ts';
import { median, percentile } from './lib/stats.ts';
import { settingsVariants, timeSettingsVariant } from './lib/search-tail-settings.ts';
import { tailVariants, type Variant } from './lib/search-tail-variants.ts';

const { products, pgPort, pglite, repeat } = benchCatalogArgs('bench:search-tail');

interface Timing {
  query: BenchQuery;
  adapterMs: number;
  fetchMs: number;
  pageServerMs: number;
  facetServerMs: number;
  /** Facet-counting queries beside the page (one per filtered facet group). */
  facetQueries: number;
  total: number;
}

const cleanup = new Cleanup();
cleanup.onSignals();
await cleanup.around(async () => {
  const db = await benchCatalog(products, { pglite, pgPort }, cleanup);
  const index = await meilisearchBenchIndex(products, db, cleanup);
  const mixes: [string, BenchQuery[]][] = [['bench:search mix', await benchQueries(db.prisma)], ['shopper mix', await shopperQueries(db.prisma)]];
  const variants = tailVariants();
  const loads: number[] = [loadavg()[0]!];
  console.log(`\nMeilisearch search tail: ${products} products, variants alternating per query, × ${repeat}`);
  for (const [mix, queries] of mixes) {
    const timings: Timing[] = [];
    const variantSamples = new Map<string, { sample: MultiSearchSample; same: boolean }[]>(variants.map((v) => [v.name, []]));
    const store: MultiSearchSample[] = [];
    const body = (query: BenchQuery) => storeBody(index.indexUid, query);
    for (const query of queries.slice(0, 10)) await index.multiSearch(body(query)); // warm-up
    for (let round = 0; round < repeat; round++) {
      for (const [i, query] of queries.entries()) {
        const steps: (() => Promise<void>)[] = [
          async () => {
            const started = performance.now();
            const result = await index.engine.search(query.request);
            timings.push({ query, adapterMs: performance.now() - started, fetchMs: 0, pageServerMs: 0, facetServerMs: 0, facetQueries: 0, total: result.total });
          },
          async () => void store.push(await index.multiSearch(body(query))),
          ...variants.map((variant) => async () => {
            const sample = await sendAll(index, variant.change(body(query)));
            variantSamples.get(variant.name)!.push({ sample, same: false });
          }),
        ];
        for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
        const timing = timings.at(-1)!;
        const sample = store.at(-1)!;
        Object.assign(timing, { fetchMs: sample.ms, pageServerMs: sample.serverMs[0] ?? 0, facetServerMs: sample.serverMs.slice(1).reduce((a, b) => a + b, 0), facetQueries: sample.serverMs.length - 1 });
        for (const list of variantSamples.values()) list.at(-1)!.same = sameResults(list.at(-1)!.sample, sample);
      }
    }
    loads.push(loadavg()[0]!);
    printClasses(mix, timings);
    printVariants(mix, store, variants, variantSamples);
  }
  await compareSettings(index, mixes.flatMap(([, queries]) => queries.map((query) => storeBody(index.indexUid, query))));
  loads.push(loadavg()[0]!);
  console.log(`\n1-min load average during the run: ${loads.map((l) => l.toFixed(1)).join(' → ')}`);
});

/** One request, or several at once: the wall time of all, the answers in the order given. */
async function sendAll(index: MeilisearchBenchIndex, bodies: MultiSearchBody | MultiSearchBody[]): Promise<MultiSearchSample> {
  if (!Array.isArray(bodies)) return index.multiSearch(bodies);
  const started = performance.now();
  const samples = await Promise.all(bodies.map((b) => index.multiSearch(b)));
  return {
    ms: performance.now() - started,
    serverMs: samples.flatMap((s) => s.serverMs),
    bytes: samples.reduce((n, s) => n + s.bytes, 0),
    results: samples.flatMap((s) => s.results),
  };
}

function storeBody(indexUid: string, query: BenchQuery): MultiSearchBody {
  const { main, facets } = storeSearchQueries(indexUid, query.request);
  return { queries: [main, ...facets.map((f) => f.query)] };
}

/** Both mixes under each settings variant against the store's settings, in blocks (search-tail-settings.ts). */
async function compareSettings(index: MeilisearchBenchIndex, bodies: MultiSearchBody[]): Promise<void> {
  const store = meiliSettings(storeSearchSettings);
  console.log(`\nIndex settings, both mixes (${bodies.length} searches) in blocks: the store's, the variant's, the variant's, the store's:\n`);
  console.log('| settings | store p50 / p95 ms | variant p50 / p95 ms | ÷ store p50 / p95 | processingTimeMs store / variant p50 / p95 | same page (hits, total) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const variant of settingsVariants(store)) {
    const samples = await timeSettingsVariant(index, bodies, store, variant);
    const a = samples.store.map((s) => s.ms);
    const b = samples.variant.map((s) => s.ms);
    const total = (sample: MultiSearchSample) => sample.serverMs.reduce((x, y) => x + y, 0);
    const same = samples.variant.filter((sample, i) => sameResults(sample, samples.store[i]!)).length;
    const ratio = `${(median(b) / median(a)).toFixed(2)}× / ${(percentile(b, 95) / percentile(a, 95)).toFixed(2)}×`;
    console.log(`| ${variant.name} | ${cell(a)} | ${cell(b)} | ${ratio} | ${cell(samples.store.map(total))} / ${cell(samples.variant.map(total))} | ${same}/${samples.variant.length} |`);
  }
}

/** The page's hits (ids in order) and total as the store's request got them. */
function sameResults(a: MultiSearchSample, b: MultiSearchSample): boolean {
  const key = (s: MultiSearchSample) => JSON.stringify(s.results.slice(0, 1).map((r) => [r.totalHits ?? r.estimatedTotalHits, r.hits.map((h) => h.id)]));
  return key(a) === key(b);
}

function cell(values: number[]): string {
  return values.length ? `${median(values).toFixed(1)} / ${percentile(values, 95).toFixed(1)}` : '—';
}

function classesOf(t: Timing): string[] {
  const { request } = t.query;
  const words = request.query.trim().split(/\s+/).filter(Boolean).length;
  const filtered = Object.values(request.filters ?? {}).some((v) => v !== undefined);
  return [
    `kind: ${t.query.kind.replace(/ \+ filter$/, '')}`,
    `hits: ${t.total === 0 ? 'none' : t.total < 100 ? '1–99' : t.total < 5_000 ? '100–4,999' : '5,000+'}`,
    `words: ${words === 1 ? 'one' : 'two or more'}`,
    `filter: ${filtered ? 'yes' : 'no'}`,
    `sort: ${request.sort && request.sort !== 'relevance' ? request.sort : 'relevance'}`,
    `queries per request: ${t.facetQueries + 1}${t.facetQueries ? ' (filtered facet groups counted apart)' : ''}`,
  ];
}

function printClasses(mix: string, timings: Timing[]): void {
  const slowCut = percentile(timings.map((t) => t.adapterMs), 95);
  const zero = timings.filter((t) => t.total === 0).length;
  console.log(`\n### ${mix}: ${timings.length} searches, ${zero} (${Math.round((100 * zero) / timings.length)} %) with no hits; adapter p95 ${slowCut.toFixed(1)} ms\n`);
  console.log('| class | searches | adapter p50 / p95 ms | plain fetch p50 / p95 ms | Meilisearch page processingTimeMs p50 / p95 | facet queries processingTimeMs p50 / p95 | in the slowest 5 % |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const groups = new Map<string, Timing[]>();
  for (const t of timings) for (const name of classesOf(t)) groups.set(name, [...(groups.get(name) ?? []), t]);
  const rows = [['all', timings] as const, ...[...groups].sort(([a], [b]) => (a < b ? -1 : 1))];
  for (const [name, list] of rows) {
    const slow = list.filter((t) => t.adapterMs >= slowCut).length;
    const faceted = list.filter((t) => t.facetQueries > 0);
    console.log(`| ${name} | ${list.length} | ${cell(list.map((t) => t.adapterMs))} | ${cell(list.map((t) => t.fetchMs))} | ${cell(list.map((t) => t.pageServerMs))} | ${cell(faceted.map((t) => t.facetServerMs))} | ${slow} |`);
  }
}

function printVariants(mix: string, store: MultiSearchSample[], variants: Variant[], samples: Map<string, { sample: MultiSearchSample; same: boolean }[]>): void {
  const base = store.map((s) => s.ms);
  console.log(`\n${mix}, each change alone against the store's multi-search (plain fetch), alternating per query:\n`);
  console.log('| variant | p50 / p95 ms | ÷ store p50 / p95 | Meilisearch processingTimeMs p50 / p95 (sum of queries) | same page (hits, total) |');
  console.log('|---|---:|---:|---:|---:|');
  const total = (sample: MultiSearchSample) => sample.serverMs.reduce((a, b) => a + b, 0);
  console.log(`| the store's multi-search | ${cell(base)} | 1.00× / 1.00× | ${cell(store.map(total))} | — |`);
  for (const variant of variants) {
    const list = samples.get(variant.name)!;
    const ms = list.map((s) => s.sample.ms);
    const ratio = `${(median(ms) / median(base)).toFixed(2)}× / ${(percentile(ms, 95) / percentile(base, 95)).toFixed(2)}×`;
    console.log(`| ${variant.name} | ${cell(ms)} | ${ratio} | ${cell(list.map((s) => total(s.sample)))} | ${list.filter((s) => s.same).length}/${list.length} |`);
  }
}
