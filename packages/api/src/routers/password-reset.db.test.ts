import { RESET_TOKEN_LIFETIME_MS, SIGN_IN_LIMITS } from '@tandem/core/accounts';
import { latestEmail } from '@tandem/core/notifications';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices, type ApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor } from '../testing/callers.ts';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'a brand new passphrase';

let db: TestDatabase;
let services: ApiServices;
let clock = Date.now();
let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

beforeAll(async () => {
  db = await createTestDatabase();
  services = createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: 'https://shop.example/', accounts: { scryptCost: FAST, now: () => new Date(clock) } });
});
afterAll(() => db.close());

async function signUp(email: string) {
  return callerFor(services, { ip: freshIp() }).auth.signUp({ email, password: PASSWORD, name: 'Ada' });
}

const requestReset = (email: string, ip = freshIp()) => callerFor(services, { ip }).auth.requestPasswordReset({ email });
const resetWith = (token: string, password = NEW_PASSWORD) => callerFor(services).auth.resetPassword({ token, password });
const signIn = (email: string, password: string) => callerFor(services, { ip: freshIp() }).auth.signIn({ email, password });

/** The token of the link in the newest reset e-mail to this address. */
async function linkToken(email: string): Promise<string> {
  const mail = await latestEmail(db.prisma, email, 'password_reset');
  const token = /https:\/\/shop\.example\/account\/reset\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no reset link in ${JSON.stringify(mail)}`);
  return token;
}

describe('password reset', () => {
  it('writes a reset e-mail with a link to the outbox', async () => {
    await signUp('reset@example.com');
    expect(await requestReset('Reset@Example.com')).toBeUndefined();
    const mail = await latestEmail(db.prisma, 'reset@example.com');
    expect(mail).toMatchObject({ to: 'reset@example.com', kind: 'password_reset', subject: 'Reset your password', sentAt: null });
    expect(await linkToken('reset@example.com')).toMatch(/^[\w-]{43}$/);
    const stored = await db.prisma.passwordResetToken.findMany({ where: { customer: { email: 'reset@example.com' } } });
    expect(stored.map((t) => t.tokenHash)).not.toContain(await linkToken('reset@example.com'));
  });

  it('answers the same for an unknown e-mail and writes nothing', async () => {
    expect(await requestReset('nobody@example.com')).toBeUndefined();
    expect(await latestEmail(db.prisma, 'nobody@example.com')).toBeNull();
  });

  it('sets the new password with a token that works once, and signs out every device', async () => {
    const { session } = await signUp('once@example.com');
    const { session: other } = await signIn('once@example.com', PASSWORD);
    await requestReset('once@example.com');
    const token = await linkToken('once@example.com');

    await resetWith(token);
    for (const t of [session.token, other.token]) expect(await callerFor(services, { sessionToken: t }).auth.me()).toBeNull();
    await expect(signIn('once@example.com', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn('once@example.com', NEW_PASSWORD)).resolves.toMatchObject({ customer: { email: 'once@example.com' } });
    expect(await latestEmail(db.prisma, 'once@example.com')).toMatchObject({ kind: 'password_changed' });

    await expect(resetWith(token, 'yet another passphrase')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: /already been used/ });
    await expect(signIn('once@example.com', NEW_PASSWORD)).resolves.toBeTruthy();
  });

  it('refuses an expired token and an unknown one', async () => {
    await signUp('late@example.com');
    await requestReset('late@example.com');
    const token = await linkToken('late@example.com');
    clock += RESET_TOKEN_LIFETIME_MS;
    try {
      await expect(resetWith(token)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: /expired/ });
    } finally {
      clock -= RESET_TOKEN_LIFETIME_MS;
    }
    await expect(resetWith('made-up-token')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: /not valid/ });
    await expect(signIn('late@example.com', PASSWORD)).resolves.toBeTruthy();
  });

  it('retires older links once one of them is used', async () => {
    await signUp('two-links@example.com');
    await requestReset('two-links@example.com');
    const first = await linkToken('two-links@example.com');
    await requestReset('two-links@example.com');
    const second = await linkToken('two-links@example.com');
    await resetWith(second);
    await expect(resetWith(first)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('sends at most 3 reset e-mails an hour per address, silently', async () => {
    await signUp('flood@example.com');
    for (let i = 0; i < 5; i++) await expect(requestReset('flood@example.com')).resolves.toBeUndefined();
    expect(await db.prisma.outboxEmail.count({ where: { to: 'flood@example.com', kind: 'password_reset' } })).toBe(3);
  });

  it('sends at most 3 reset e-mails for 10 requests sent at once', async () => {
    await signUp('burst@example.com');
    await Promise.all(Array.from({ length: 10 }, () => requestReset('burst@example.com')));
    expect(await db.prisma.outboxEmail.count({ where: { to: 'burst@example.com', kind: 'password_reset' } })).toBe(3);
  });

  it('ends the pacing of an account attacked from many addresses once the owner resets the password', async () => {
    await signUp('forgetful@example.com');
    const budget = SIGN_IN_LIMITS.perAccount.limit;
    // Every failure from another address: the account's own budget runs out, then it is paced.
    for (let i = 0; i <= budget; i++) await expect(signIn('forgetful@example.com', 'wrong password')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn('forgetful@example.com', PASSWORD)).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await requestReset('forgetful@example.com');
    await resetWith(await linkToken('forgetful@example.com'));
    await expect(signIn('forgetful@example.com', NEW_PASSWORD)).resolves.toBeTruthy();
  });
});
