// Confirming an account's e-mail address through the real routers: the link sent at sign-up,
// its single use and expiry, the rate-limited resend, shopping before confirmation, and
// newsletters (marketing consent) only for a confirmed address.
import { randomUUID } from 'node:crypto';
import { MARKETING_NEEDS_VERIFIED_EMAIL, RATE_LIMITS, VERIFICATION_LINK_LIFETIME_MS } from '@tandem/core/accounts';
import { latestEmail } from '@tandem/core/notifications';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices, type ApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor } from '../testing/callers.ts';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = 'correct horse battery';

let db: TestDatabase;
let services: ApiServices;
let clock = Date.now();
let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  services = createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: 'https://shop.example/', accounts: { scryptCost: FAST, now: () => new Date(clock) } });
});
afterAll(() => db.close());

const email = () => `verify-${randomUUID().slice(0, 8)}@example.com`;

/** Signs up; answers the address and a caller with the new session. */
async function signUp(address = email()) {
  const { session } = await callerFor(services, { ip: freshIp() }).auth.signUp({ email: address, password: PASSWORD, name: 'Vera' });
  return { address, api: callerFor(services, { sessionToken: session.token }) };
}

/** The token of the link in the newest confirmation e-mail to this address. */
async function linkToken(address: string): Promise<string> {
  const mail = await latestEmail(db.prisma, address, 'email_verification');
  const token = /https:\/\/shop\.example\/account\/verify\/([\w-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no confirmation link in ${JSON.stringify(mail)}`);
  return token;
}

const verify = (token: string) => callerFor(services).auth.verifyEmail({ token });

describe('e-mail verification', () => {
  it('sends a confirmation link at sign-up, in both parts, storing only its hash', async () => {
    const { address, api } = await signUp();
    const mail = await latestEmail(db.prisma, address, 'email_verification');
    expect(mail).toMatchObject({ to: address, subject: 'Confirm your e-mail address', sentAt: null });
    const token = await linkToken(address);
    const { html } = await db.prisma.outboxEmail.findUniqueOrThrow({ where: { id: mail!.id }, select: { html: true } });
    expect(html).toContain(`https://shop.example/account/verify/${token}`);
    expect((await db.prisma.emailVerificationToken.findMany({ where: { email: address } })).map((t) => t.tokenHash)).not.toContain(token);
    expect(await api.auth.me()).toMatchObject({ email: address, emailVerified: false });
  });

  it('confirms the address once; the link then answers used, and an unknown one invalid', async () => {
    const { address, api } = await signUp();
    const token = await linkToken(address);
    expect(await verify(token)).toEqual({ state: 'verified' });
    expect(await api.auth.me()).toMatchObject({ emailVerified: true });
    expect(await verify(token)).toEqual({ state: 'used' });
    expect(await verify('A'.repeat(43))).toEqual({ state: 'invalid' });
    await expect(api.account.resendVerification()).rejects.toMatchObject({ code: 'CONFLICT', message: 'Your e-mail address is already confirmed.' });
  });

  it('lets only one of two simultaneous clicks verify', async () => {
    const { address } = await signUp();
    const token = await linkToken(address);
    const results = await Promise.all([verify(token), verify(token)]);
    expect(results.map((r) => r.state).sort()).toEqual(['used', 'verified']);
  });

  it('refuses an expired link; a resent link works and uses up the older ones', async () => {
    const { address, api } = await signUp();
    const first = await linkToken(address);
    clock += VERIFICATION_LINK_LIFETIME_MS + 1;
    expect(await verify(first)).toEqual({ state: 'expired' });
    expect(await api.account.resendVerification()).toEqual({ sentTo: address });
    const second = await linkToken(address);
    expect(second).not.toBe(first);
    await api.account.resendVerification();
    const third = await linkToken(address);
    expect(await verify(third)).toEqual({ state: 'verified' });
    expect(await verify(second)).toEqual({ state: 'used' });
    expect(await api.auth.me()).toMatchObject({ emailVerified: true });
  });

  it('limits resends per account, counted atomically under a burst', async () => {
    const { address, api } = await signUp();
    const limit = RATE_LIMITS.verificationResendsPerAccount.limit;
    const results = await Promise.allSettled(Array.from({ length: limit + 4 }, () => api.account.resendVerification()));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(limit);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/Try again in \d+ minutes?\./) });
    // The sign-up's mail plus one per accepted resend.
    expect(await db.prisma.outboxEmail.count({ where: { to: address, kind: 'email_verification' } })).toBe(1 + limit);
  });

  it('refuses newsletter consent until the address is confirmed, and keeps other choices working', async () => {
    const { address, api } = await signUp();
    const error = await api.personalData.setConsent({ tracking: true, marketing: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: MARKETING_NEEDS_VERIFIED_EMAIL });
    expect(await api.personalData.consent()).toEqual({ tracking: true, marketing: false, emailVerified: false });
    expect(await api.personalData.setConsent({ tracking: false, marketing: false })).toEqual({ tracking: false, marketing: false });

    await verify(await linkToken(address));
    expect(await api.personalData.setConsent({ tracking: true, marketing: true })).toEqual({ tracking: true, marketing: true });
    expect(await api.personalData.consent()).toEqual({ tracking: true, marketing: true, emailVerified: true });
  });

  it('does not count an older consent of an unconfirmed address for newsletters', async () => {
    const { address, api } = await signUp();
    await db.prisma.customer.update({ where: { email: address }, data: { marketingConsent: true } });
    expect(await api.personalData.consent()).toMatchObject({ marketing: false, emailVerified: false });
    expect(await api.personalData.digest()).toBeNull();
  });

  it('lets an unconfirmed account shop and check out', async () => {
    const { api } = await signUp();
    const categoryId = (await makeCategory(db.prisma, `verify-${randomUUID().slice(0, 6)}`)).id;
    const product = await makeProduct(db.prisma, { slug: `verify-${randomUUID().slice(0, 8)}`, title: 'Bell', categoryId, variants: [{ priceAmount: 1_500, stockOnHand: 5 }] });
    const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
    await api.cart.addLine({ variantId: variant.id, quantity: 1 });
    const address = { name: 'Vera', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };
    const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
    expect(order.status).toBe('AWAITING_PAYMENT');
  });
});
