// The API host's configuration, read from the environment once at start-up.
import proxyaddr from 'proxy-addr';
import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  PGLITE_DATA_DIR: z.string().optional(),
  /** Embedded PGlite's shared_buffers (PostgreSQL's units: kB, MB, GB); default 16MB. */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, 'PGLITE_SHARED_BUFFERS is a size such as 16MB')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MEDIA_DIR: z.string().optional(),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Removed: `true` believed X-Forwarded-For from anyone. Refused, so a deploy that still sets it does not silently lose its proxy. */
  TRUST_PROXY: z
    .string()
    .optional()
    .refine((v) => !v || v === 'false', 'TRUST_PROXY is no longer supported (it believed X-Forwarded-For from anyone). List your proxies in TRUSTED_PROXIES and give the storefront and admin servers INTERNAL_API_SECRET; see docs/deploy.md.'),
  /** Proxies whose X-Forwarded-For is believed, comma-separated addresses or CIDRs (e.g. `10.0.0.0/8,127.0.0.1`); empty: none. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((entry) => entry.trim()).filter(Boolean))
    .refine(compiles, 'TRUSTED_PROXIES lists IP addresses or CIDRs (e.g. 10.0.0.0/8,127.0.0.1), or loopback, linklocal, uniquelocal'),
  /** Shared with the storefront and admin servers: proves the shopper's address they forward (docs/deploy.md). */
  INTERNAL_API_SECRET: z
    .string()
    .min(32, 'INTERNAL_API_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** How long listing facet counts are reused, in ms (0 = always recount). */
  CATALOG_FACET_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  /** How long whole catalog reads (listings, product pages, categories) are reused, in ms (0 = off). Any visible change drops them in every process at once; this bounds how far stock levels may lag, and is the s-maxage public responses carry. */
  CATALOG_READ_CACHE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
  /** Most bytes of finished anonymous public-read answers kept per process (public-read-answers.ts), for as long as the read cache keeps their reads; 0 turns them off. */
  PUBLIC_READ_ANSWERS_MAX_BYTES: z.coerce.number().int().min(0).max(1024 * 1024 * 1024).default(16 * 1024 * 1024),
  /** The storefront's public address: the one setting for every link the API writes (e-mails, newsletters, sitemaps, the product feed, the widget, web rings). */
  STOREFRONT_URL: z.string().url().default('http://127.0.0.1:3000'),
  /** Countries the product feed quotes shipping for, comma-separated ISO codes. */
  FEED_SHIPPING_COUNTRIES: z
    .string()
    .default('NL')
    .transform((v) => v.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, 'FEED_SHIPPING_COUNTRIES lists two-letter country codes')).min(1)),
  /** The mail server the shop's e-mail goes out through: `smtp://user:pass@host:587` or `smtps://user:pass@host:465` (percent-encode the password). Unset: e-mails are only printed to the log. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'SMTP_URL looks like smtp://user:pass@host:587 or smtps://user:pass@host:465')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The sender of the shop's e-mail. */
  MAIL_FROM: z.string().min(3).default('Tandem <shop@tandem.localhost>'),
  /** The longest wait on the mail server (connect, greeting, each reply), in ms: a hung server fails one try, not the relay. */
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How often unpaid orders past their reservation are cancelled, in ms. */
  ORDER_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** How often the incremental recommendation update also runs by itself (new events wake it at once; paid orders wait for this), in ms. */
  RECOMMENDATIONS_INTERVAL_MS: z.coerce.number().int().min(1_000).default(300_000),
  /** The full rebuild (also content similarity, merged visitors, deleted data); updates run on new events. */
  RECOMMENDATIONS_REBUILD_INTERVAL_MS: z.coerce.number().int().min(60_000).default(24 * 3_600_000),
  /** How often the "for you" blend is re-tuned on the store's own orders (core personalization/serving-blend.ts), in ms. */
  RECOMMENDATIONS_TUNING_INTERVAL_MS: z.coerce.number().int().min(60_000).default(24 * 3_600_000),
  /** How often customer segments (RFM) are recomputed, in ms. */
  SEGMENTS_INTERVAL_MS: z.coerce.number().int().min(1_000).default(6 * 3_600_000),
  /** How many days after delivery (or shipping, when delivery is not recorded) a shopper may ask to return items. */
  RETURN_WINDOW_DAYS: z.coerce.number().int().min(0).max(3_650).default(30),
  /** Behaviour events older than this many days are deleted. */
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(365),
  /** The job workers' safety poll, in ms: they wake on NOTIFY (new jobs) and at the next job's due time, so this only bounds the delay after a lost notification. */
  JOB_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(5_000),
  /** How often partners' content feeds are fetched again, in ms. */
  PARTNER_FEED_REFRESH_MS: z.coerce.number().int().min(60_000).default(6 * 3_600_000),
  /** Let partner feeds and their images, and scheduled offer feeds, come from loopback/private addresses (development and tests only). */
  PARTNER_FEED_ALLOW_PRIVATE_HOSTS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Key of the digests of click addresses (affiliate flood control); random per start when unset. Set it when several API processes run. */
  AFFILIATE_IP_HASH_KEY: z.string().min(16).optional(),
  /** How often commissions past their hold window are approved, in ms. */
  COMMISSION_APPROVAL_INTERVAL_MS: z.coerce.number().int().min(1_000).default(600_000),
  /** The API's public address, as partner pages load the widget from it (default http://API_HOST:API_PORT). */
  API_PUBLIC_URL: z.string().url().optional(),
  /** The storefront's name as partner widgets show it ("From …"). */
  STORE_NAME: z.string().min(1).max(100).default('Tandem'),
  /** The seller on invoices and credit notes: legal name, postal address (lines separated by "|") and VAT id. Unset keeps what is stored. */
  SELLER_LEGAL_NAME: z.string().trim().min(1).max(200).optional(),
  SELLER_ADDRESS: z.string().max(500).optional(),
  SELLER_VAT_ID: z.string().trim().max(30).optional(),
  /** The admin app's public address, for links in e-mails to ring owners. */
  ADMIN_URL: z.string().url().default('http://127.0.0.1:3001'),
  /** Where health news about rings the store itself owns goes. */
  RINGS_STORE_EMAIL: z.string().email().default('partners@tandem.localhost'),
  /** How often web ring members' pages are checked, in ms. */
  RING_HEALTH_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
  /** Let the ring health check fetch loopback/private addresses (development and tests only). */
  RING_HEALTH_ALLOW_PRIVATE_NETWORK: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** End-to-end tests only: a file holding how many ms the API's clock runs ahead (apps/api/src/test-clock.ts); refused in production. */
  TEST_CLOCK_FILE: z.string().optional(),
  /** How many API processes serve the port (node:cluster workers; main.ts). More than 1 needs DATABASE_URL: embedded PGlite belongs to one process. */
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** The bearer token that opens GET /metrics (Prometheus); unset: /metrics answers 404. */
  METRICS_TOKEN: z
    .string()
    .min(16, 'METRICS_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 24`)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** On SIGTERM: the longest wait for requests under way and running jobs before closing, in ms. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** `development` adds stacks to API error responses; anything else (or unset) keeps them in the server log only. */
  NODE_ENV: z.string().optional(),
  /** Load the demo catalog into an empty database on start (default on). */
  SEED_DEMO: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Where the demo partner sites are served (scripts/start.mjs): the demo ring's members point there, the first site on DEMO_SITES_PORT, the next on the port after. */
  DEMO_SITES_HOST: z.string().min(1).default('127.0.0.1'),
  DEMO_SITES_PORT: z.coerce.number().int().min(1).max(65_535).default(5173),
});

function compiles(entries: string[]): boolean {
  try {
    proxyaddr.compile(entries);
    return true;
  } catch {
    return false;
  }
}

export type ApiEnv = z.infer<typeof Env>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = Env.refine((env) => env.API_WORKERS === 1 || env.DATABASE_URL !== undefined, {
    path: ['API_WORKERS'],
    message: 'API_WORKERS above 1 needs DATABASE_URL (a PostgreSQL server): the embedded PGlite database belongs to one process.',
  }).safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
