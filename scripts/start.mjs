// Runs the API, the storefront and the admin app side by side, waits until they answer, prints the URLs and
// stops them on Ctrl-C. With the demo on (SEED_DEMO not false), it first serves the demo partner sites
// (packages/demo/src/sites) on DEMO_SITES_PORT and the ports after, which the demo web ring links. The API applies pending migrations and seeds an empty database itself. Without
// SMTP_URL the shop's e-mail goes to a local Mailpit (its web UI is printed), or to the API's log if
// Mailpit cannot start.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { startMailpit } from './lib/mailpit.mjs';
import { API_NODE_FLAGS } from '../apps/api/scripts/node-flags.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const apiPort = Number(process.env.API_PORT ?? 4000);
const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 3000);
const adminPort = Number(process.env.ADMIN_PORT ?? 3001);
const host = process.env.HOST ?? '127.0.0.1';
const apiUrl = `http://${host}:${apiPort}`;
const storefrontUrl = `http://${host}:${storefrontPort}`;
const adminUrl = `http://${host}:${adminPort}`;
const demoSitesPort = Number(process.env.DEMO_SITES_PORT ?? 5173);
const serveDemoSites = process.env.SEED_DEMO !== 'false' && process.env.NODE_ENV !== 'production';
const children = [];
/** The local Mailpit when started (see lib/mailpit.mjs); stopped with the store. */
let mailpit = null;
// Proves to the API that the shopper's address it receives comes from the storefront or admin
// server; without it the API counts each request against its socket's address (docs/deploy.md).
const internalApiSecret = process.env.INTERNAL_API_SECRET || randomBytes(32).toString('base64url');

function run(name, command, args, env) {
  // Its own process group, so stopping it stops everything it started.
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = (line) => (line ? `[${name}] ${line}\n` : '');
  child.stdout.on('data', (chunk) => process.stdout.write(String(chunk).split('\n').map(prefix).join('')));
  child.stderr.on('data', (chunk) => process.stderr.write(String(chunk).split('\n').map(prefix).join('')));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${name}] stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the store.`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000}s`);
}

async function assertPortFree(url, what) {
  const answered = await fetch(url).then(() => true, () => false);
  if (answered) {
    console.error(`${what} port is taken: something already answers at ${url}. Stop it or set another port.`);
    process.exit(1);
  }
}

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const exited = children
    .filter((child) => child.exitCode === null && child.signalCode === null)
    .map((child) => {
      const done = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      return done;
    });
  // The API closes its database cleanly on SIGTERM; give it time before forcing.
  await Promise.race([Promise.all(exited), sleep(15_000)]);
  mailpit?.stop?.();
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

await assertPortFree(`${apiUrl}/health`, 'The API');
await assertPortFree(`${storefrontUrl}/`, 'The storefront');
await assertPortFree(`${adminUrl}/sign-in`, 'The admin app');
/** The demo partner sites' addresses, as their server prints them. */
let demoSitesLine = '';
if (serveDemoSites) {
  // Up before the API, so the ring's first health check finds their ring bars.
  const sites = run('sites', process.execPath, ['--import', 'tsx', 'packages/demo/src/sites/serve-demo-sites-cli.ts'], {
    DEMO_SITES_HOST: host,
    DEMO_SITES_PORT: String(demoSitesPort),
    API_PUBLIC_URL: process.env.API_PUBLIC_URL ?? apiUrl,
    STOREFRONT_URL: process.env.STOREFRONT_URL ?? storefrontUrl,
  });
  demoSitesLine = await new Promise((resolve) => {
    let seen = '';
    const onData = (chunk) => {
      seen += String(chunk);
      const line = seen.split('\n').find((l) => l.startsWith('Demo partner sites: '));
      if (line) {
        sites.stdout.off('data', onData);
        resolve(line.slice('Demo partner sites: '.length));
      }
    };
    sites.stdout.on('data', onData);
  });
}
mailpit = process.env.SMTP_URL ? null : startMailpit(Number(process.env.MAILPIT_SMTP_PORT ?? 1025), Number(process.env.MAILPIT_PORT ?? 8025));
const mailLine = !mailpit
  ? 'sent through SMTP_URL'
  : mailpit.error
    ? `printed to the API's log, not delivered (Mailpit did not start: ${mailpit.error})`
    : `${mailpit.webUrl}   (the shop's outgoing mail, caught by Mailpit)`;
// On embedded PGlite, the migrated template a new database is copied from (docs/decisions.md,
// "A migrated template for the first start"); a no-op when it is there for these migrations.
if (!process.env.DATABASE_URL) {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'packages/db/src/cli/pglite-template.ts'], { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch {
    console.error("Could not make the PGlite template: the API's first start creates and migrates the database itself.");
  }
}
// The API's production build (a second of esbuild): plain Node holds about 40 MB less than the
// same code through tsx. Its heap is capped (apps/api/scripts/node-flags.mjs says how and why).
execFileSync(process.execPath, ['apps/api/scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
run('api', process.execPath, [...API_NODE_FLAGS, 'apps/api/dist/main.js'], {
  API_PORT: String(apiPort),
  API_HOST: host,
  INTERNAL_API_SECRET: internalApiSecret,
  // Its output is piped through this script, which a person reads: readable lines, not JSON.
  LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty',
  STOREFRONT_URL: process.env.STOREFRONT_URL ?? storefrontUrl,
  ADMIN_URL: process.env.ADMIN_URL ?? adminUrl,
  API_PUBLIC_URL: process.env.API_PUBLIC_URL ?? apiUrl,
  DEMO_SITES_HOST: host,
  DEMO_SITES_PORT: String(demoSitesPort),
  // The demo ring's members are the local demo sites: the health check may fetch them.
  ...(serveDemoSites ? { RING_HEALTH_ALLOW_PRIVATE_NETWORK: process.env.RING_HEALTH_ALLOW_PRIVATE_NETWORK ?? 'true' } : {}),
  ...(mailpit?.smtpUrl ? { SMTP_URL: mailpit.smtpUrl } : {}),
});
await waitFor(`${apiUrl}/health`, 'The API', 10 * 60_000);
run('storefront', 'node', ['apps/storefront/serve.js'], {
  PORT: String(storefrontPort),
  HOST: host,
  API_URL: apiUrl,
  ORIGIN: storefrontUrl,
  INTERNAL_API_SECRET: internalApiSecret,
});
await waitFor(`${storefrontUrl}/`, 'The storefront', 60_000);
// Catalog CSV imports (up to 20 MB) and image uploads are form posts: above adapter-node's 512 kB default.
run('admin', 'node', ['apps/admin/build'], { PORT: String(adminPort), HOST: host, API_URL: apiUrl, ORIGIN: adminUrl, INTERNAL_API_SECRET: internalApiSecret, BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '25M' });
await waitFor(`${adminUrl}/sign-in`, 'The admin app', 60_000);

console.log(`
  Tandem is running.
    Storefront  ${storefrontUrl}
    Admin       ${adminUrl}   (demo staff: admin@, catalog@, support@, marketing@tandem.test;
                password "tandem-demo-staff"; not created when SEED_DEMO=false or NODE_ENV=production)
    API         ${apiUrl}/trpc   (health: ${apiUrl}/health)
    E-mail      ${mailLine}${demoSitesLine ? `
    Demo partner sites  ${demoSitesLine}
                (they carry the store's widget and the "Bike sites ring" bar: ${storefrontUrl}/rings/bike-sites)` : ''}
  Press Ctrl-C to stop.
`);
