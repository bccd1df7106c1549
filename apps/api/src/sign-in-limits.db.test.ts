// The sign-in limits through the real HTTP API: neither one batched request nor a burst of
// parallel requests gets more password checks than the throttle's free failures.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bucket, SIGN_IN_LIMITS } from '@tandem/core/accounts';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createTestDatabase, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TRPC_BATCH } from './request-limits.ts';
import { createApiServer } from './server.ts';
import { signInBatch, signInParallel, signUpOverHttp, tally } from './sign-in-attempts.test-support.ts';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = 'correct horse battery';
const free = SIGN_IN_LIMITS.perAccountAndAddress.limit;

let db: TestDatabase;
let server: http.Server;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase();
  server = createApiServer({ db, mediaDir: '/nonexistent', storefrontUrl: TEST_STOREFRONT_URL, services: { ...embeddedAdapters(db.prisma), accounts: { scryptCost: FAST } } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

describe('sign-in limits over HTTP', () => {
  it('checks at most the free failures of 29 wrong passwords and the right one in batches, and does not sign in', async () => {
    const email = 'batched@example.com';
    await signUpOverHttp(base, { email, password: PASSWORD });
    const attempts = [...Array.from({ length: 29 }, (_, i) => ({ email, password: `wrong guess ${i}` })), { email, password: PASSWORD }];
    // Batches are capped at MAX_TRPC_BATCH calls (request-limits.ts), so the 30 go as full batches sent at once.
    const batches = Array.from({ length: attempts.length / MAX_TRPC_BATCH }, (_, i) => attempts.slice(i * MAX_TRPC_BATCH, (i + 1) * MAX_TRPC_BATCH));
    const codes = (await Promise.all(batches.map((batch) => signInBatch(base, batch)))).flat();
    // A password was checked exactly where the answer is UNAUTHORIZED; every other call was refused unchecked.
    expect(tally(codes)).toEqual({ UNAUTHORIZED: free, TOO_MANY_REQUESTS: 30 - free });
    expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
    const checked = await db.prisma.rateLimitCounter.findUniqueOrThrow({ where: { bucket: bucket(SIGN_IN_LIMITS.perAccount, email).id } });
    expect(checked.count).toBe(free);
  });

  it('counts all 25 of 25 parallel wrong passwords, checks only the free ones, and then holds', async () => {
    await db.prisma.rateLimitCounter.deleteMany();
    const email = 'parallel@example.com';
    await signUpOverHttp(base, { email, password: PASSWORD });
    const codes = await signInParallel([base], Array.from({ length: 25 }, (_, i) => ({ email, password: `wrong guess ${i}` })));
    expect(tally(codes)).toEqual({ UNAUTHORIZED: free, TOO_MANY_REQUESTS: 25 - free });
    const address = await db.prisma.rateLimitCounter.findUniqueOrThrow({ where: { bucket: bucket(SIGN_IN_LIMITS.perAddress, '127.0.0.1').id } });
    expect(address.count).toBe(25);
    expect(await signInParallel([base], [{ email, password: PASSWORD }])).toEqual(['TOO_MANY_REQUESTS']);
  });
});
