import type { BehaviourEventType } from '@tandem/db';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createJobWorker } from '../jobs/index.ts';
import { createPersonalizationService } from './personalization-service.ts';
import { RECOMMENDATION_UPDATE_JOB, recommendationJobHandlers } from './recommendation-jobs.ts';
import { recomputeRecommendations } from './recompute-recommendations.ts';

let db: TestDatabase;
const products: string[] = [];
// Day 20777: with the 180-day window the stored weights' epoch day moves on at day 20790
// (2026-12-03); every run below ends before it, so none is forced to rebase.
const start = new Date('2026-11-20T08:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  const bikes = await makeCategory(db.prisma, 'bikes');
  const gear = await makeCategory(db.prisma, 'gear');
  for (let i = 0; i < 8; i++) {
    const product = await makeProduct(db.prisma, { slug: `p${i}`, title: `Product ${i} ${i % 2 ? 'Road' : 'Trail'}`, categoryId: (i < 4 ? bikes : gear).id, variants: [{ priceAmount: 1_000, stockOnHand: 5 }] });
    products.push(product.id);
  }
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.prisma.behaviourEvent.deleteMany({});
  await db.prisma.recommendationState.deleteMany({});
});

interface LoggedEvent {
  visitor: string;
  /** Index into the products. */
  product: number;
  type: BehaviourEventType;
  /** Hours after the start. */
  hour: number;
  customer?: boolean;
}

async function insert(events: readonly LoggedEvent[]) {
  await db.prisma.behaviourEvent.createMany({
    data: events.map((e) => ({
      anonymousId: e.customer ? null : e.visitor,
      customerId: e.customer ? `customer-${e.visitor}` : null,
      type: e.type,
      productId: products[e.product]!,
      occurredAt: new Date(start.getTime() + e.hour * 3_600_000),
    })),
  });
}

/** Everything the update maintains, in a stable order. */
async function snapshot() {
  const p = db.prisma;
  return {
    neighbours: await p.productNeighbour.findMany({ orderBy: [{ kind: 'asc' }, { productId: 'asc' }, { rank: 'asc' }] }),
    popular: await p.popularProduct.findMany({ where: { NOT: { scope: { startsWith: 'segment:' } } }, orderBy: [{ scope: 'asc' }, { list: 'asc' }, { rank: 'asc' }] }),
    pairs: await p.coOccurrencePair.findMany({ orderBy: [{ family: 'asc' }, { a: 'asc' }, { b: 'asc' }] }),
    items: await p.coOccurrenceItem.findMany({ orderBy: [{ family: 'asc' }, { productId: 'asc' }] }),
    days: await p.productInteractionDay.findMany({ orderBy: [{ productId: 'asc' }, { day: 'asc' }] }),
    forYou: await p.forYouItem.findMany({ orderBy: [{ visitor: 'asc' }, { rank: 'asc' }] }),
    forYouVisitors: (await p.forYouVisitor.findMany({ orderBy: { visitor: 'asc' } })).map((v) => ({ visitor: v.visitor, sources: [...v.sources].sort() })),
  };
}

/** Feeds the batches one update at a time (each at the time of its last event), then rebuilds at the end. */
async function incrementalThenRebuild(batches: readonly (readonly LoggedEvent[])[], windowDays = 180) {
  let now = start;
  const modes: string[] = [];
  for (const batch of batches) {
    await insert(batch);
    now = new Date(start.getTime() + (Math.max(0, ...batch.map((e) => e.hour)) + 1) * 3_600_000);
    modes.push((await recomputeRecommendations(db.prisma, { now, windowDays })).mode);
  }
  const incremental = await snapshot();
  const rebuild = await recomputeRecommendations(db.prisma, { now, windowDays, force: true });
  expect(rebuild.mode).toBe('rebuild');
  return { incremental, rebuilt: await snapshot(), modes };
}

const view = (visitor: string, product: number, hour: number, type: BehaviourEventType = 'VIEW'): LoggedEvent => ({ visitor, product, type, hour });

