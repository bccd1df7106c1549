// Payment methods the shop configures, through the real routers: staff save them (audited, IBAN
// checked, password again), checkout offers only the active ones, a bank transfer gets its
// creditor reference and a hold of days, and the order-placed e-mail and order page say how to pay.
import { randomUUID } from 'node:crypto';
import { isValidCreditorReference, remindUnpaidBankTransfers, expireUnpaidOrders } from '@tandem/core/orders';
import { demoPaymentSettings } from '@tandem/db/seed';
import { TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, codeOf, signedInCustomer, type Caller } from '../testing/callers.ts';
import { redeliverOrderEventJobs, runOrderEventJobs } from '../testing/order-events.ts';
import { adminStore } from '../testing/admin-store.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;
let categoryId: string;
let ips = 0;
const DAY = 86_400_000;
const address = { name: 'Gina Guest', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
  categoryId = (await makeCategory(db.prisma, 'pay-parts')).id;
});
afterAll(() => db.close());

async function guestOrder(paymentMethod?: 'bank_transfer' | 'card' | 'pickup', shippingMethodCode = paymentMethod === 'pickup' ? 'collect_in_store' : 'standard') {
  const slug = `pay-${randomUUID().slice(0, 8)}`;
  const product = await makeProduct(db.prisma, { slug, title: slug, categoryId, variants: [{ priceAmount: 12_345, stockOnHand: 10 }] });
  const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  const ip = `198.51.100.${++ips}`;
  const { cartToken } = await callerFor(services, { ip }).cart.addLine({ variantId: variant.id, quantity: 1 });
  const api = callerFor(services, { cartToken: cartToken!, ip });
  const email = `pay-${randomUUID().slice(0, 8)}@example.test`;
  return api.checkout.placeGuestOrder({ email, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode, acceptedTerms: true, ...(paymentMethod ? { paymentMethod } : {}) });
}

async function emailsOf(to: string, kind: string) {
  await runOrderEventJobs(db.prisma);
  return db.prisma.outboxEmail.findMany({ where: { to, kind }, select: { subject: true, text: true, html: true } });
}

describe('checkout payment methods', () => {
  it('offers bank transfer and pickup without Stripe keys, never card', async () => {
    const methods = await callerFor(services).checkout.paymentMethods();
    expect(methods.map((m) => m.code)).toEqual(['bank_transfer', 'pickup']);
    expect(methods[0]).toMatchObject({ holdDays: 3 });
  });

  it('offers pay on pickup only when the order is collected in store', async () => {
    const api = callerFor(services);
    expect((await api.checkout.paymentMethods({ shippingMethodCode: 'standard' })).map((m) => m.code)).toEqual(['bank_transfer']);
    expect((await api.checkout.paymentMethods({ shippingMethodCode: 'collect_in_store' })).map((m) => m.code)).toEqual(['bank_transfer', 'pickup']);
    await expect(codeOf(guestOrder('pickup', 'standard'))).resolves.toBe('BAD_REQUEST');
  });

  it('refuses a method the shop does not offer', async () => {
    await expect(codeOf(guestOrder('card'))).resolves.toBe('BAD_REQUEST');
  });

  it('gives a bank transfer a valid creditor reference and a hold of the configured days', async () => {
    const placed = await guestOrder('bank_transfer');
    const row = await db.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id }, select: { paymentReference: true, reservationExpiresAt: true, createdAt: true } });
    expect(isValidCreditorReference(row.paymentReference!)).toBe(true);
    expect(row.paymentReference).toBe(`RF${row.paymentReference!.slice(2, 4)}${placed.order.number.slice(2)}`);
    expect(Math.round((row.reservationExpiresAt.getTime() - row.createdAt.getTime()) / DAY)).toBe(3);
    expect(placed.order.howToPay).toEqual({ method: 'bank_transfer', accountHolder: demoPaymentSettings.bankAccountHolder, iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', reference: row.paymentReference });
  });

  it('e-mails the IBAN, BIC, amount, reference and deadline of a bank transfer, in text and HTML', async () => {
    const placed = await guestOrder('bank_transfer');
    const [mail] = await emailsOf(placed.order.email, 'order_confirmation');
    const reference = placed.order.howToPay!.method === 'bank_transfer' ? placed.order.howToPay!.reference : '';
    const printed = reference.replace(/(.{4})(?=.)/g, '$1 ');
    for (const part of [mail!.text, mail!.html!]) {
      for (const fact of ['NL91 ABNA 0417 1643 00', 'ABNANL2A', '123.45 EUR', printed, 'test account, do not pay']) expect(part).toContain(fact);
    }
    expect(mail!.text).toMatch(/transfer the amount by \d+ \w+ \d{4}/);
  });

  it('records pickup instructions and holds a pickup order for its own days', async () => {
    const placed = await guestOrder('pickup');
    expect(placed.order.howToPay).toEqual({ method: 'pickup', instructions: demoPaymentSettings.pickupInstructions });
    const [mail] = await emailsOf(placed.order.email, 'order_confirmation');
    expect(mail!.text).toContain('Keizersgracht 1, 1015 CJ Amsterdam');
    expect(mail!.text).not.toContain('IBAN');
  });
});

