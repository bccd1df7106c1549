// A real API process told to stop (SIGTERM) while a request is still arriving: it stops taking
// connections, answers the request under way in full, then closes and exits 0.
import net from 'node:net';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTestProcess, type ApiTestProcess } from './api-process.test-support.ts';

let db: TestDatabase;
let api: ApiTestProcess;

beforeAll(async () => {
  db = await createTestDatabase();
  // On PostgreSQL the process shares the test's database; embedded PGlite belongs to one process, so it gets its own.
  api = await startApiTestProcess({ env: db.url ? { DATABASE_URL: db.url } : { PGLITE_DATA_DIR: 'memory://' } });
}, 180_000);
afterAll(async () => {
  await api.stop();
  await db.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a new connection to the port is refused now. */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const late = net.connect(port, '127.0.0.1');
    late.once('connect', () => {
      late.destroy();
      resolve(false);
    });
    late.once('error', () => resolve(true));
  });
}

/**
 * Waits (up to `withinMs`) until new connections are refused. A fixed sleep after SIGTERM failed
 * on a loaded machine, where the process had not yet run its signal handler; polling keeps the
 * test about the behaviour, not about the machine's speed.
 */
async function refusedWithin(port: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await connectionRefused(port)) return true;
    await sleep(50);
  }
  return false;
}

describe('graceful shutdown', () => {
  it('finishes a request in flight at SIGTERM, refuses new connections, and exits 0', async () => {
    const port = Number(new URL(api.base).port);
    const body = JSON.stringify({ email: 'nobody@example.com', password: 'not the password' });
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // Half the request now; the rest after the process was told to stop.
    socket.write(`POST /trpc/auth.signIn HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`);
    await sleep(300);
    const exited = api.stop();
    expect(await refusedWithin(port, 10_000)).toBe(true);
    // The request under way still has its connection and is answered in full.
    expect(answer).toBe('');
    socket.write(body.slice(10));
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer).toMatch(/"code":"UNAUTHORIZED"/);
    expect(await exited).toBe(0);
    expect(api.output()).toMatch(/SIGTERM: shutting down the API/);
    expect(api.output()).toMatch(/The API has stopped/);
  }, 60_000);
});
