import { randomUUID } from 'node:crypto';
import { closeGroupBuy, groupBuyJobHandlers, SettlementIncompleteError } from '@tandem/core/group-buys';
import { createJobWorker } from '@tandem/core/jobs';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { PaymentProviderError, type CaptureInput } from '@tandem/payments';
import { OfflinePaymentProvider } from '@tandem/payments/offline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices, type ApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor, signedInCustomer } from '../testing/callers.ts';

/** The offline provider, counting captures and failing the ones a test asks for. */
class ScriptedProvider extends OfflinePaymentProvider {
  readonly captures: CaptureInput[] = [];
  failNext: (input: CaptureInput) => PaymentProviderError | null = () => null;
  override async capturePayment(input: CaptureInput) {
    const failure = this.failNext(input);
    if (failure) throw failure;
    this.captures.push(input);
    return super.capturePayment(input);
  }
}

let db: TestDatabase;
let payments: ScriptedProvider;
let services: ApiServices;
let admin: ReturnType<typeof callerFor>;
let categoryId: string;

const address = { name: 'Gus Buyer', line1: 'Damrak 1', postalCode: '1012 LG', city: 'Amsterdam', country: 'NL' };
const TIERS = [{ minParticipants: 1, unitAmount: 10_000 }, { minParticipants: 3, unitAmount: 8_000 }, { minParticipants: 5, unitAmount: 6_000 }];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  payments = new ScriptedProvider();
  services = createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, payments, accounts: { scryptCost: { N: 1024, r: 8, p: 1 } } });
  admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'MARKETING'])).sessionToken });
  categoryId = (await makeCategory(db.prisma, 'deals')).id;
});
afterAll(() => db.close());

async function deal(options: { minParticipants?: number; endsInMs?: number; stock?: number } = {}) {
  const slug = `deal-${randomUUID().slice(0, 8)}`;
  const product = await makeProduct(db.prisma, { slug, title: `Cargo bike ${slug}`, categoryId, variants: [{ priceAmount: 12_000, stockOnHand: options.stock ?? 20 }] });
  const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  const created = await admin.adminGroupBuys.create({
    slug, title: 'Cargo bike club', variantId: variant.id, minParticipants: options.minParticipants ?? 3, maxQuantity: 3,
    endsAt: new Date(Date.now() + (options.endsInMs ?? 86_400_000)), tiers: TIERS,
  });
  return { ...created, variantId: variant.id };
}

async function shopper() {
  const s = await signedInCustomer(db.prisma);
  return { ...s, api: callerFor(services, { sessionToken: s.sessionToken }) };
}

