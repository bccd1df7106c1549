// Test helpers: callers of the real router as an anonymous shopper or a signed-in customer.
import os from 'node:os';
import { TEST_STOREFRONT_URL } from '@tandem/db/testing';
import path from 'node:path';
import { hashToken, newToken } from '@tandem/core/accounts';
import type { PrismaClient, Role } from '@tandem/db';
import { TRPCError } from '@trpc/server';
import { createApiContext, createApiServices, type ApiServices, type ApiServicesOptions, type RequestAuth } from '../context.ts';
import { appRouter } from '../root.ts';
import { embeddedAdapters } from './adapters.ts';
import { createCallerFactory } from '../trpc.ts';

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** The services of a test: caches off unless `overrides` turns one on. */
export function testServices(prisma: PrismaClient, overrides: Partial<ApiServicesOptions> = {}): ApiServices {
  return createApiServices(prisma, { ...embeddedAdapters(prisma), storefrontUrl: TEST_STOREFRONT_URL, mediaDir: path.join(os.tmpdir(), `tandem-test-media-${process.pid}`), catalog: { facetCacheTtlMs: 0 }, configurator: { evaluateCacheTtlMs: 0 }, accounts: { scryptCost: { N: 1024, r: 8, p: 1 } }, ...overrides });
}

export function callerFor(services: ApiServices, auth: Partial<RequestAuth> = {}): Caller {
  return createCaller(createApiContext(services, { sessionToken: null, cartToken: null, ip: '203.0.113.7', userAgent: 'vitest', ...auth }));
}

let customers = 0;

/**
 * A customer with a live session, straight in the database (no password hashing cost).
 * `reauthenticated`: the session's password was confirmed just now, as staff do before refunds,
 * payouts and partner approvals (for tests of those actions; it lasts `STAFF_SESSION.reauthWindowMs`).
 */
export async function signedInCustomer(prisma: PrismaClient, roles: Role[] = ['CUSTOMER'], options: { reauthenticated?: boolean; emailVerified?: boolean } = {}) {
  const n = ++customers;
  const token = newToken();
  const customer = await prisma.customer.create({
    data: {
      email: `shopper-${n}-${token.slice(0, 6).toLowerCase()}@example.test`,
      name: `Shopper ${n}`,
      passwordHash: 'not-used-in-this-test',
      roles,
      emailVerifiedAt: options.emailVerified ? new Date() : null,
      sessions: { create: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000), reauthenticatedAt: options.reauthenticated ? new Date() : null } },
    },
  });
  return { customer, sessionToken: token };
}

/** 'OK' when the call succeeds, else its tRPC error code (`'FORBIDDEN'`…). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}
