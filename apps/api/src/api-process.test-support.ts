// Real API processes for tests: `node --import tsx src/main.ts` (or the built bundle) on a given
// database and a free port, resolved once the process says it listens, with its output kept for
// the test to read and a stop that sends SIGTERM and reports the exit code.
import { spawn, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_STOREFRONT_URL } from '@tandem/db/testing';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ApiTestProcess {
  base: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then its exit code (null when a signal ended it). */
  stop(): Promise<number | null>;
}

export interface ApiProcessOptions {
  /** Extra environment (DATABASE_URL or PGLITE_DATA_DIR, API_WORKERS, METRICS_TOKEN…). */
  env: Record<string, string>;
  /** The command's arguments; default the TypeScript entry point through tsx. */
  args?: string[];
  /** The output that says it serves; default the start-up banner (with API_WORKERS, the primary's line that all workers listen). */
  until?: RegExp;
}

/** Starts an API process and resolves once it listens (rejects with its output if it exits first). */
export async function startApiTestProcess({ env, args = ['--import', 'tsx', 'src/main.ts'], until = /Tandem API listening/ }: ApiProcessOptions): Promise<ApiTestProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: appDir,
    env: { ...process.env, API_HOST: '127.0.0.1', API_PORT: String(port), SEED_DEMO: 'false', STOREFRONT_URL: TEST_STOREFRONT_URL, NODE_ENV: 'test', LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (until.test(output)) resolve();
    };
    child.stdout!.on('data', check);
    void exited.then((code) => reject(new Error(`the API process exited (${code}) before listening:\n${output}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