describe('bank transfer reminders and lapses', () => {
  it('reminds once, a day before the hold lapses, with the account and reference', async () => {
    const placed = await guestOrder('bank_transfer');
    const expires = new Date(placed.order.reservationExpiresAt).getTime();
    expect(await remindUnpaidBankTransfers(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL }, new Date(expires - 25 * 3_600_000))).toBe(0);
    const at = new Date(expires - 23 * 3_600_000);
    await Promise.all([remindUnpaidBankTransfers(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL }, at), remindUnpaidBankTransfers(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL }, at)]);
    await remindUnpaidBankTransfers(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL }, new Date(expires - 3_600_000));
    const reminders = await emailsOf(placed.order.email, 'payment_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain('NL91 ABNA 0417 1643 00');
    expect(reminders[0]!.text).toContain('/orders/guest/');
  });

  it('cancels the order when the hold lapses and tells the guest, with a link to the order', async () => {
    const placed = await guestOrder('bank_transfer');
    const expires = new Date(placed.order.reservationExpiresAt).getTime();
    await expireUnpaidOrders(db.prisma, new Date(expires - 1_000));
    expect((await db.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe('AWAITING_PAYMENT');
    await expireUnpaidOrders(db.prisma, new Date(expires + 1_000));
    await runOrderEventJobs(db.prisma);
    await redeliverOrderEventJobs(db.prisma, placed.order.id);
    const mails = await emailsOf(placed.order.email, 'order_cancelled');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Payment did not arrive in time');
    expect(mails[0]!.text).toContain('/orders/guest/');
  });
});

describe('adminSettings.payments', () => {
  const form = { ...demoPaymentSettings, bankIban: 'de89 3704 0044 0532 0130 00', bankBic: 'COBADEFFXXX', bankTransferHoldDays: 5 };

  it('saves the settings audited, with the IBAN in electronic format, and checkout follows them', async () => {
    const saved = await admin.adminSettings.savePayments({ ...form, pickupEnabled: false });
    expect(saved.settings.bankIban).toBe('DE89370400440532013000');
    expect(saved.offered).toEqual(['bank_transfer']);
    expect(await db.prisma.auditEntry.count({ where: { action: 'settings.payments.update' } })).toBe(1);
    const placed = await guestOrder('bank_transfer');
    expect(Math.round((new Date(placed.order.reservationExpiresAt).getTime() - Date.now()) / DAY)).toBe(5);
    await expect(codeOf(guestOrder('pickup'))).resolves.toBe('BAD_REQUEST');
    await admin.adminSettings.savePayments(demoPaymentSettings);
  });

  it('refuses an IBAN whose check digits are wrong', async () => {
    await expect(codeOf(admin.adminSettings.savePayments({ ...form, bankIban: 'DE88370400440532013000' }))).resolves.toBe('BAD_REQUEST');
  });

  it('is for staff with the settings permission only', async () => {
    const marketing = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'MARKETING'], { reauthenticated: true })).sessionToken });
    await expect(codeOf(marketing.adminSettings.payments())).resolves.toBe('FORBIDDEN');
  });
});
