// End-to-end tests in Debian's Chromium against the real apps as users run them: the API's
// production build on a throw-away PGlite database (migrated and seeded on start), the built
// storefront and the built admin app.
import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { API_NODE_FLAGS } from '../apps/api/scripts/node-flags.mjs';

const apiPort = Number(process.env.E2E_API_PORT ?? 4310);
const storefrontPort = Number(process.env.E2E_STOREFRONT_PORT ?? 3310);
const adminPort = Number(process.env.E2E_ADMIN_PORT ?? 3311);
/** The demo partner sites, as scripts/start.mjs serves them: the first here, the next on the port after. */
const demoSitesPort = Number(process.env.E2E_DEMO_SITES_PORT ?? 3312);
/** The admin app's address, for specs that sign staff in (`adminUrl` in e2e/support/admin.ts). */
process.env.TANDEM_E2E_ADMIN_URL = `http://127.0.0.1:${adminPort}`;
process.env.TANDEM_E2E_API_URL = `http://127.0.0.1:${apiPort}`;
process.env.TANDEM_E2E_DEMO_SITES_PORT = String(demoSitesPort);
const runDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `tandem-e2e-${process.pid}`);
const repoRoot = path.resolve(import.meta.dirname, '..');
process.env.TANDEM_E2E_RUN_DIR = runDir;
/**
 * Where specs move the API's clock ahead (e2e/support/clock.ts; apps/api/src/test-clock.ts). Set
 * once: workers load this file again with another pid, and must write the file the API reads.
 */
process.env.TANDEM_E2E_CLOCK_FILE ??= path.join(runDir, 'clock-offset-ms');
// Lets the API believe the shopper addresses the storefront and admin servers forward, as in
// scripts/start.mjs. Kept in the environment so workers, which load this file again, agree.
const internalApiSecret = (process.env.TANDEM_E2E_INTERNAL_API_SECRET ??= randomBytes(32).toString('base64url'));
/**
 * E2E_STRIPE_MOCK_URL (scripts/test.sh starts stripe-mock for the card spec's own run): the API pays
 * card orders through Stripe's SDK against it and the storefront offers the Payment Element. Off
 * by default, as keys make card every spec's first payment method and Stripe the provider of
 * group buys. The spec signs webhooks with the secret the API checks them with.
 */
const stripeMock = process.env.E2E_STRIPE_MOCK_URL ? new URL(process.env.E2E_STRIPE_MOCK_URL) : null;
const stripeWebhookSecret = (process.env.TANDEM_E2E_STRIPE_WEBHOOK_SECRET ??= `whsec_${randomBytes(24).toString('base64url')}`);
/** stripe-mock accepts a key shaped like a test key (no further underscores); the spec confirms with the same one. */
process.env.TANDEM_E2E_STRIPE_SECRET_KEY = 'sk_test_tandemE2e';
const stripeApiEnv: Record<string, string> = stripeMock
  ? {
      STRIPE_SECRET_KEY: process.env.TANDEM_E2E_STRIPE_SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
      STRIPE_API_HOST: stripeMock.hostname,
      STRIPE_API_PORT: stripeMock.port,
      STRIPE_API_PROTOCOL: stripeMock.protocol.replace(':', ''),
    }
  : {};
const stripeStorefrontEnv: Record<string, string> = stripeMock ? { STRIPE_PUBLISHABLE_KEY: 'pk_test_tandemE2e' } : {};

// The API as `pnpm start` runs it: bundled by its build (a second of esbuild) and run by plain
// Node, so the suite covers the bundle users run, not the TypeScript sources through tsx. Built
// here, once per run (workers load this file again and find TANDEM_E2E_API_BUILT set).
if (!process.env.TANDEM_E2E_API_BUILT) {
  execFileSync(process.execPath, ['apps/api/scripts/build.mjs'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  process.env.TANDEM_E2E_API_BUILT = '1';
}

export default defineConfig({
  testDir: './tests',
  globalTeardown: './global-teardown.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? './test-results/results.json' }]],
  outputDir: './test-results',
  use: {
    baseURL: `http://127.0.0.1:${storefrontPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      // The demo web ring's member sites, served the way the start command serves them.
      command: 'node --import tsx packages/demo/src/sites/serve-demo-sites-cli.ts',
      cwd: repoRoot,
      url: `http://127.0.0.1:${demoSitesPort}/`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { DEMO_SITES_HOST: '127.0.0.1', DEMO_SITES_PORT: String(demoSitesPort), API_PUBLIC_URL: `http://127.0.0.1:${apiPort}`, STOREFRONT_URL: `http://127.0.0.1:${storefrontPort}` },
    },
    {
      // With the V8 flags scripts/start.mjs gives it.
      command: `node ${API_NODE_FLAGS.join(' ')} apps/api/dist/main.js`,
      cwd: repoRoot,
      url: `http://127.0.0.1:${apiPort}/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        API_PORT: String(apiPort),
        // One JSON line per request drowned CI's output; warnings and errors still show.
        LOG_LEVEL: process.env.E2E_API_LOG_LEVEL ?? 'warn',
        PGLITE_DATA_DIR: path.join(runDir, 'pglite'),
        MEDIA_DIR: path.join(runDir, 'media'),
        // PostgreSQL when E2E_DATABASE_URL is set, so specs can also set up data in the database.
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
        INTERNAL_API_SECRET: internalApiSecret,
        STOREFRONT_URL: `http://127.0.0.1:${storefrontPort}`,
        API_PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
        DEMO_SITES_PORT: String(demoSitesPort),
        // The ring health check may reach the fake partner sites on 127.0.0.1.
        RING_HEALTH_ALLOW_PRIVATE_NETWORK: 'true',
        // Specs move the clock instead of waiting days for a payment hold to lapse; the expiry and
        // reminder jobs then notice within seconds.
        TEST_CLOCK_FILE: process.env.TANDEM_E2E_CLOCK_FILE,
        ORDER_EXPIRY_INTERVAL_MS: '2000',
        // Real delivery to the Mailpit scripts/test.sh started (e2e/support/mailpit.ts reads it back);
        // without one the API prints e-mails to its log.
        SMTP_URL: process.env.TEST_SMTP_URL ?? '',
        ...stripeApiEnv,
      },
    },
    {
      command: 'node apps/storefront/serve.js',
      cwd: repoRoot,
      url: `http://127.0.0.1:${storefrontPort}/`,
      timeout: 60_000,
      reuseExistingServer: false,
      // The storefront's anonymous page cache is on, as by default; E2E_PAGE_CACHE=0 runs the specs without it.
      env: { PORT: String(storefrontPort), HOST: '127.0.0.1', API_URL: `http://127.0.0.1:${apiPort}`, ORIGIN: `http://127.0.0.1:${storefrontPort}`, INTERNAL_API_SECRET: internalApiSecret, PUBLIC_STORE_URL: `http://127.0.0.1:${storefrontPort}`, ...stripeStorefrontEnv, ...(process.env.E2E_PAGE_CACHE === '0' ? { PAGE_CACHE_TTL_MS: '0' } : {}) },
    },
    {
      command: 'node apps/admin/build',
      cwd: repoRoot,
      url: `http://127.0.0.1:${adminPort}/sign-in`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { PORT: String(adminPort), HOST: '127.0.0.1', API_URL: `http://127.0.0.1:${apiPort}`, ORIGIN: `http://127.0.0.1:${adminPort}`, INTERNAL_API_SECRET: internalApiSecret, BODY_SIZE_LIMIT: '25M' },
    },
  ],
});
