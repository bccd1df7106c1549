import { randomUUID } from 'node:crypto';
import { applyPaymentUpdate } from '@tandem/core/orders';
import { approveMaturedCommissions, earnedCommission, goodsPaid } from '@tandem/core/partners';
import { type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { approvedPartner, BROWSER_UA, clickThrough, productFor, referredOrder } from '../testing/affiliate.ts';
import { callerFor, codeOf, signedInCustomer, type Caller } from '../testing/callers.ts';
import { runOrderEventJobs } from '../testing/order-events.ts';
import { adminStore } from '../testing/admin-store.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
});
afterAll(() => db.close());

/** 5 % (the default) of the goods paid on the order's only line. */
async function expectedCommission(orderId: string) {
  const order = await db.prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  return earnedCommission({ kind: 'PERCENT', percentBps: 500 }, goodsPaid(order.lines[0]!, order.pricesIncludeTax), 1);
}

const commissionsOf = (orderId: string) => db.prisma.commission.findMany({ where: { orderId } });
const paymentOf = (orderId: string) => db.prisma.payment.findFirstOrThrow({ where: { orderId } });

describe('tracked clicks', () => {
  it('sends the visitor to the product with a token; bots and unknown codes get the target and no token', async () => {
    const { partner } = await approvedPartner(db.prisma);
    const visitor = callerFor(services, { ip: '203.0.113.50', userAgent: 'Mozilla/5.0 (Macintosh) Safari/605.1.15' });
    const click = await visitor.affiliate.recordClick({ partnerCode: partner.code, productSlug: 'road-bike', source: 'widget' });
    expect(click).toMatchObject({ targetPath: '/p/road-bike', counted: true, maxAgeSeconds: 30 * 86_400 });
    expect(click.referralToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const bot = callerFor(services, { ip: '203.0.113.51', userAgent: 'Mozilla/5.0 (compatible; bingbot/2.0)' });
    expect(await bot.affiliate.recordClick({ partnerCode: partner.code })).toMatchObject({ targetPath: '/', referralToken: null, counted: false });
    expect(await visitor.affiliate.recordClick({ partnerCode: 'nobody-here', productSlug: 'road-bike' })).toMatchObject({ targetPath: '/p/road-bike', referralToken: null, counted: false });
    expect((await visitor.affiliate.recordClick({ partnerCode: partner.code, productSlug: '//evil.example/x' })).targetPath).toBe('/');
    expect(await db.prisma.affiliateClick.findFirst({ where: { partnerId: partner.id, source: 'WIDGET' } })).toMatchObject({ targetPath: '/p/road-bike', filterReason: null });
  });
});

describe('widget clicks as behaviour', () => {
  it('a counted widget click on a product is a WIDGET_CLICK event, kept with the visitor only as their consent allows', async () => {
    const { partner } = await approvedPartner(db.prisma);
    const { product } = await productFor(db.prisma);
    const from = (n: number, sessionToken?: string) => callerFor(services, { ip: `203.0.113.${n}`, userAgent: BROWSER_UA, ...(sessionToken ? { sessionToken } : {}) });
    const click = { partnerCode: partner.code, productSlug: product.slug, source: 'widget' as const };
    const [yes, no, linked, refuser] = Array.from({ length: 4 }, () => randomUUID());
    await from(60).affiliate.recordClick({ ...click, visitor: { id: yes!, consent: true } });
    await from(61).affiliate.recordClick({ ...click, visitor: { id: no!, consent: false } });
    // Not widget clicks, or not counted: no event.
    await from(62).affiliate.recordClick({ ...click, source: 'link', visitor: { id: linked!, consent: true } });
    await callerFor(services, { ip: '203.0.113.63', userAgent: 'Googlebot/2.1' }).affiliate.recordClick({ ...click, visitor: { id: linked!, consent: true } });
    await from(64).affiliate.recordClick({ ...click, productSlug: 'no-such-product', visitor: { id: linked!, consent: true } });
    // A signed-in customer who turned tracking off in their profile: the cookie's yes does not override it.
    const customer = await signedInCustomer(db.prisma);
    await db.prisma.customer.update({ where: { id: customer.customer.id }, data: { trackingConsent: false } });
    await from(65, customer.sessionToken).affiliate.recordClick({ ...click, visitor: { id: refuser!, consent: true } });

    const events = await db.prisma.behaviourEvent.findMany({ where: { type: 'WIDGET_CLICK', productId: product.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => ({ anonymousId: e.anonymousId, customerId: e.customerId }))).toEqual([
      { anonymousId: yes, customerId: null },
      { anonymousId: null, customerId: null },
      { anonymousId: null, customerId: null },
    ]);
    expect(await db.prisma.behaviourEvent.count({ where: { type: 'WIDGET_CLICK', OR: [{ anonymousId: linked }, { productId: null }] } })).toBe(0);
  });
});

describe('attribution and commissions', () => {
  it('attributes the order, creates one PENDING commission when paid, however often the payment event arrives', async () => {
    const { partner } = await approvedPartner(db.prisma);
    const { variant } = await productFor(db.prisma);
    const { referralToken } = await clickThrough(services, partner.code);
    const { order } = await referredOrder(services, variant.id, referralToken);
    expect(await db.prisma.orderReferral.findUnique({ where: { orderId: order.id } })).toMatchObject({ partnerId: partner.id, model: 'LAST_CLICK' });
    expect(await commissionsOf(order.id)).toHaveLength(0);
    const payment = await paymentOf(order.id);
    const event = { provider: payment.provider, providerRef: payment.providerRef, state: 'SUCCEEDED' as const, eventId: `evt-${randomUUID()}`, occurredAt: new Date() };
    await Promise.all([applyPaymentUpdate(db.prisma, event), applyPaymentUpdate(db.prisma, event)]);
    await admin.adminOrders.markPaid({ id: order.id }).catch(() => undefined);
    await runOrderEventJobs(db.prisma);
    const commissions = await commissionsOf(order.id);
    expect(commissions).toHaveLength(1);
    expect(commissions[0]).toMatchObject({ partnerId: partner.id, status: 'PENDING', amount: await expectedCommission(order.id), flag: null });
    expect(commissions[0]!.holdUntil.getTime() - event.occurredAt.getTime()).toBe(30 * 86_400_000);
  });

  it('an order without a referral, or with a bot-only trail, earns nothing', async () => {
    const { partner } = await approvedPartner(db.prisma);
    const { variant } = await productFor(db.prisma);
    const { order } = await referredOrder(services, variant.id, null);
    const forged = await referredOrder(services, variant.id, 'A'.repeat(32));
    await admin.adminOrders.markPaid({ id: order.id });
    await admin.adminOrders.markPaid({ id: forged.order.id });
    await runOrderEventJobs(db.prisma);
    expect(await db.prisma.commission.count({ where: { partnerId: partner.id } })).toBe(0);
    expect(await db.prisma.orderReferral.count({ where: { orderId: { in: [order.id, forged.order.id] } } })).toBe(0);
  });

  it('a partial refund reduces the commission in proportion, once per key; a full refund claws it all back', async () => {
    const { partner } = await approvedPartner(db.prisma);
    const { variant } = await productFor(db.prisma);
    const { order } = await referredOrder(services, variant.id, (await clickThrough(services, partner.code)).referralToken);
    await admin.adminOrders.markPaid({ id: order.id });
    await runOrderEventJobs(db.prisma);
    const [earned] = await commissionsOf(order.id);
    const key = randomUUID();
    const quarter = Math.floor(order.total.amount / 4);
    await admin.adminOrders.refund({ id: order.id, amount: quarter, idempotencyKey: key });
    await admin.adminOrders.refund({ id: order.id, amount: quarter, idempotencyKey: key });
    await runOrderEventJobs(db.prisma);
    const [afterPartial] = await commissionsOf(order.id);
    const kept = Math.floor((earned!.amount * (order.total.amount - quarter)) / order.total.amount);
    expect(afterPartial).toMatchObject({ reversedAmount: earned!.amount - kept, status: 'PENDING' });
    await admin.adminOrders.refund({ id: order.id, amount: order.total.amount - quarter, idempotencyKey: randomUUID() });
    await runOrderEventJobs(db.prisma);
    expect((await commissionsOf(order.id))[0]).toMatchObject({ reversedAmount: earned!.amount, status: 'REVERSED' });
  });

  it('claws back the commission of a cancelled order', async () => {
    const { partner } = await approvedPartner(db.prisma);
    const { variant } = await productFor(db.prisma);
    const { order } = await referredOrder(services, variant.id, (await clickThrough(services, partner.code)).referralToken);
    await admin.adminOrders.markPaid({ id: order.id });
    await admin.adminOrders.refund({ id: order.id, amount: order.total.amount, idempotencyKey: randomUUID() });
    await admin.adminOrders.cancel({ id: order.id });
    await runOrderEventJobs(db.prisma);
    expect((await commissionsOf(order.id))[0]).toMatchObject({ status: 'REVERSED' });
  });
});

describe('self-referral', () => {
  it('the partner buying on their own account earns a zero commission flagged SELF_REFERRAL', async () => {
    const { partner, owner, sessionToken } = await approvedPartner(db.prisma);
    const { variant } = await productFor(db.prisma);
    const { order } = await referredOrder(services, variant.id, (await clickThrough(services, partner.code)).referralToken, { sessionToken });
    await admin.adminOrders.markPaid({ id: order.id });
    await runOrderEventJobs(db.prisma);
    expect(owner.customer.id).toBe(partner.customerId);
    expect(await commissionsOf(order.id)).toMatchObject([{ amount: 0, flag: 'SELF_REFERRAL' }]);
    const flagged = await admin.adminAffiliate.commissions({ flagged: true, partnerId: partner.id });
    expect(flagged.items.map((c) => c.orderId)).toEqual([order.id]);
  });

  it('a second account with the partner contact e-mail (tagged, other case) is a self-referral', async () => {
    const { partner } = await approvedPartner(db.prisma, 'Jan.Smit@Example.test');
    const shopper = await signedInCustomer(db.prisma);
    await db.prisma.customer.update({ where: { id: shopper.customer.id }, data: { email: `jan.smit+deals-${randomUUID().slice(0, 4)}@example.test` } });
    const { variant } = await productFor(db.prisma);
    const { order } = await referredOrder(services, variant.id, (await clickThrough(services, partner.code)).referralToken, shopper);
    await admin.adminOrders.markPaid({ id: order.id });
    await runOrderEventJobs(db.prisma);
    expect(await commissionsOf(order.id)).toMatchObject([{ amount: 0, flag: 'SELF_REFERRAL' }]);
  });

  it('paying with the card of an earlier self-purchase is a self-referral; another card is not', async () => {
    const { partner, sessionToken } = await approvedPartner(db.prisma);
    const { variant } = await productFor(db.prisma);
    const pay = async (orderId: string, fingerprint: string) => {
      const p = await paymentOf(orderId);
      await applyPaymentUpdate(db.prisma, { provider: p.provider, providerRef: p.providerRef, state: 'SUCCEEDED', eventId: `evt-${randomUUID()}`, occurredAt: new Date(), paymentFingerprint: fingerprint });
    };
    const own = await referredOrder(services, variant.id, null, { sessionToken });
    await pay(own.order.id, 'fp_partner_card');
    expect((await paymentOf(own.order.id)).fingerprint).toBe('fp_partner_card');
    const sameCard = await referredOrder(services, variant.id, (await clickThrough(services, partner.code)).referralToken);
    await pay(sameCard.order.id, 'fp_partner_card');
    const otherCard = await referredOrder(services, variant.id, (await clickThrough(services, partner.code)).referralToken);
    await pay(otherCard.order.id, 'fp_someone_else');
    await runOrderEventJobs(db.prisma);
    expect(await commissionsOf(sameCard.order.id)).toMatchObject([{ amount: 0, flag: 'SELF_REFERRAL' }]);
    expect(await commissionsOf(otherCard.order.id)).toMatchObject([{ amount: await expectedCommission(otherCard.order.id), flag: null }]);
  });
});

describe('partner-targeted promotions', () => {
  it('apply to a shopper referred by the partner and not to others', async () => {
    const { partner } = await approvedPartner(db.prisma);
    const { variant } = await productFor(db.prisma, 20_000);
    await db.prisma.promotion.create({ data: { name: 'Partner readers 10 %', kind: 'PERCENT', percentBps: 1_000, partnerIds: [partner.id] } });
    const { referralToken } = await clickThrough(services, partner.code);
    const referred = await referredOrder(services, variant.id, referralToken);
    const other = await referredOrder(services, variant.id, (await clickThrough(services, (await approvedPartner(db.prisma)).partner.code)).referralToken);
    const plain = await referredOrder(services, variant.id, null);
    expect(referred.order.discount.amount).toBe(2_000);
    expect(other.order.discount.amount).toBe(0);
    expect(plain.order.discount.amount).toBe(0);
    const shopper = await signedInCustomer(db.prisma);
    const withCookie = callerFor(services, { sessionToken: shopper.sessionToken, referralToken });
    await withCookie.cart.addLine({ variantId: variant.id, quantity: 1 });
    expect((await withCookie.promotions.cartPricing()).discountAmount).toBe(2_000);
    await db.prisma.promotion.updateMany({ where: { partnerIds: { has: partner.id } }, data: { active: false } });
  });
});

/** Partners A and B; A sent two valid clicks today, one of which bought (paid). */
async function twoPartnersOnePaidReferral() {
  const a = await approvedPartner(db.prisma);
  const b = await approvedPartner(db.prisma);
  const { variant } = await productFor(db.prisma);
  const { order } = await referredOrder(services, variant.id, (await clickThrough(services, a.partner.code)).referralToken);
  await clickThrough(services, a.partner.code);
  await admin.adminOrders.markPaid({ id: order.id });
  await runOrderEventJobs(db.prisma);
  return { a, b, order, today: new Date().toISOString().slice(0, 10) };
}

describe('the partner portal', () => {
  it('shows partner A its own figures and commissions, never B\'s', async () => {
    const { a, b, order, today } = await twoPartnersOnePaidReferral();
    await callerFor(services, { userAgent: 'curl/8.5.0' }).affiliate.recordClick({ partnerCode: a.partner.code, source: 'ring' });
    const asA = callerFor(services, { sessionToken: a.sessionToken });
    const asB = callerFor(services, { sessionToken: b.sessionToken });
    const statsA = await asA.affiliate.stats({ from: today, to: today });
    expect(statsA.totals).toMatchObject({ clicks: 3, validClicks: 2, orders: 1, conversion: 0.5, pending: await expectedCommission(order.id), approved: 0, paid: 0 });
    expect(statsA.days).toEqual([{ day: today, clicks: 3, validClicks: 2, orders: 1, commission: await expectedCommission(order.id) }]);
    expect(statsA.sources.find((s) => s.source === 'RING')).toEqual({ source: 'RING', clicks: 1, validClicks: 0, orders: 0 });
    expect((await asB.affiliate.stats({ from: today, to: today })).totals).toMatchObject({ clicks: 0, orders: 0, pending: 0, conversion: null });
    expect((await asA.affiliate.commissions()).items.map((c) => c.orderId)).toEqual([order.id]);
    expect((await asB.affiliate.commissions()).items).toEqual([]);
  });

  it('is FORBIDDEN to customers who are not approved partners, and refuses a reversed range', async () => {
    const shopper = await signedInCustomer(db.prisma);
    const today = new Date().toISOString().slice(0, 10);
    await expect(callerFor(services, { sessionToken: shopper.sessionToken }).affiliate.stats({ from: today, to: today })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { sessionToken } = await approvedPartner(db.prisma);
    await expect(callerFor(services, { sessionToken }).affiliate.stats({ from: '2026-12-02', to: '2026-12-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('partner figures over an API key', () => {
  it('gives a key its own partner\'s figures (as the portal shows them), never another\'s, and refuses a revoked key', async () => {
    const { a, b, order, today } = await twoPartnersOnePaidReferral();
    await clickThrough(services, b.partner.code);
    const keyOf = async (sessionToken: string) => (await callerFor(services, { sessionToken }).partners.apiKeys.create({ label: 'Stats server' })).key;
    const [keyA, keyB] = [await keyOf(a.sessionToken), await keyOf(b.sessionToken)];
    const range = { from: today, to: today };

    const statsA = await callerFor(services, { partnerKey: keyA }).partnerApi.stats(range);
    expect(statsA.totals).toMatchObject({ clicks: 2, validClicks: 2, orders: 1, conversion: 0.5, pending: await expectedCommission(order.id) });
    expect(statsA.days).toEqual([{ day: today, clicks: 2, validClicks: 2, orders: 1, commission: await expectedCommission(order.id) }]);
    expect(statsA).toEqual(await callerFor(services, { sessionToken: a.sessionToken }).affiliate.stats(range));
    expect((await callerFor(services, { partnerKey: keyB }).partnerApi.stats(range)).totals).toMatchObject({ clicks: 1, orders: 0, pending: 0, conversion: 0 });

    const [listed] = await callerFor(services, { sessionToken: a.sessionToken }).partners.apiKeys.list();
    await callerFor(services, { sessionToken: a.sessionToken }).partners.apiKeys.revoke({ id: listed!.id });
    expect(await codeOf(callerFor(services, { partnerKey: keyA }).partnerApi.stats(range))).toBe('UNAUTHORIZED');
    expect(await codeOf(callerFor(services).partnerApi.stats(range))).toBe('UNAUTHORIZED');
    expect(await codeOf(callerFor(services, { partnerKey: keyB }).partnerApi.stats({ from: today, to: '2020-01-01' }))).toBe('BAD_REQUEST');
  });
});

describe('approval and payouts', () => {
  it('approves after the hold window, pays once per key, and carries a later claw-back into the next payout', async () => {
    const { partner, sessionToken } = await approvedPartner(db.prisma);
    const { variant } = await productFor(db.prisma);
    const orders = [];
    for (let i = 0; i < 2; i++) {
      const { order } = await referredOrder(services, variant.id, (await clickThrough(services, partner.code)).referralToken);
      await admin.adminOrders.markPaid({ id: order.id });
      await runOrderEventJobs(db.prisma);
      orders.push(order);
    }
    const [c1, c2] = [(await commissionsOf(orders[0]!.id))[0]!, (await commissionsOf(orders[1]!.id))[0]!];
    await approveMaturedCommissions(db.prisma, new Date(c1.holdUntil.getTime() - 1));
    expect((await db.prisma.commission.findUniqueOrThrow({ where: { id: c1.id } })).status).toBe('PENDING');
    expect(await approveMaturedCommissions(db.prisma, c1.holdUntil)).toBeGreaterThan(0);
    expect((await db.prisma.commission.findUniqueOrThrow({ where: { id: c1.id } })).status).toBe('APPROVED');
    await admin.adminAffiliate.approveEarly({ commissionId: c2.id });
    const due = (await admin.adminAffiliate.payoutReport()).find((r) => r.partnerId === partner.id);
    expect(due).toMatchObject({ amount: c1.amount + c2.amount, commissions: 2, adjustments: 0 });
    const key = randomUUID();
    const [p1, p2] = [await admin.adminAffiliate.markPayoutPaid({ partnerId: partner.id, currency: 'EUR', idempotencyKey: key, reference: 'SEPA 1' }), await admin.adminAffiliate.markPayoutPaid({ partnerId: partner.id, currency: 'EUR', idempotencyKey: key, reference: 'SEPA 1' })];
    expect(p2.id).toBe(p1.id);
    expect(p1).toMatchObject({ amount: c1.amount + c2.amount, commissions: 2 });
    expect(await db.prisma.auditEntry.count({ where: { action: 'partners.payout.paid', entityId: p1.id } })).toBe(1);
    expect((await admin.adminAffiliate.payoutReport()).find((r) => r.partnerId === partner.id)).toBeUndefined();

    await admin.adminOrders.refund({ id: orders[0]!.id, amount: orders[0]!.total.amount, idempotencyKey: randomUUID() });
    await runOrderEventJobs(db.prisma);
    expect((await admin.adminAffiliate.payoutReport()).find((r) => r.partnerId === partner.id)).toMatchObject({ amount: -c1.amount, adjustments: 1 });
    await expect(admin.adminAffiliate.markPayoutPaid({ partnerId: partner.id, currency: 'EUR', idempotencyKey: randomUUID(), reference: '' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await callerFor(services, { sessionToken }).affiliate.payouts()).map((p) => p.amount)).toEqual([c1.amount + c2.amount]);
    const { csv } = await admin.adminAffiliate.payoutReportCsv();
    expect(csv.split('\r\n')[0]).toBe('partner_code,partner_name,contact_email,currency,amount_minor,amount,commissions,adjustments');
    expect(csv).toContain(`${partner.code},`);
  });

  it('claws back a commission by hand, audited', async () => {
    const { partner } = await approvedPartner(db.prisma);
    const { variant } = await productFor(db.prisma);
    const { order } = await referredOrder(services, variant.id, (await clickThrough(services, partner.code)).referralToken);
    await admin.adminOrders.markPaid({ id: order.id });
    await runOrderEventJobs(db.prisma);
    const [c] = await commissionsOf(order.id);
    expect(await admin.adminAffiliate.clawBack({ commissionId: c!.id })).toMatchObject({ status: 'REVERSED', netAmount: 0 });
    expect(await db.prisma.auditEntry.count({ where: { action: 'partners.commission.claw_back', entityId: c!.id } })).toBe(1);
    await expect(admin.adminAffiliate.approveEarly({ commissionId: c!.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
