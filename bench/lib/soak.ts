// A soak: steady mixed shopper load on a running API for many minutes, the resident memory of
// every process sampled at a fixed interval, summarised as start, peak, end and the slope of a
// least-squares line through the samples (no growth is the target).
import { memoryOf, type Proc } from './child-process.ts';
import { runLoad, type LoadRequest } from './load.ts';

const query = (procedure: string, input?: unknown) => `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;

/**
 * What shoppers ask of the API over a visit, in proportion: the category tree, listings, product
 * pages, searches and cart adds (each add without a cart token makes a new anonymous cart, as a
 * new visitor's first add does).
 */
export async function shopperMix(origin: string): Promise<LoadRequest[]> {
  const listed = (await (await fetch(origin + query('catalog.list', { limit: 24 }))).json()) as { result: { data: { items: { slug: string }[] } } };
  const slugs = listed.result.data.items.map((p) => p.slug);
  const variantIds: string[] = [];
  // Products a shopper adds straight from the page: not built to a configuration, in stock.
  for (const slug of slugs) {
    if (variantIds.length === 6) break;
    const product = (await (await fetch(origin + query('catalog.bySlug', { slug }))).json()) as { result: { data: { configurable: boolean; variants: { id: string; stock: { status: string } }[] } } };
    const variant = product.result.data.variants.find((v) => v.stock.status === 'in_stock');
    if (!product.result.data.configurable && variant) variantIds.push(variant.id);
  }
  const get = (path: string): LoadRequest => ({ method: 'GET', path });
  return [
    get(query('catalog.categories')),
    get(query('catalog.list', { limit: 24 })),
    get(query('catalog.list', { inStock: true, limit: 12 })),
    ...slugs.map((slug) => get(query('catalog.bySlug', { slug }))),
    ...['bike', 'helmet', 'lights', 'tyre', 'lock', 'jacket'].map((q) => get(query('search.query', { q }))),
    ...variantIds.map((variantId) => ({ method: 'POST' as const, path: '/trpc/cart.addLine', body: JSON.stringify({ variantId, quantity: 1 }) })),
  ];
}

export interface SoakSample {
  /** Seconds since the soak started. */
  atS: number;
  /** Resident memory of each process, MB, by its name. */
  rssMb: Record<string, number>;
  /** Requests per second over the slice that ended at this sample. */
  rps: number;
}

export interface SoakSummary {
  process: string;
  startMb: number;
  peakMb: number;
  endMb: number;
  /** Least-squares slope over all samples, and over the second half (after warm-up), MB per minute. */
  slopeMbPerMin: number;
  secondHalfSlopeMbPerMin: number;
}

/** Runs `requests` at `connections` for `seconds`, in slices of `sampleEveryS`, sampling every process's RSS after each slice. */
export async function soak(origin: string, processes: readonly Proc[], requests: readonly LoadRequest[], seconds: number, connections: number, sampleEveryS = 30): Promise<SoakSample[]> {
  const rssOf = async () => Object.fromEntries(await Promise.all(processes.map(async (p) => [p.name, Math.round((await memoryOf(p.child.pid!)).rss)] as const)));
  const samples: SoakSample[] = [{ atS: 0, rssMb: await rssOf(), rps: 0 }];
  const started = performance.now();
  for (let elapsed = 0; elapsed < seconds; elapsed += sampleEveryS) {
    const result = await runLoad({ origin, paths: requests, connections, duration: Math.min(sampleEveryS, seconds - elapsed) });
    if (result.errors || result.non2xx) throw new Error(`soak: ${result.errors} errors, ${result.non2xx} non-2xx at ${elapsed} s`);
    samples.push({ atS: Math.round((performance.now() - started) / 1000), rssMb: await rssOf(), rps: Math.round(result.rps) });
    console.error(`soak ${samples.at(-1)!.atS} s: ${samples.at(-1)!.rps} req/s, RSS ${JSON.stringify(samples.at(-1)!.rssMb)} MB`);
  }
  return samples;
}

export function summariseSoak(samples: readonly SoakSample[], peakMbOf: (process: string) => number): SoakSummary[] {
  return Object.keys(samples[0]!.rssMb).map((process) => {
    const points = samples.map((s) => [s.atS / 60, s.rssMb[process]!] as const);
    return {
      process,
      startMb: points[0]![1],
      peakMb: Math.max(peakMbOf(process), ...points.map(([, mb]) => mb)),
      endMb: points.at(-1)![1],
      slopeMbPerMin: slope(points),
      secondHalfSlopeMbPerMin: slope(points.slice(Math.floor(points.length / 2))),
    };
  });
}

/** Least-squares slope of y over x. */
export function slope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((s, [x]) => s + x, 0) / n;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - meanX) * (y - meanY), 0);
  const den = points.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
  return den === 0 ? 0 : num / den;
}
