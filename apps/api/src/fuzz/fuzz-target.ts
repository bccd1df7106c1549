// Test support for the API fuzzer: the real API server on a fresh database, listening on a free
// loopback port, and the people who call it — anonymous, a shopper, a store administrator and an
// approved partner with an API key — each as the headers their client would send.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { hashToken, newToken } from '@tandem/core/accounts';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import type { Role } from '@tandem/db';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, makeCategory, makeProduct, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { makePartner } from '../partner-fixtures.test-support.ts';
import type { Logger } from '../logger.ts';
import { createApiServer } from '../server.ts';

/** Who calls: the headers a client of that kind sends. */
export interface Identity {
  name: 'anonymous' | 'shopper' | 'admin' | 'partner';
  headers: Record<string, string>;
}

export interface FuzzTarget {
  baseUrl: string;
  db: TestDatabase;
  /** Ids of real rows, so some well-shaped inputs reach past "not found". */
  knownIds: string[];
  /** New sessions (and a new partner key) for every identity: a fuzzed sign-out or key revocation must not blind the rest of the run. */
  identities(): Promise<Identity[]>;
  close(): Promise<void>;
}

let people = 0;

/** Starts the API on a fresh database with one product, a shopper, an admin and an approved partner. */
export async function startFuzzTarget(options: { logger?: Logger } = {}): Promise<FuzzTarget> {
  const db = await createTestDatabase();
  const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-fuzz-'));
  // Cheap password hashing: the fuzzer signs in and up thousands of times.
  const server = createApiServer({ db, mediaDir, storefrontUrl: TEST_STOREFRONT_URL, services: { ...embeddedAdapters(db.prisma), accounts: { scryptCost: { N: 1024, r: 8, p: 1 } } }, ...(options.logger ? { logger: options.logger } : {}) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A shop set up as a merchant would (tax rates, shipping, payment methods), so fuzzed orders
  // reach the code past those checks; an unconfigured shop answers 503 "takes no payments".
  await seedCheckoutSettings(db.prisma);
  const category = await makeCategory(db.prisma, 'fuzz-wheels');
  const product = await makeProduct(db.prisma, { slug: 'fuzz-wheel', categoryId: category.id });
  const knownIds = [category.id, product.id, ...(await db.prisma.productVariant.findMany({ select: { id: true } })).map((v) => v.id)];

  const session = async (roles: Role[]) => {
    const token = newToken();
    const n = ++people;
    await db.prisma.customer.create({
      data: { email: `fuzz-${n}@example.test`, name: `Fuzz ${n}`, passwordHash: 'unused', roles, sessions: { create: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } } },
    });
    return token;
  };
  const identities = async (): Promise<Identity[]> => {
    const partner = await makePartner(db.prisma, `fuzz${++people}`);
    const partnerSession = newToken();
    await db.prisma.session.create({ data: { customerId: partner.customerId, tokenHash: hashToken(partnerSession), expiresAt: new Date(Date.now() + 86_400_000) } });
    const { key } = await server.services.partnerAccounts.apiKeys.create(partner.id, 'fuzz');
    return [
      { name: 'anonymous', headers: {} },
      { name: 'shopper', headers: { Authorization: `Bearer ${await session(['CUSTOMER'])}` } },
      { name: 'admin', headers: { Authorization: `Bearer ${await session(['ADMIN'])}` } },
      { name: 'partner', headers: { Authorization: `Bearer ${partnerSession}`, 'X-Partner-Key': key } },
    ];
  };
  return {
    baseUrl,
    db,
    knownIds,
    identities,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
      await rm(mediaDir, { recursive: true, force: true });
    },
  };
}
