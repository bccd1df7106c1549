// Command-line flags (and BENCH_* environment variables) of the checkout benchmark.
import { parseArgs } from 'node:util';
import { flagReader, withoutSeparator } from './flags.ts';

export interface CheckoutOptions {
  /** Customers per concurrency level, each placing one order for their own cart. */
  customers: number;
  /** Units in stock per concurrency level, split evenly over `variants`. */
  stock: number;
  /** How many variants the stock is spread over: the rows every placement contends for. */
  variants: number;
  /** Distinct variants in each cart (1 unit each); 1 is the plain "last units" scenario. */
  lines: number;
  /** Every multi-line cart lists its variants in the same order (by id) instead of a random one. */
  sameLineOrder: boolean;
  /** Requests in flight; one run (with its own customers and stock) per level. */
  concurrency: number[];
  /** Generated catalog products the variants are picked from. */
  products: number;
  /** Unmeasured placements (and cart reads) before the first level, on a separate variant. */
  warmup: number;
  /** The API's PostgreSQL connection pool (the app's default is 10). */
  poolSize: number;
  pgPort: number;
  /** Also run against embedded PGlite. */
  pglite: boolean;
  skipPostgres: boolean;
  /** Seed of the shuffles (which customer wants which variant, request order). */
  seed: number;
  /** PostgreSQL with fsync and synchronous commit off (not durable; for comparing with runs before they were on). */
  unsafeCommit: boolean;
  /** Write a CPU profile of the API process for each level's placements, and print where its time went. */
  cpuProfile: boolean;
}

const USAGE = `Usage: pnpm bench:checkout [--customers 1500] [--stock 1000] [--variants 5] [--lines 1] [--same-line-order]
                           [--concurrency 8,32] [--products 200] [--warmup 100] [--pool-size 10]
                           [--pg-port 55450] [--pglite] [--skip-postgres] [--seed 1] [--cpu-profile] [--unsafe-commit]
Every flag also reads from the environment: BENCH_CUSTOMERS, BENCH_STOCK, BENCH_VARIANTS, BENCH_LINES, BENCH_SAME_LINE_ORDER=1,
BENCH_CONCURRENCY, BENCH_PRODUCTS, BENCH_WARMUP, BENCH_POOL_SIZE, BENCH_PG_PORT, BENCH_PGLITE=1,
BENCH_SKIP_POSTGRES=1, BENCH_SEED, BENCH_CPU_PROFILE=1, BENCH_UNSAFE_COMMIT=1.
PostgreSQL keeps its default fsync and synchronous commit; --unsafe-commit turns both off.`;

export function readCheckoutOptions(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): CheckoutOptions {
  const { values } = parseArgs({
    args: withoutSeparator(argv),
    options: {
      customers: { type: 'string' },
      stock: { type: 'string' },
      variants: { type: 'string' },
      lines: { type: 'string' },
      'same-line-order': { type: 'boolean' },
      concurrency: { type: 'string' },
      products: { type: 'string' },
      warmup: { type: 'string' },
      'pool-size': { type: 'string' },
      'pg-port': { type: 'string' },
      pglite: { type: 'boolean' },
      'skip-postgres': { type: 'boolean' },
      seed: { type: 'string' },
      'cpu-profile': { type: 'boolean' },
      'unsafe-commit': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const { number: flag, boolean: bool, string } = flagReader(env, USAGE);
  const concurrency = string('concurrency', values.concurrency, '8,32')
    .split(',')
    .map((part) => Number(part.trim()));
  if (concurrency.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--concurrency takes positive whole numbers separated by commas, e.g. 8,32\n${USAGE}`);
  }
  const options: CheckoutOptions = {
    customers: Math.round(flag('customers', values.customers, 1500, 1)),
    stock: Math.round(flag('stock', values.stock, 1000, 0)),
    variants: Math.round(flag('variants', values.variants, 5, 1)),
    lines: Math.round(flag('lines', values.lines, 1, 1)),
    sameLineOrder: bool('same-line-order', values['same-line-order']),
    concurrency,
    products: Math.round(flag('products', values.products, 200, 1)),
    warmup: Math.round(flag('warmup', values.warmup, 100, 0)),
    poolSize: Math.round(flag('pool-size', values['pool-size'], 10, 1)),
    pgPort: Math.round(flag('pg-port', values['pg-port'], 55_450, 1)),
    pglite: bool('pglite', values.pglite),
    skipPostgres: bool('skip-postgres', values['skip-postgres']),
    seed: Math.round(flag('seed', values.seed, 1, 0)),
    cpuProfile: bool('cpu-profile', values['cpu-profile']),
    unsafeCommit: bool('unsafe-commit', values['unsafe-commit']),
  };
  if (options.skipPostgres && !options.pglite) throw new Error('Nothing to measure: --skip-postgres without --pglite');
  if (options.lines > options.variants) throw new Error(`--lines ${options.lines} needs at least as many --variants (${options.variants})`);
  return options;
}
