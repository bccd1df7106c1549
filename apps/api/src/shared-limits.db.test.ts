// Limits are shared by every API process through the database. On PostgreSQL (CI) two real API
// processes (src/main.ts) serve one database; on embedded PGlite, which one process owns, two
// servers with their own services stand in for them. 25 parallel wrong passwords, sent to both
// in turn, get no more password checks than one process would allow.
import type { AddressInfo } from 'node:net';
import { bucket, SIGN_IN_LIMITS } from '@tandem/core/accounts';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createTestDatabase, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTestProcess } from './api-process.test-support.ts';
import { createApiServer } from './server.ts';
import { signInParallel, signUpOverHttp, tally } from './sign-in-attempts.test-support.ts';

const PASSWORD = 'correct horse battery';

let db: TestDatabase;
let bases: string[] = [];
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  // One after the other: each process applies pending migrations under an advisory lock first.
  bases = db.url ? [await startProcess(db.url), await startProcess(db.url)] : [await startInProcess(), await startInProcess()];
}, 180_000);

afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  await db.close();
});

describe('limits shared by two API processes', () => {
  it('hold under 25 parallel wrong passwords split across both', async () => {
    const email = 'shared@example.com';
    await signUpOverHttp(bases[0]!, { email, password: PASSWORD });
    const codes = await signInParallel(bases, Array.from({ length: 25 }, (_, i) => ({ email, password: `wrong guess ${i}` })));
    const free = SIGN_IN_LIMITS.perAccountAndAddress.limit;
    expect(tally(codes)).toEqual({ UNAUTHORIZED: free, TOO_MANY_REQUESTS: 25 - free });
    const address = await db.prisma.rateLimitCounter.findUniqueOrThrow({ where: { bucket: bucket(SIGN_IN_LIMITS.perAddress, '127.0.0.1').id } });
    expect(address.count).toBe(25);
    // Neither process lets the right password through now.
    expect(await signInParallel(bases, [{ email, password: PASSWORD }, { email, password: PASSWORD }])).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  }, 120_000);
});

async function startInProcess(): Promise<string> {
  const server = createApiServer({ db, mediaDir: '/nonexistent', storefrontUrl: TEST_STOREFRONT_URL, services: { ...embeddedAdapters(db.prisma), accounts: { scryptCost: { N: 2 ** 10, r: 8, p: 1 } } } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Starts `src/main.ts` on the database and resolves with its address once it listens. */
async function startProcess(databaseUrl: string): Promise<string> {
  const api = await startApiTestProcess({ env: { DATABASE_URL: databaseUrl } });
  stops.push(async () => void (await api.stop()));
  return api.base;
}