describe('incremental recommendation update', () => {
  it('ends, after a sequence of batches, exactly where a full rebuild of the same log does', async () => {
    const { incremental, rebuilt, modes } = await incrementalThenRebuild([
      [view('ann', 0, 1), view('ann', 1, 1), view('bob', 0, 2), view('bob', 1, 2), view('bob', 2, 2)],
      // Ann's day grows (a basket changes), Cy starts, Bob buys two things together.
      [view('ann', 2, 3), view('cy', 1, 4), view('cy', 2, 4), { visitor: 'bob', product: 5, type: 'PURCHASE', hour: 5 }, { visitor: 'bob', product: 6, type: 'PURCHASE', hour: 5 }],
      // A day later: new baskets, a customer, and a second pair of purchases that makes 5–6 significant.
      [view('ann', 0, 30), view('ann', 3, 30), { visitor: 'dee', product: 5, type: 'PURCHASE', hour: 31, customer: true }, { visitor: 'dee', product: 6, type: 'PURCHASE', hour: 31, customer: true }, view('dee', 7, 31)],
    ]);
    expect(modes).toEqual(['rebuild', 'incremental', 'incremental']);
    expect(incremental.neighbours.some((n) => n.kind === 'BOUGHT_TOGETHER')).toBe(true);
    expect(incremental.forYou.length).toBeGreaterThan(0);
    expect(incremental).toEqual(rebuilt);
  });

  it('takes out the baskets that left the window, as a rebuild at that moment would not count them', async () => {
    const { incremental, rebuilt } = await incrementalThenRebuild(
      [
        [view('ann', 0, 0), view('ann', 1, 0), view('bob', 0, 1), view('bob', 1, 1), view('cy', 0, 2), view('cy', 2, 2)],
        [view('dee', 0, 24 * 6), view('dee', 2, 24 * 6)],
        // Nine days later the first day's baskets are out of a 5-day window.
        [view('eve', 0, 24 * 9), view('eve', 2, 24 * 9), view('fay', 1, 24 * 9), view('fay', 3, 24 * 9)],
      ],
      5,
    );
    expect(incremental.pairs.every((p) => p.support > 0)).toBe(true);
    expect(incremental).toEqual(rebuilt);
  });

  it('agrees with a rebuild on generated logs split into random batches', async () => {
    const event = fc.record({
      visitor: fc.constantFrom('v0', 'v1', 'v2', 'v3', 'v4'),
      product: fc.integer({ min: 0, max: 7 }),
      type: fc.constantFrom<BehaviourEventType>('VIEW', 'VIEW', 'ADD_TO_CART', 'PURCHASE', 'SEARCH', 'WIDGET_CLICK'),
      hour: fc.integer({ min: 0, max: 24 * 2 }),
      customer: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(event, { minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 4 }), async (batches) => {
        await db.prisma.behaviourEvent.deleteMany({});
        await db.prisma.recommendationState.deleteMany({});
        // Batches arrive in time order, though events inside one need not be.
        let offset = 0;
        const timed = batches.map((batch) => {
          const shifted = batch.map((e) => ({ ...e, hour: e.hour + offset }));
          offset = Math.max(...shifted.map((e) => e.hour));
          return shifted;
        });
        const { incremental, rebuilt, modes } = await incrementalThenRebuild(timed);
        expect(modes.slice(1).every((mode) => mode === 'incremental')).toBe(true);
        expect(incremental).toEqual(rebuilt);
      }),
      { numRuns: 6, seed: 20261202 },
    );
  });
});

describe('serving "for you" from the precomputed lists', () => {
  it('serves the visitor’s own list (live stock applied) and blends live while the update has not seen their newest events', async () => {
    const service = createPersonalizationService(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL, cardCacheTtlMs: 0 });
    await insert([view('ann', 0, 1), view('ann', 1, 1), view('bob', 0, 2), view('bob', 1, 2), view('cy', 0, 3), view('cy', 1, 3), view('dee', 0, 5)]);
    await recomputeRecommendations(db.prisma, { now: new Date(start.getTime() + 6 * 3_600_000) });
    const list = await db.prisma.forYouItem.findMany({ where: { visitor: 'dee' }, orderBy: { rank: 'asc' } });
    expect(list[0]).toMatchObject({ productId: products[1], reason: 'viewed_together', reasonProductId: products[0] });
    const served = async (anonymousId: string) => (await service.forYou({ customerId: null, anonymousId }, 4)).map((r) => [r.product.slug, r.reason.kind, r.because?.slug ?? null]);
    expect((await served('dee'))[0]).toEqual(['p1', 'viewed_together', 'p0']);

    // What is served is the stored list: change it, and the change shows; another visitor never sees it.
    await db.prisma.forYouItem.update({ where: { visitor_rank: { visitor: 'dee', rank: 0 } }, data: { productId: products[6]!, reason: 'similar' } });
    expect((await served('dee'))[0]).toEqual(['p6', 'similar', 'p0']);
    expect((await served('someone-new')).every(([, reason]) => reason === 'popular')).toBe(true);
    // Sold out: dropped at once, whatever the list says.
    await db.prisma.productVariant.updateMany({ where: { productId: products[6]! }, data: { stockOnHand: 0 } });
    expect((await served('dee')).map(([slug]) => slug)).not.toContain('p6');
    await db.prisma.productVariant.updateMany({ where: { productId: products[6]! }, data: { stockOnHand: 5 } });

    // A new event the update has not folded in yet: served live from the history, so the product just viewed is not offered.
    await service.record({ anonymousId: 'dee', customerId: null, consent: true }, [{ type: 'VIEW', productId: products[1]! }]);
    const live = await served('dee');
    expect(live.map(([slug]) => slug)).not.toContain('p1');
    expect(live.map(([slug]) => slug)).not.toContain('p6');
    await recomputeRecommendations(db.prisma, { now: new Date() });
    expect((await db.prisma.forYouVisitor.findUniqueOrThrow({ where: { visitor: 'dee' } })).sources.sort()).toEqual([products[0], products[1]].sort());
    expect((await served('dee')).map(([slug]) => slug)).not.toContain('p1');
  });
});

