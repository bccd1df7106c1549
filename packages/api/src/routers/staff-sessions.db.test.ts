// Staff sessions (issue #16, finding 11): they end after 30 idle minutes and 12 hours after
// sign-in, and refunds, payouts and partner approvals need the password typed again within
// minutes (staff.reauthenticate), wrong passwords counting against the sign-in limits.
import { randomUUID } from 'node:crypto';
import { hashPassword, WRONG_PASSWORD } from '@tandem/core/accounts';
import { ReauthRequiredError, STAFF_SESSION } from '@tandem/core/staff';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import type { Role } from '@tandem/db';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices, type ApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor } from '../testing/callers.ts';
import { placedOrder } from '../testing/orders.ts';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = 'staff passphrase 42';
const MINUTE = 60_000;

let db: TestDatabase;
let services: ApiServices;
let clock = Date.now();
let accounts = 0;
let ips = 0;
const freshIp = () => `192.0.2.${++ips}`;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  // One clock for the sessions and the re-auth guard, moved by the tests.
  services = createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), clock: { now: () => new Date(clock) }, storefrontUrl: TEST_STOREFRONT_URL, accounts: { scryptCost: FAST } });
});
afterAll(() => db.close());

/** An account with a real password, signed in through the API like the admin app does. */
async function signedIn(roles: Role[] = ['ADMIN']) {
  const email = `staff-${++accounts}@example.test`;
  await db.prisma.customer.create({ data: { email, name: `Staff ${accounts}`, passwordHash: await hashPassword(PASSWORD, FAST), roles } });
  const ip = freshIp();
  const { session } = await callerFor(services, { ip }).auth.signIn({ email, password: PASSWORD });
  return { email, ip, session, api: callerFor(services, { ip, sessionToken: session.token }) };
}

/** 'OK', 'REAUTH_REQUIRED' or the tRPC code of the call's error. */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'OK';
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return error.cause instanceof ReauthRequiredError ? 'REAUTH_REQUIRED' : error.code;
  }
}

describe('staff session limits', () => {
  it('ends a staff session after 30 minutes without a request, but not while it is used', async () => {
    const staff = await signedIn();
    const start = clock;
    try {
      clock = start + 29 * MINUTE;
      expect(await outcome(staff.api.staff.me())).toBe('OK');
      clock = start + 29 * MINUTE + 31 * MINUTE;
      expect(await outcome(staff.api.staff.me())).toBe('UNAUTHORIZED');
    } finally {
      clock = start;
    }
  });

  it('ends a staff session 12 hours after sign-in, however busy', async () => {
    const staff = await signedIn(['CUSTOMER', 'SUPPORT']);
    const start = clock;
    expect(Date.parse(staff.session.expiresAt) - start).toBe(STAFF_SESSION.lifetimeMs);
    try {
      for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
        clock = start + minutes * MINUTE;
        expect(await outcome(staff.api.staff.me()), `after ${minutes} minutes`).toBe('OK');
      }
      clock = start + 12 * 60 * MINUTE;
      expect(await outcome(staff.api.staff.me())).toBe('UNAUTHORIZED');
    } finally {
      clock = start;
    }
  });

  it('shortens the session of a customer made staff while signed in', async () => {
    const customer = await signedIn(['CUSTOMER']);
    const start = clock;
    try {
      clock = start + 31 * MINUTE;
      expect(await customer.api.auth.me()).not.toBeNull();
      await db.prisma.customer.update({ where: { email: customer.email }, data: { roles: ['CUSTOMER', 'ADMIN'] } });
      clock = start + 62 * MINUTE;
      expect(await customer.api.auth.me()).toBeNull();
    } finally {
      clock = start;
    }
  });
});

describe('re-authentication before high-impact actions', () => {
  it('refuses a refund without a recent password, accepts it right after one, and asks again later', async () => {
    const { order } = await placedOrder(db.prisma, services);
    const staff = await signedIn();
    const refund = () => staff.api.adminOrders.refund({ id: order.id, amount: 1_000, idempotencyKey: randomUUID() });
    await staff.api.adminOrders.markPaid({ id: order.id });
    expect(await outcome(refund())).toBe('REAUTH_REQUIRED');

    const stamp = await staff.api.staff.reauthenticate({ password: PASSWORD });
    expect(stamp.validForMs).toBe(STAFF_SESSION.reauthWindowMs);
    expect(await outcome(refund())).toBe('OK');

    const start = clock;
    try {
      clock = start + STAFF_SESSION.reauthWindowMs + MINUTE;
      expect(await outcome(refund())).toBe('REAUTH_REQUIRED');
    } finally {
      clock = start;
    }
  });

  it.each([
    ['adminAffiliate.markPayoutPaid', { partnerId: 'none', currency: 'EUR', idempotencyKey: randomUUID(), reference: 'SEPA' }],
    ['adminAffiliate.approveEarly', { commissionId: 'none' }],
    ['adminPartners.approve', { id: 'none' }],
    ['adminPartners.reinstate', { id: 'none' }],
  ])('%s waits for the password, then reaches the service', async (path, input) => {
    const staff = await signedIn();
    const call = () => {
      const [area, name] = path.split('.') as [string, string];
      return (staff.api as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[area]![name]!(input);
    };
    expect(await outcome(call())).toBe('REAUTH_REQUIRED');
    await staff.api.staff.reauthenticate({ password: PASSWORD });
    expect(await outcome(call())).not.toMatch(/^(REAUTH_REQUIRED|FORBIDDEN|UNAUTHORIZED)$/);
  });

  it('refuses a wrong password, and after five stops checking even the right one', async () => {
    const staff = await signedIn();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(staff.api.staff.reauthenticate({ password: `wrong ${attempt}` })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: WRONG_PASSWORD });
    }
    expect(await outcome(staff.api.staff.reauthenticate({ password: PASSWORD }))).toBe('TOO_MANY_REQUESTS');
    // One budget of guesses: sign-in of the same account is held back too.
    expect(await outcome(callerFor(services, { ip: freshIp() }).auth.signIn({ email: staff.email, password: PASSWORD }))).toBe('TOO_MANY_REQUESTS');
    expect(await db.prisma.session.count({ where: { reauthenticatedAt: { not: null }, customer: { email: staff.email } } })).toBe(0);
  });

  it('is for staff accounts only', async () => {
    const customer = await signedIn(['CUSTOMER']);
    expect(await outcome(customer.api.staff.reauthenticate({ password: PASSWORD }))).toBe('FORBIDDEN');
  });
});
