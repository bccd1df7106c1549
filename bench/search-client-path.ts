// Where a Meilisearch search spends its time between Meilisearch and the store (issue #18:
// p95 ≤ 10 ms at 100k products). The bench:search request mix is timed, query by query with the
// order of the variants rotating, as: the adapter's `search` (the store's path), the same
// multi-search sent by plain fetch (HTTP and JSON, none of the adapter's work), Meilisearch's own
// processingTimeMs for it, and parts of it alone (the page, the page without highlights and
// crop, the facet queries). All in one run, so read the ratios.
// Usage: pnpm bench:search-client-path [--products 100000] [--pg-port 55441] [--pglite] [--repeat 1]
// With MEILISEARCH_URL set, an index already holding the catalog is reused, not rebuilt.
import { storeSearchQueries } from '@tandem/search/meilisearch';
import { Cleanup } from './lib/cleanup.ts';
import { meilisearchBenchIndex, type MultiSearchBody } from './lib/meilisearch-bench-index.ts';
import { benchCatalog, benchCatalogArgs } from './lib/prepare.ts';
import { benchQueries } from './lib/search-queries.ts';
import { median, percentile } from './lib/stats.ts';

const { products, pgPort, pglite, repeat } = benchCatalogArgs('bench:search-client-path');

type Body = MultiSearchBody;
interface Sample {
  ms: number;
  serverMs?: number;
  bytes?: number;
}

const cleanup = new Cleanup();
cleanup.onSignals();
await cleanup.around(async () => {
  const db = await benchCatalog(products, { pglite, pgPort }, cleanup);
  const { url, indexUid, engine, headers, multiSearch } = await meilisearchBenchIndex(products, db, cleanup);
  const queries = await benchQueries(db.prisma);
  const raw = async (body: Body): Promise<Sample> => {
    const { ms, serverMs, bytes } = await multiSearch(body);
    return { ms, serverMs: serverMs.reduce((sum, n) => sum + n, 0), bytes };
  };
  const parts = (i: number) => storeSearchQueries(indexUid, queries[i]!.request);
  const timed = async (work: () => Promise<Sample[]>): Promise<Sample> => {
    const started = performance.now();
    const samples = await work();
    return { ms: performance.now() - started, serverMs: Math.max(...samples.map((s) => s.serverMs ?? 0)), bytes: samples.reduce((n, s) => n + (s.bytes ?? 0), 0) };
  };
  const variants: Record<string, (i: number) => Promise<Sample>> = {
    'adapter search (the store path)': async (i) => {
      const started = performance.now();
      await engine.search(queries[i]!.request);
      return { ms: performance.now() - started };
    },
    'same multi-search by plain fetch': (i) => {
      const { main, facets } = parts(i);
      return raw({ queries: [main, ...facets.map((f) => f.query)] });
    },
    'unfiltered facets in a query of their own (before)': (i) => {
      const { main: { facets: unfiltered, ...page }, facets } = parts(i);
      const rest = { indexUid, q: page.q, filter: page.filter, facets: unfiltered, hitsPerPage: 0, page: 1, matchingStrategy: page.matchingStrategy };
      return raw({ queries: [page, rest, ...facets.map((f) => f.query)] });
    },
    'page ‖ filtered facet queries, two requests at once': (i) => {
      const { main, facets } = parts(i);
      return timed(() => Promise.all([raw({ queries: [main] }), ...(facets.length ? [raw({ queries: facets.map((f) => f.query) })] : [])]));
    },
    'page alone, no facets': (i) => {
      const { facets: _f, ...main } = parts(i).main;
      return raw({ queries: [main] });
    },
    'page alone, no facets, highlights or crop': (i) => {
      const { facets: _f, attributesToHighlight: _h, attributesToCrop: _c, cropLength: _l, ...main } = parts(i).main;
      return raw({ queries: [main] });
    },
  };
  // How many values each facet has over the whole catalog: maxValuesPerFacet must not cut them
  // (PostgreSQL returns every value), and counting them is most of a facet query's work.
  const catalogFacets = (await (await fetch(`${url}/indexes/${indexUid}/search`, {
    method: 'POST', headers, body: JSON.stringify({ q: '', hitsPerPage: 0, facets: ['categoryFacets', 'brandFacet', 'attributes', 'inStock'] }),
  })).json()) as { facetDistribution?: Record<string, Record<string, number>> };
  const valueCounts = Object.entries(catalogFacets.facetDistribution ?? {}).map(([facet, counts]) => `${facet} ${Object.keys(counts).length}`);
  const names = Object.keys(variants);
  const samples = new Map<string, Sample[]>(names.map((name) => [name, []]));
  for (let i = 0; i < 10; i++) for (const name of names) await variants[name]!(i); // warm-up
  for (let round = 0; round < repeat; round++) {
    for (let i = 0; i < queries.length; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length]!;
        samples.get(name)!.push(await variants[name]!(i));
      }
    }
  }
  const store = samples.get(names[0]!)!.map((s) => s.ms);
  console.log(`\nMeilisearch client path: ${products} products, ${queries.length} queries × ${repeat}, variants alternating per query; facet values over the catalog: ${valueCounts.join(', ')}\n`);
  console.log('| variant | p50 ms | p95 ms | ÷ adapter p50 / p95 | Meilisearch processingTimeMs p50 / p95 | response KB p50 |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, list] of samples) {
    const ms = list.map((s) => s.ms);
    const server = list.flatMap((s) => (s.serverMs === undefined ? [] : [s.serverMs]));
    const bytes = list.flatMap((s) => (s.bytes === undefined ? [] : [s.bytes]));
    const ratio = `${(median(ms) / median(store)).toFixed(2)}× / ${(percentile(ms, 95) / percentile(store, 95)).toFixed(2)}×`;
    const serverCell = server.length ? `${median(server).toFixed(1)} / ${percentile(server, 95).toFixed(1)}` : '—';
    const kb = bytes.length ? (median(bytes) / 1024).toFixed(1) : '—';
    console.log(`| ${name} | ${median(ms).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} | ${ratio} | ${serverCell} | ${kb} |`);
  }
});