describe('the update job', () => {
  it('is enqueued once per burst of new events and run by the job worker', async () => {
    await db.prisma.job.deleteMany({ where: { kind: RECOMMENDATION_UPDATE_JOB } });
    await insert([view('ann', 0, 1), view('ann', 1, 1)]);
    await insert([view('bob', 0, 2), view('bob', 1, 2)]);
    expect(await db.prisma.job.count({ where: { kind: RECOMMENDATION_UPDATE_JOB, state: 'PENDING' } })).toBe(1);
    // It waits a moment so a burst folds into one run; bring it forward instead of sleeping.
    await db.prisma.job.updateMany({ where: { kind: RECOMMENDATION_UPDATE_JOB }, data: { runAt: new Date(0) } });
    const summaries: string[] = [];
    const worker = createJobWorker(db.prisma, { handlers: recommendationJobHandlers(db.prisma, (s) => summaries.push(s)) });
    expect(await worker.runOnce()).toBe(1);
    expect(summaries[0]).toMatch(/^Recommendations (rebuilt|updated): 4 event\(s\)/);
    expect(await db.prisma.forYouVisitor.count({ where: { visitor: { in: ['ann', 'bob'] } } })).toBe(2);
  });
});

describe('paid orders', () => {
  let orderNumber = 0;
  async function paidOrder(customerId: string, productIndexes: number[], paidAt: Date) {
    orderNumber += 1;
    const variants = await db.prisma.productVariant.findMany({ where: { productId: { in: productIndexes.map((i) => products[i]!) } } });
    await db.prisma.order.create({
      data: {
        number: `INC-${orderNumber}`, customerId, idempotencyKey: `inc-${orderNumber}`, email: `${customerId}@example.test`, status: 'PAID', currency: 'EUR',
        pricesIncludeTax: true, subtotalAmount: 1_000 * variants.length, shippingAmount: 0, taxAmount: 0, totalAmount: 1_000 * variants.length,
        shippingAddress: {}, shippingMethodCode: 'standard', shippingMethodName: 'Standard', reservationExpiresAt: paidAt, paidAt, createdAt: paidAt,
        lines: {
          create: variants.map((v) => ({ variantId: v.id, sku: v.sku, productTitle: 'Product', variantTitle: 'Default', quantity: 1, unitPriceAmount: 1_000, lineTotalAmount: 1_000, taxAmount: 0 })),
        },
      },
    });
  }

  it('are folded in from the paid watermark exactly as a rebuild counts them', async () => {
    const buyers = await Promise.all(['gus', 'hal'].map((name) => db.prisma.customer.create({ data: { email: `${name}-${Date.now()}@example.test`, passwordHash: 'x', name } })));
    const hour = (h: number) => new Date(start.getTime() + h * 3_600_000);
    try {
      await insert([view('ann', 0, 1), view('ann', 1, 1), view('bob', 0, 2), view('bob', 1, 2)]);
      expect((await recomputeRecommendations(db.prisma, { now: hour(3) })).mode).toBe('rebuild');
      // Paid after the first run: only the paid watermark brings them in.
      await paidOrder(buyers[0]!.id, [5, 6], hour(4));
      await paidOrder(buyers[1]!.id, [5, 6, 7], hour(5));
      await insert([view('cy', 5, 5), view('cy', 6, 5)]);
      const update = await recomputeRecommendations(db.prisma, { now: hour(6) });
      expect(update).toMatchObject({ mode: 'incremental', purchases: 5 });
      // A checkout customer's paid order is their history: their "for you" list comes from it.
      const list = await db.prisma.forYouVisitor.findUnique({ where: { visitor: buyers[0]!.id } });
      expect([...(list?.sources ?? [])].sort()).toEqual([products[5], products[6]].sort());
      // A later order: the next update brings in just that one.
      await paidOrder(buyers[0]!.id, [7], hour(7));
      expect((await recomputeRecommendations(db.prisma, { now: hour(8) })).purchases).toBe(1);
      const incremental = await snapshot();
      const bought = incremental.neighbours.filter((n) => n.kind === 'BOUGHT_TOGETHER' && n.productId === products[5]);
      expect(bought.map((n) => n.neighbourId)).toContain(products[6]);
      await recomputeRecommendations(db.prisma, { now: hour(8), force: true });
      expect(incremental).toEqual(await snapshot());
    } finally {
      await db.prisma.order.deleteMany({ where: { customerId: { in: buyers.map((b) => b.id) } } });
      await db.prisma.customer.deleteMany({ where: { id: { in: buyers.map((b) => b.id) } } });
    }
  });
});
