// Guest checkout and e-mail confirmation over REST (/rest/v1), as a third-party front end would
// use them: an anonymous cart, a guest order, its page by link token, an account that keeps it,
// and the account's confirmation link — each answering what the same tRPC procedure answers.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import type { ApiServices } from '@tandem/api';
import { latestEmail } from '@tandem/core/notifications';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createApiServer } from '../server.ts';

let db: TestDatabase;
let server: http.Server & { services: ApiServices };
let base: string;
let variantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  const category = await makeCategory(db.prisma, 'bells');
  const product = await makeProduct(db.prisma, { slug: 'brass-bell', categoryId: category.id, variants: [{ priceAmount: 1_900, stockOnHand: 10 }] });
  variantId = (await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } })).id;
  server = createApiServer({ db, mediaDir: '/nonexistent', storefrontUrl: TEST_STOREFRONT_URL, services: { ...embeddedAdapters(db.prisma), partners: { apiPublicUrl: 'https://api.shop.example' } } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/rest/v1${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const address = { name: 'Gus Guest', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };

describe('guest checkout over REST', () => {
  it('places a guest order, opens it by its link token, keeps it in a new account and confirms that account’s address', async () => {
    const cart = await call('POST', '/cart/lines', { variantId, quantity: 1 });
    expect(cart.status).toBe(200);
    const cartToken = cart.body.cartToken as string;
    const email = `gus-${randomUUID().slice(0, 8)}@example.test`;
    const order = { email, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true };

    const withoutTerms = await call('POST', '/checkout/guest-orders', { ...order, acceptedTerms: false }, { 'X-Cart-Token': cartToken });
    expect(withoutTerms).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST', fieldErrors: { acceptedTerms: [expect.any(String)] } } });
    const placed = await call('POST', '/checkout/guest-orders', order, { 'X-Cart-Token': cartToken });
    expect(placed).toMatchObject({ status: 200, body: { order: { email, status: 'AWAITING_PAYMENT' }, accessToken: expect.any(String) } });
    const token = placed.body.accessToken as string;
    const orderId = (placed.body.order as { id: string }).id;

    expect(await call('GET', `/checkout/guest-orders/${token}`)).toMatchObject({ status: 200, body: { id: orderId } });
    expect((await call('GET', `/checkout/guest-orders/${'x'.repeat(43)}`)).status).toBe(404);

    const account = await call('POST', `/checkout/guest-orders/${token}/account`, { password: 'correct horse battery' });
    expect(account).toMatchObject({ status: 200, body: { customer: { email }, session: { token: expect.any(String) } } });
    const session = { Authorization: `Bearer ${(account.body.session as { token: string }).token}` };
    expect(await call('POST', `/checkout/guest-orders/${token}/claim`, {}, session)).toMatchObject({ status: 200, body: { id: orderId } });
    expect((await call('POST', `/checkout/guest-orders/${token}/claim`, {})).status).toBe(401);

    // Holding the order link does not prove the address: the new account gets a confirmation link.
    const mail = await latestEmail(db.prisma, email, 'email_verification');
    const link = /\/account\/verify\/([\w-]+)/.exec(mail?.text ?? '')?.[1];
    expect(link).toBeDefined();
    expect(await call('POST', '/auth/email-verifications', { token: link })).toEqual({ status: 200, body: { state: 'verified' } });
    expect(await call('POST', '/auth/email-verifications', { token: link })).toEqual({ status: 200, body: { state: 'used' } });
    expect(await call('POST', '/account/email-verification', {}, session)).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
  });

  it('documents the guest and confirmation inputs as their validators define them', async () => {
    const document = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { required?: string[]; properties: Record<string, unknown> } }> }; parameters?: Array<{ name: string; in: string; required?: boolean }> }>> };
    const placeBody = document.paths['/rest/v1/checkout/guest-orders']?.post?.requestBody?.content['application/json']?.schema;
    expect(placeBody?.required).toEqual(expect.arrayContaining(['email', 'idempotencyKey', 'shippingAddress', 'acceptedTerms']));
    expect(placeBody?.properties.acceptedTerms).toMatchObject({ const: true });
    expect(document.paths['/rest/v1/checkout/guest-orders/{token}']?.get?.parameters).toContainEqual(expect.objectContaining({ name: 'token', in: 'path', required: true }));
    expect(document.paths['/rest/v1/checkout/guest-orders/{token}/account']?.post?.requestBody?.content['application/json']?.schema.required).toEqual(['password']);
    expect(document.paths['/rest/v1/auth/email-verifications']?.post?.requestBody?.content['application/json']?.schema.properties.token).toMatchObject({ type: 'string', minLength: 20, maxLength: 100 });
    expect(document.paths['/rest/v1/account/email-verification']?.post).toBeDefined();
  });
});
