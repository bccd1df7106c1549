import { bucket, INVALID_CREDENTIALS, pairDelayMs, RATE_LIMITS, SESSION_LIFETIME_MS, SIGN_IN_LIMITS } from '@tandem/core/accounts';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices, type ApiServices, type ApiServicesOptions } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor } from '../testing/callers.ts';

/** A cheap scrypt cost, so tests hash in a millisecond; the default cost has its own test. */
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = 'correct horse battery';

let db: TestDatabase;
let services: ApiServices;
let clock = Date.now();
let ipCounter = 0;
/** A fresh client address per test, so per-address limits of one test do not leak into another. */
const freshIp = () => `198.51.100.${++ipCounter}`;
const withAccounts = (accounts: ApiServicesOptions['accounts']) => createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, catalog: { facetCacheTtlMs: 0 }, accounts });

beforeAll(async () => {
  db = await createTestDatabase();
  services = withAccounts({ scryptCost: FAST, now: () => new Date(clock) });
});
afterAll(() => db.close());

async function signUp(email: string, ip = freshIp()) {
  return callerFor(services, { ip }).auth.signUp({ email, password: PASSWORD, name: 'Ada Lovelace' });
}

const signIn = (email: string, password: string, auth: { ip?: string; sessionToken?: string | null } = {}) =>
  callerFor(services, { ip: auth.ip ?? freshIp(), sessionToken: auth.sessionToken ?? null }).auth.signIn({ email, password });

