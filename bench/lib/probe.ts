// Single requests outside the load rounds: fetching the reference bodies (and checking the
// API answers 200 to every benchmark path) and timing each query alone, one at a time.
import type { BenchQuery } from './queries.ts';
import { median, percentile } from './stats.ts';

export interface ListSummary {
  total: number;
  slugs: string[];
}

export async function fetchBodies(origin: string, queries: readonly BenchQuery[]): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  for (const query of queries) {
    const response = await fetch(origin + query.path);
    const text = await response.text();
    if (response.status !== 200) {
      throw new Error(`${query.name}: GET ${query.path} answered ${response.status}: ${text.slice(0, 500)}`);
    }
    bodies.set(query.path, text);
  }
  return bodies;
}

/**
 * The parts of a response that must agree across databases (ids differ): a catalog.list's total
 * and slugs, or a product page's slug (total 1).
 */
export function summarise(body: string): ListSummary {
  const parsed = JSON.parse(body) as { result?: { data?: { total?: number; items?: { slug: string }[]; slug?: string } } };
  const data = parsed.result?.data;
  if (data && typeof data.slug === 'string') return { total: 1, slugs: [data.slug] };
  if (!data || typeof data.total !== 'number' || !Array.isArray(data.items)) throw new Error(`Not a catalog.list or catalog.bySlug response: ${body.slice(0, 200)}`);
  return { total: data.total, slugs: data.items.map((item) => item.slug) };
}

export interface QueryTiming {
  name: string;
  /** Median, 95th percentile and minimum of sequential single-request latencies, ms. */
  medianMs: number;
  p95Ms: number;
  minMs: number;
  total: number;
  bytes: number;
}

export async function timeQueries(origin: string, queries: readonly BenchQuery[], samples: number): Promise<QueryTiming[]> {
  const timings: QueryTiming[] = [];
  for (const query of queries) {
    const durations: number[] = [];
    let body = '';
    for (let i = 0; i < samples; i++) {
      const started = performance.now();
      const response = await fetch(origin + query.path);
      body = await response.text();
      durations.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`${query.name}: ${response.status}`);
    }
    timings.push({
      name: query.name,
      medianMs: median(durations),
      p95Ms: percentile(durations, 95),
      minMs: Math.min(...durations),
      total: summarise(body).total,
      bytes: Buffer.byteLength(body),
    });
  }
  return timings;
}
