// The README's first command ends in `node scripts/start.mjs`: it builds the API, starts it on an
// empty embedded database (migrations, demo seed), then the storefront, the admin app, the demo
// partner sites and a local Mailpit, and stops them all on Ctrl-C. Nothing else in CI runs it, and
// once a refactor dropped its build step unnoticed (it would have started an API bundle that a
// fresh clone does not have) — so this spec runs it as a person would, on ports and a data folder
// of its own, next to the servers the other specs use.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '../support/test.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const apiBundle = path.join(repoRoot, 'apps/api/dist/main.js');

/** `port` (0: one the kernel picks) if nothing listens on it right now, else null. */
function claimablePort(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(null));
    probe.listen(port, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : null));
    });
  });
}

async function freePort(): Promise<number> {
  const port = await claimablePort(0);
  if (port === null) throw new Error('no free port');
  return port;
}

/** Ports for every server the start command runs; the demo sites take `demoSites` and the one after. */
async function startPorts() {
  const [api, storefront, admin, mailSmtp, mailWeb] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  let demoSites = await freePort();
  // The second demo site listens on the port after the first: find a pair that is free.
  for (let tries = 0; tries < 20 && (await claimablePort(demoSites + 1)) === null; tries += 1) demoSites = await freePort();
  return { api, storefront, admin, mailSmtp, mailWeb, demoSites };
}

/** The environment a person's shell would have: none of the test run's own servers or secrets. */
function personEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(TEST_|E2E_|TANDEM_E2E_|PLAYWRIGHT_|DATABASE_URL$|SMTP_URL$|MEILISEARCH_|STRIPE_|PGLITE_|NODE_ENV$|CI$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

async function modifiedAt(file: string): Promise<number | null> {
  return stat(file).then((s) => s.mtimeMs, () => null);
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Resolves when the script prints that the store runs; fails with its output if it exits or times out. */
async function untilRunning(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!output().includes('Tandem is running.')) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the start command exited (${child.exitCode ?? child.signalCode}):\n${output().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`the start command did not finish starting in ${timeoutMs / 1000} s:\n${output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function answers(url: string): Promise<boolean> {
  return fetch(url).then(() => true, () => false);
}

test('the start command builds the API, starts the whole demo store on an empty database, and stops it on Ctrl-C', async ({ page }) => {
  test.setTimeout(300_000);
  const ports = await startPorts();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-start-'));
  const bundleBefore = await modifiedAt(apiBundle);
  const startedAt = Date.now();
  const start = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: repoRoot,
    env: personEnvironment({
      API_PORT: String(ports.api),
      STOREFRONT_PORT: String(ports.storefront),
      ADMIN_PORT: String(ports.admin),
      DEMO_SITES_PORT: String(ports.demoSites),
      MAILPIT_SMTP_PORT: String(ports.mailSmtp),
      MAILPIT_PORT: String(ports.mailWeb),
      PGLITE_DATA_DIR: path.join(dataDir, 'pglite'),
      HOST: '127.0.0.1',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  start.stdout?.on('data', (chunk) => (output += String(chunk)));
  start.stderr?.on('data', (chunk) => (output += String(chunk)));
  try {
    await untilRunning(start, () => output, 240_000);

    // The API that answers is the one just built, not a bundle left by an earlier run.
    const bundleAfter = await modifiedAt(apiBundle);
    expect(bundleAfter).not.toBeNull();
    expect(bundleAfter!).toBeGreaterThan(bundleBefore ?? 0);
    expect(bundleAfter!).toBeGreaterThanOrEqual(startedAt - 1_000);

    const storefront = `http://127.0.0.1:${ports.storefront}`;
    expect(output).toContain(`Storefront  ${storefront}`);
    const health = await fetch(`http://127.0.0.1:${ports.api}/health`);
    expect(health.status).toBe(200);

    // The demo catalog was seeded on the empty database and the storefront shows it.
    await page.goto(`${storefront}/p/commuter-kit-bundle`);
    await expect(page.getByRole('heading', { level: 1, name: 'Commuter Kit Bundle' })).toBeVisible();
    const signIn = await fetch(`http://127.0.0.1:${ports.admin}/sign-in`);
    expect(signIn.status).toBe(200);
    const demoSite = await fetch(`http://127.0.0.1:${ports.demoSites}/`);
    expect(demoSite.status).toBe(200);
    // Mail goes to the local Mailpit when it could start, else the line says where it goes instead.
    if (output.includes(`http://127.0.0.1:${ports.mailWeb}`)) {
      expect((await fetch(`http://127.0.0.1:${ports.mailWeb}/api/v1/messages`)).status).toBe(200);
    } else {
      expect(output).toMatch(/E-mail +printed to the API's log, not delivered \(Mailpit did not start/);
    }

    // Ctrl-C stops everything it started, and the script exits cleanly.
    start.kill('SIGINT');
    const code = await Promise.race([exited(start), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000))]);
    expect(code).toBe(0);
    for (const port of [ports.api, ports.storefront, ports.admin, ports.demoSites, ports.mailWeb]) {
      expect(await answers(`http://127.0.0.1:${port}/`), `port ${port} still answers`).toBe(false);
    }
  } finally {
    if (start.exitCode === null && start.signalCode === null) {
      start.kill('SIGINT');
      await Promise.race([exited(start), new Promise((resolve) => setTimeout(resolve, 20_000))]);
      start.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  }
});