describe('sign-up and sign-in', () => {
  it('signs up, signs in and shows the profile of the session', async () => {
    const up = await signUp('  Ada@Example.COM ');
    expect(up.customer).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace', roles: ['CUSTOMER'] });
    expect(up.session.token).toMatch(/^[\w-]{43}$/);
    expect(Date.parse(up.session.expiresAt) - clock).toBe(SESSION_LIFETIME_MS);

    const { customer, session } = await signIn('ada@example.com', PASSWORD);
    expect(customer.id).toBe(up.customer.id);
    const me = await callerFor(services, { sessionToken: session.token }).auth.me();
    expect(me).toMatchObject({ id: customer.id, email: 'ada@example.com', name: 'Ada Lovelace' });
    expect(await callerFor(services).auth.me()).toBeNull();
  });

  it('stores only a hash of the session token and an scrypt hash of the password', async () => {
    const { customer, session } = await signUp('hashes@example.com');
    const row = await db.prisma.customer.findUniqueOrThrow({ where: { id: customer.id }, include: { sessions: true } });
    expect(row.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(row.sessions.map((s) => s.tokenHash)).not.toContain(session.token);
  });

  it('refuses a second account with the same e-mail in any letter case', async () => {
    await signUp('twice@example.com');
    await expect(signUp('TWICE@example.com')).rejects.toMatchObject({ code: 'CONFLICT', message: 'An account with this e-mail already exists.' });
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    await signUp('grace@example.com');
    const wrongPassword = await signIn('grace@example.com', 'not the password').catch((e: unknown) => e);
    const unknownEmail = await signIn('nobody@example.com', PASSWORD).catch((e: unknown) => e);
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHORIZED', message: INVALID_CREDENTIALS });
    expect(unknownEmail).toMatchObject({ code: 'UNAUTHORIZED', message: INVALID_CREDENTIALS });
  });

  it('answers at most the limit of 25 parallel sign-ups for a taken e-mail from one address', async () => {
    await signUp('taken@example.com');
    const ip = freshIp();
    const answers = await Promise.all(Array.from({ length: 25 }, () => signUp('taken@example.com', ip).then(() => 'OK', (e: { code: string }) => e.code)));
    expect(answers.filter((a) => a === 'CONFLICT')).toHaveLength(RATE_LIMITS.signUpConflictsPerIp.limit);
    expect(answers.filter((a) => a === 'TOO_MANY_REQUESTS')).toHaveLength(25 - RATE_LIMITS.signUpConflictsPerIp.limit);
  });

  it('rejects bad input with BAD_REQUEST and readable field errors', async () => {
    const api = callerFor(services);
    await expect(api.auth.signUp({ email: 'not-an-email', password: PASSWORD, name: 'X' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.auth.signUp({ email: 'short@example.com', password: 'too short', name: 'X' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('at least 10 characters'),
    });
    await expect(api.auth.signUp({ email: 'noname@example.com', password: PASSWORD, name: '  ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.auth.signIn({ email: 'a@example.com', password: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.auth.resetPassword({ token: '', password: PASSWORD })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('upgrades a hash made at an older cost at the next sign-in', async () => {
    const older = withAccounts({ scryptCost: { N: 2 ** 9, r: 8, p: 1 } });
    const { customer } = await callerFor(older, { ip: freshIp() }).auth.signUp({ email: 'upgrade@example.com', password: PASSWORD, name: 'U' });
    await signIn('upgrade@example.com', PASSWORD);
    const row = await db.prisma.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(row.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/);
    await expect(signIn('upgrade@example.com', PASSWORD)).resolves.toBeTruthy();
  });

  it('hashes at the recommended scrypt cost when no cost is configured', async () => {
    const { customer } = await callerFor(withAccounts({}), { ip: freshIp() }).auth.signUp({ email: 'default-cost@example.com', password: PASSWORD, name: 'D' });
    const row = await db.prisma.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(row.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  });
});

describe('sign-in throttling (no lockout)', () => {
  const free = SIGN_IN_LIMITS.perAccountAndAddress.limit;
  const throttledEmails = (to: string) => db.prisma.outboxEmail.count({ where: { to, kind: 'sign_in_throttled' } });

  it('makes one address wait longer and longer after a few failures, but never locks the account', async () => {
    await signUp('patient@example.com');
    const ip = freshIp();
    for (let i = 0; i < free; i++) await expect(signIn('patient@example.com', 'wrong password', { ip })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // The next attempt comes too soon; it counts too, so the wait after it is the next step up.
    await expect(signIn('patient@example.com', PASSWORD, { ip })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: `Too many failed sign-in attempts. Try again in ${pairDelayMs(free + 2) / 1000} seconds.`,
    });
    clock += pairDelayMs(free + 2);
    await expect(signIn('patient@example.com', PASSWORD, { ip })).resolves.toMatchObject({ customer: { email: 'patient@example.com' } });
  });

  it('does not let a stranger keep the owner out, and e-mails the owner once', async () => {
    await signUp('owner@example.com');
    const stranger = freshIp();
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await signIn('owner@example.com', 'guess', { ip: stranger }).then(() => 'in', (e: { code: string }) => e.code));
    expect(answers.filter((a) => a === 'UNAUTHORIZED')).toHaveLength(free);
    expect(answers.slice(free).every((a) => a === 'TOO_MANY_REQUESTS')).toBe(true);

    await expect(signIn('owner@example.com', PASSWORD)).resolves.toMatchObject({ customer: { email: 'owner@example.com' } });
    expect(await throttledEmails('owner@example.com')).toBe(1);
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: 'owner@example.com', kind: 'sign_in_throttled' } });
    expect(mail.text).toContain(`${TEST_STOREFRONT_URL}/account/forgot`);
    expect(mail.text).toContain('not locked');
  });

  it('paces an account attacked from many addresses; the owner gets in after a few seconds', async () => {
    await signUp('target@example.com');
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.limit; i++) await expect(signIn('target@example.com', 'guess')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // Past the budget one password is checked per pace window, whoever asks.
    await expect(signIn('target@example.com', 'guess')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn('target@example.com', PASSWORD)).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', message: /Try again in 10 seconds\.$/ });
    clock += SIGN_IN_LIMITS.accountPace.windowMs;
    await expect(signIn('target@example.com', PASSWORD)).resolves.toMatchObject({ customer: { email: 'target@example.com' } });
    expect(await throttledEmails('target@example.com')).toBe(1);
  });

  it('throttles unknown e-mails the same way, so throttling does not reveal which e-mails exist', async () => {
    const ip = freshIp();
    for (let i = 0; i < free; i++) await expect(signIn('ghost@example.com', 'wrong password', { ip })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn('ghost@example.com', 'wrong password', { ip })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', message: /^Too many failed sign-in attempts\. Try again in \d+ seconds\.$/ });
    expect(await throttledEmails('ghost@example.com')).toBe(0);
  });

  it('forgets the failures of an address after it signs in successfully', async () => {
    await signUp('typo@example.com');
    const ip = freshIp();
    // Without forgetting, the second round would pass the free failures and have to wait.
    for (let i = 0; i < free - 1; i++) await signIn('typo@example.com', 'wrong password', { ip }).catch(() => undefined);
    await signIn('typo@example.com', PASSWORD, { ip });
    for (let i = 0; i < free - 1; i++) await signIn('typo@example.com', 'wrong password', { ip }).catch(() => undefined);
    await expect(signIn('typo@example.com', PASSWORD, { ip })).resolves.toBeTruthy();
  });

  it('blocks an address after 20 failures in 15 minutes, whatever the e-mails', async () => {
    await signUp('innocent@example.com');
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.limit; i++) {
      await expect(signIn(`spray-${i}@example.com`, 'wrong password', { ip })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    await expect(signIn('innocent@example.com', PASSWORD, { ip })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many failed sign-in attempts from your network. Try again in 15 minutes.',
    });
    await expect(signIn('innocent@example.com', PASSWORD)).resolves.toBeTruthy();
  });

  it('counts every one of 25 parallel attempts and checks only the free ones', async () => {
    await signUp('burst@example.com');
    const ip = freshIp();
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => signIn('burst@example.com', 'wrong password', { ip }).then(() => 'in', (e: { code: string }) => e.code)),
    );
    expect(answers.filter((a) => a === 'UNAUTHORIZED')).toHaveLength(free);
    expect(answers.filter((a) => a === 'TOO_MANY_REQUESTS')).toHaveLength(25 - free);
    const counted = await db.prisma.rateLimitCounter.findUniqueOrThrow({ where: { bucket: bucket(SIGN_IN_LIMITS.perAddress, ip).id } });
    expect(counted.count).toBe(25);
    await expect(signIn('burst@example.com', PASSWORD, { ip })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});

describe('sessions', () => {
  it('rotates the session at sign-in: the token the request came with stops working', async () => {
    const { session: first } = await signUp('rotate@example.com');
    const { session: second } = await signIn('rotate@example.com', PASSWORD, { sessionToken: first.token });
    expect(second.token).not.toBe(first.token);
    expect(await callerFor(services, { sessionToken: first.token }).auth.me()).toBeNull();
    expect(await callerFor(services, { sessionToken: second.token }).auth.me()).toMatchObject({ email: 'rotate@example.com' });
  });

  it('signs out the session of the request only, and again without complaint', async () => {
    const { session: laptop } = await signUp('out@example.com');
    const { session: phone } = await signIn('out@example.com', PASSWORD);
    const onLaptop = callerFor(services, { sessionToken: laptop.token });
    await onLaptop.auth.signOut();
    await onLaptop.auth.signOut();
    await callerFor(services).auth.signOut();
    expect(await onLaptop.auth.me()).toBeNull();
    await expect(onLaptop.account.profile()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await callerFor(services, { sessionToken: phone.token }).auth.me()).not.toBeNull();
  });

  it('signs out everywhere', async () => {
    const { session: laptop } = await signUp('everywhere@example.com');
    const { session: phone } = await signIn('everywhere@example.com', PASSWORD);
    await callerFor(services, { sessionToken: phone.token }).auth.signOutEverywhere();
    for (const token of [laptop.token, phone.token]) expect(await callerFor(services, { sessionToken: token }).auth.me()).toBeNull();
  });

  it('ends sessions after 30 days', async () => {
    const { session } = await signUp('expiry@example.com');
    clock += SESSION_LIFETIME_MS;
    try {
      expect(await callerFor(services, { sessionToken: session.token }).auth.me()).toBeNull();
    } finally {
      clock -= SESSION_LIFETIME_MS;
    }
  });

  it('moves the anonymous cart to the customer at sign-in', async () => {
    const category = await makeCategory(db.prisma, 'cart-claim');
    const product = await makeProduct(db.prisma, { slug: 'claimed-bell', categoryId: category.id, variants: [{ priceAmount: 900, stockOnHand: 5 }] });
    const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
    const { cartToken } = await callerFor(services).cart.addLine({ variantId: variant.id, quantity: 2 });
    await signUp('cart@example.com');
    const { session } = await callerFor(services, { ip: freshIp(), cartToken }).auth.signIn({ email: 'cart@example.com', password: PASSWORD });
    const cart = await callerFor(services, { sessionToken: session.token }).cart.get();
    expect(cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([[variant.id, 2]]);
  });
});
