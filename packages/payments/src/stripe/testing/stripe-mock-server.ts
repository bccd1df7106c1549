// Test helper: a real stripe-mock on a free port, installed and started by scripts/stripe-mock.sh.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../../../../scripts/stripe-mock.sh', import.meta.url));

export interface StripeMock {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function runScript(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(stdout.trim());
      const why = signal ? `was killed (${signal}) after ${timeoutMs} ms` : `exited with ${code}`;
      reject(new Error(`scripts/stripe-mock.sh ${args.join(' ')} ${why}. The Stripe adapter's tests need stripe-mock, `
        + `installed with 'go install github.com/stripe/stripe-mock@latest' (Go module proxy).\n${stderr.trim()}`));
    });
  });
}

/** Installs stripe-mock if needed (first run: about a minute) and starts it on a free port. */
export async function startStripeMock(timeoutMs = 280_000): Promise<StripeMock> {
  const port = await freePort();
  const url = await runScript(['start', String(port)], timeoutMs);
  return { port, url, stop: async () => void (await runScript(['stop', String(port)], 30_000)) };
}
