// Command-line flags (and BENCH_* environment variables) of the catalog benchmark.
import { parseArgs } from 'node:util';
import { flagReader, withoutSeparator } from './flags.ts';

export interface BenchOptions {
  /** Active products in the benchmark catalog. */
  products: number;
  /** Measured rounds per target; medians are reported. */
  rounds: number;
  /** Seconds per measured round. */
  duration: number;
  /** Seconds of the one warm-up round per target (not reported). */
  warmup: number;
  /** Concurrent HTTP connections of the load generator. */
  connections: number;
  skipPostgres: boolean;
  skipPglite: boolean;
  /** Sends `withFacets: false` with every query, to see what the facet counts cost. */
  noFacets: boolean;
  /** PostgreSQL port of the throw-away cluster. */
  pgPort: number;
  /** The API's facet-count cache time-to-live in ms (the app's default); 0 recounts every request. */
  facetCacheTtlMs: number;
  /** When above 0, each database also gets a server with whole catalog reads cached this long (ms). */
  readCacheTtlMs: number;
  /** Which reads are loaded: filtered listings (default), category pages, or product pages (`catalog.bySlug`). */
  reads: BenchReads;
}

export const BENCH_READS = ['listings', 'categories', 'products'] as const;
export type BenchReads = (typeof BENCH_READS)[number];

const USAGE = `Usage: pnpm bench:catalog [--products 10000] [--rounds 3] [--duration 5] [--warmup 3]
                          [--connections 16] [--skip-postgres] [--skip-pglite] [--no-facets] [--pg-port 55440]
                          [--facet-cache-ttl 10000] [--read-cache-ttl 0] [--reads listings|categories|products]
Every flag also reads from the environment: BENCH_PRODUCTS, BENCH_ROUNDS, BENCH_DURATION, BENCH_WARMUP,
BENCH_CONNECTIONS, BENCH_SKIP_POSTGRES=1, BENCH_SKIP_PGLITE=1, BENCH_NO_FACETS=1, BENCH_PG_PORT, BENCH_FACET_CACHE_TTL, BENCH_READ_CACHE_TTL,
BENCH_READS.`;

export function readOptions(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const { values } = parseArgs({
    args: withoutSeparator(argv),
    options: {
      products: { type: 'string' },
      rounds: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      'skip-postgres': { type: 'boolean' },
      'skip-pglite': { type: 'boolean' },
      'no-facets': { type: 'boolean' },
      'pg-port': { type: 'string' },
      'facet-cache-ttl': { type: 'string' },
      'read-cache-ttl': { type: 'string' },
      reads: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const { number: flag, boolean: bool, string: text } = flagReader(env, USAGE);
  const options: BenchOptions = {
    products: Math.round(flag('products', values.products, 10_000, 1)),
    rounds: Math.round(flag('rounds', values.rounds, 3, 1)),
    duration: flag('duration', values.duration, 5, 1),
    warmup: flag('warmup', values.warmup, 3, 0),
    connections: Math.round(flag('connections', values.connections, 16, 1)),
    skipPostgres: bool('skip-postgres', values['skip-postgres']),
    skipPglite: bool('skip-pglite', values['skip-pglite']),
    noFacets: bool('no-facets', values['no-facets']),
    pgPort: Math.round(flag('pg-port', values['pg-port'], 55_440, 1)),
    facetCacheTtlMs: Math.round(flag('facet-cache-ttl', values['facet-cache-ttl'], 10_000, 0)),
    readCacheTtlMs: Math.round(flag('read-cache-ttl', values['read-cache-ttl'], 0, 0)),
    reads: readsOf(text('reads', values.reads, 'listings')),
  };
  if (options.skipPglite && options.skipPostgres) throw new Error('Nothing to measure: both --skip-pglite and --skip-postgres');
  return options;
}

function readsOf(value: string): BenchReads {
  const reads = BENCH_READS.find((r) => r === value);
  if (!reads) throw new Error(`--reads must be one of ${BENCH_READS.join(', ')}, not ${value}\n${USAGE}`);
  return reads;
}
