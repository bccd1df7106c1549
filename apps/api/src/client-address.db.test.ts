// Per-address limits count the client the request proves, not the one its headers name: rotating
// X-Forwarded-For (issue #16, finding 4) must not reset them. Each case connects from its own
// loopback address (127.0.0.x), so every case starts with empty buckets.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createTestDatabase, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer } from './server.ts';

const SECRET = 'the-internal-secret-of-this-test-run';
const TAKEN = 'taken@example.com';
/** Well above the sign-up conflicts one address may cause (RATE_LIMITS in core's accounts). */
const ATTEMPTS = 30;

let db: TestDatabase;
let server: http.Server;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.customer.create({ data: { email: TAKEN, name: 'Taken', passwordHash: 'not-a-real-hash' } });
  // These requests never reach /media: the directory need not exist.
  const mediaDir = path.join(os.tmpdir(), 'tandem-client-address-no-media');
  const clientAddress = { trustedProxies: ['127.0.0.20'], internalSecret: SECRET };
  server = createApiServer({ db, mediaDir, storefrontUrl: TEST_STOREFRONT_URL, services: embeddedAdapters(db.prisma), clientAddress });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

/** Signs up with a taken e-mail from `localAddress`; answers the HTTP status (409 conflict, 429 limited). */
function signUpConflict(localAddress: string, headers: Record<string, string>): Promise<number> {
  const body = JSON.stringify({ email: TAKEN, password: 'a long enough password', name: 'Mallory' });
  return new Promise((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    const req = http.request({ host: '127.0.0.1', port, localAddress, method: 'POST', path: '/trpc/auth.signUp', headers: { 'content-type': 'application/json', ...headers } });
    req.on('response', (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0)));
    req.on('error', reject);
    req.end(body);
  });
}

async function statuses(localAddress: string, headersFor: (i: number) => Record<string, string>): Promise<number[]> {
  const answers: number[] = [];
  for (let i = 0; i < ATTEMPTS; i++) answers.push(await signUpConflict(localAddress, headersFor(i)));
  return answers;
}

const rotating = (i: number) => `198.51.100.${i + 1}`;

describe('per-address limits behind headers anyone can send', () => {
  it('count requests with rotating X-Forwarded-For and no proof against their one socket address', async () => {
    const answers = await statuses('127.0.0.11', (i) => ({ 'x-forwarded-for': rotating(i), 'x-real-ip': rotating(i), 'x-tandem-client-address': rotating(i) }));
    expect(answers[0]).toBe(409);
    expect(answers.at(-1)).toBe(429);
  });

  it('count requests with a wrong internal secret against their socket address', async () => {
    const answers = await statuses('127.0.0.12', (i) => ({ 'x-tandem-internal-secret': `${SECRET}!`, 'x-tandem-client-address': rotating(i) }));
    expect(answers.at(-1)).toBe(429);
  });

  it('count each shopper the storefront forwards with the right secret separately', async () => {
    const answers = await statuses('127.0.0.13', (i) => ({ 'x-tandem-internal-secret': SECRET, 'x-tandem-client-address': rotating(i) }));
    expect(new Set(answers)).toEqual(new Set([409]));
  });

  it('believe X-Forwarded-For from a trusted proxy, and not from any other hop', async () => {
    const viaProxy = await statuses('127.0.0.20', (i) => ({ 'x-forwarded-for': `192.0.2.1, ${rotating(i)}` }));
    expect(new Set(viaProxy)).toEqual(new Set([409]));
    const direct = await statuses('127.0.0.21', (i) => ({ 'x-forwarded-for': rotating(i) }));
    expect(direct.at(-1)).toBe(429);
  });
});