function join(api: ReturnType<typeof callerFor>, slug: string, quantity = 1) {
  return api.groupBuys.join({ slug, quantity, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
}

const stockOf = async (variantId: string) => (await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stockOnHand;
const paymentOf = (orderId: string) => db.prisma.payment.findFirstOrThrow({ where: { orderId } });
const runJobs = () => createJobWorker(db.prisma, { handlers: groupBuyJobHandlers(db.prisma, payments), backoff: { baseMs: 1, maxMs: 1 } }).runOnce();

describe('group buys', () => {
  it('authorises each join at the tier it reaches, keeps the tier when someone leaves, and captures everyone at the final tier', async () => {
    const d = await deal();
    const buyers = [await shopper(), await shopper(), await shopper(), await shopper()];
    const first = await join(buyers[0]!.api, d.slug);
    expect(first).toMatchObject({ status: 'AWAITING_PAYMENT', total: { amount: 10_000 } });
    expect(first.lines[0]!.explanation.map((s) => [s.kind, s.unitAmount])).toEqual([['base', 12_000], ['group_buy', 10_000]]);
    expect(await paymentOf(first.id)).toMatchObject({ state: 'AUTHORIZED', amount: 10_000 });
    expect(await stockOf(d.variantId)).toBe(19);

    await join(buyers[1]!.api, d.slug);
    const third = await join(buyers[2]!.api, d.slug, 2);
    expect(third.total.amount).toBe(16_000); // the third buyer reaches the 3+ tier
    const page = await buyers[0]!.api.groupBuys.bySlug({ slug: d.slug });
    expect(page).toMatchObject({ participants: 3, unitAmount: 8_000, next: { minParticipants: 5, unitAmount: 6_000, buyersNeeded: 2 }, joinable: false, me: { status: 'JOINED' } });
    expect(page.tiers.map((t) => [t.minParticipants, t.reached, t.current])).toEqual([[1, true, false], [3, true, true], [5, false, false]]);
    await expect(join(buyers[0]!.api, d.slug)).rejects.toMatchObject({ code: 'CONFLICT', message: 'You have already joined this group buy.' });

    const fourth = await join(buyers[3]!.api, d.slug);
    await buyers[3]!.api.groupBuys.leave({ slug: d.slug });
    expect(await db.prisma.order.findUniqueOrThrow({ where: { id: fourth.id } })).toMatchObject({ status: 'CANCELLED' });
    expect(await paymentOf(fourth.id)).toMatchObject({ state: 'CANCELED' });
    expect(await payments.getPayment((await paymentOf(fourth.id)).providerRef)).toMatchObject({ status: 'canceled' });
    expect((await buyers[0]!.api.groupBuys.bySlug({ slug: d.slug })).unitAmount).toBe(8_000); // the tier stays reached

    await admin.adminGroupBuys.closeNow({ id: d.id });
    expect(await runJobs()).toBeGreaterThanOrEqual(1);
    const participants = await db.prisma.groupBuyParticipant.findMany({ where: { groupBuyId: d.id, status: 'CAPTURED' } });
    expect(participants).toHaveLength(3);
    for (const p of participants) {
      const order = await db.prisma.order.findUniqueOrThrow({ where: { id: p.orderId }, include: { lines: true } });
      expect(order).toMatchObject({ status: 'PAID', totalAmount: 8_000 * p.quantity });
      expect(order.lines[0]).toMatchObject({ unitPriceAmount: 8_000, lineTotalAmount: 8_000 * p.quantity });
      expect(p.capturedAmount).toBe(order.totalAmount);
      expect(p.capturedAmount).toBeLessThanOrEqual(p.authorizedAmount);
      expect(await payments.getPayment((await paymentOf(p.orderId)).providerRef)).toMatchObject({ status: 'succeeded', amount: order.totalAmount });
    }
    expect((await admin.adminGroupBuys.detail({ id: d.id }))).toMatchObject({ status: 'SUCCEEDED', finalUnitAmount: 8_000, settledAt: expect.any(Date) });

    // Replays of the close (the deadline job, a second run) have no second effect.
    const captures = payments.captures.length;
    expect(await closeGroupBuy(db.prisma, payments, d.id, new Date(Date.now() + 2 * 86_400_000))).toMatchObject({ status: 'SUCCEEDED', captured: 0, released: 0 });
    expect(payments.captures.length).toBe(captures);
    const paidEvents = await db.prisma.orderEvent.count({ where: { orderId: { in: participants.map((p) => p.orderId) }, type: 'paid' } });
    expect(paidEvents).toBe(3);
  });

  it('releases everyone below the minimum: orders cancelled, stock back, nobody pays', async () => {
    const d = await deal({ minParticipants: 3 });
    const a = await join((await shopper()).api, d.slug);
    const b = await join((await shopper()).api, d.slug);
    expect(await stockOf(d.variantId)).toBe(18);
    await expect(closeGroupBuy(db.prisma, payments, d.id)).rejects.toBeInstanceOf(SettlementIncompleteError); // not due yet
    expect(await closeGroupBuy(db.prisma, payments, d.id, new Date(Date.now() + 2 * 86_400_000))).toMatchObject({ status: 'FAILED', released: 2 });
    for (const order of [a, b]) {
      expect(await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: 'CANCELLED' });
      expect(await payments.getPayment((await paymentOf(order.id)).providerRef)).toMatchObject({ status: 'canceled', amountRefunded: 0 });
    }
    expect(await stockOf(d.variantId)).toBe(20);
    await expect(join((await shopper()).api, d.slug)).rejects.toMatchObject({ code: 'CONFLICT', message: 'This group buy has closed.' });
  });

  it('retries a capture that failed for a passing reason with the same key, and captures it once', async () => {
    const d = await deal({ minParticipants: 2 });
    const a = await join((await shopper()).api, d.slug);
    const b = await join((await shopper()).api, d.slug);
    const refA = (await paymentOf(a.id)).providerRef;
    let outages = 1;
    payments.failNext = (input) => (input.providerRef === refA && outages-- > 0 ? new PaymentProviderError('unavailable', 'Stripe is down', true, 'offline') : null);
    const later = new Date(Date.now() + 2 * 86_400_000);
    await expect(closeGroupBuy(db.prisma, payments, d.id, later)).rejects.toThrow(/1 participant\(s\) .* not settled yet: Stripe is down/);
    expect(await db.prisma.order.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: 'PAID', totalAmount: 10_000 });
    expect(await db.prisma.order.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: 'AWAITING_PAYMENT', totalAmount: 10_000 });
    expect(await closeGroupBuy(db.prisma, payments, d.id, later)).toMatchObject({ status: 'SUCCEEDED', captured: 1 });
    const keys = payments.captures.filter((c) => c.providerRef === refA).map((c) => c.idempotencyKey);
    expect(keys).toHaveLength(1);
    expect(await db.prisma.order.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: 'PAID' });
    payments.failNext = () => null;
  });

  it('cancels a participant whose capture is refused for good, and releases everyone when staff cancel a deal', async () => {
    const d = await deal({ minParticipants: 1 });
    const a = await join((await shopper()).api, d.slug);
    const refA = (await paymentOf(a.id)).providerRef;
    payments.failNext = (input) => (input.providerRef === refA ? new PaymentProviderError('declined', 'The hold expired', false, 'offline') : null);
    expect(await closeGroupBuy(db.prisma, payments, d.id, new Date(Date.now() + 2 * 86_400_000))).toMatchObject({ failed: 1 });
    expect(await db.prisma.order.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: 'CANCELLED' });
    expect(await db.prisma.groupBuyParticipant.findUniqueOrThrow({ where: { orderId: a.id } })).toMatchObject({ status: 'FAILED', lastError: 'The hold expired' });
    payments.failNext = () => null;

    const e = await deal();
    const c = await join((await shopper()).api, e.slug);
    await admin.adminGroupBuys.cancel({ id: e.id });
    await runJobs();
    expect(await db.prisma.order.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: 'CANCELLED' });
    expect((await admin.adminGroupBuys.detail({ id: e.id })).status).toBe('CANCELLED');
    await expect(admin.adminGroupBuys.closeNow({ id: e.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.prisma.auditEntry.count({ where: { entityId: e.id } })).toBe(2); // created, cancelled
  });

  it('counts concurrent joins near a tier boundary one at a time', async () => {
    const d = await deal();
    const buyers = await Promise.all(Array.from({ length: 6 }, () => shopper()));
    const orders = await Promise.all(buyers.map((b) => join(b.api, d.slug)));
    const prices = orders.map((o) => o.total.amount).sort((x, y) => y - x);
    expect(prices).toEqual([10_000, 10_000, 8_000, 8_000, 6_000, 6_000]);
    expect(await db.prisma.groupBuy.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ peakParticipants: 6 });
  });

  it('refuses a join without the terms acknowledgement and places no order', async () => {
    const d = await deal();
    const { api, customer } = await shopper();
    const request = { slug: d.slug, quantity: 1, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard' };
    for (const input of [request, { ...request, acceptedTerms: false }]) {
      const error = await api.groupBuys.join(input as never).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_REQUEST' });
      expect(JSON.stringify(error)).toContain('Please accept the terms and the right of withdrawal');
    }
    expect(await db.prisma.order.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it('lets only signed-in customers join and only marketing staff manage deals', async () => {
    const d = await deal();
    await expect(join(callerFor(services), d.slug)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect((await shopper()).api.adminGroupBuys.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(admin.adminGroupBuys.create({ slug: 'bad-ladder', title: 'x', variantId: d.variantId, minParticipants: 1, endsAt: new Date(Date.now() + 60_000), tiers: [{ minParticipants: 2, unitAmount: 100 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await callerFor(services).groupBuys.forProduct({ productId: (await db.prisma.productVariant.findUniqueOrThrow({ where: { id: d.variantId } })).productId })).map((x) => x.slug)).toEqual([d.slug]);
  });
});
