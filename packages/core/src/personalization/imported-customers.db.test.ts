// Imported customers get their own recommendations: the import writes orders, and a customer's
// paid orders are their purchase history wherever personal recommendations are built (the stored
// "for you" lists, the live blend, "Why these?"), on a slice of the real Online Retail log
// (retail-slice.test-support.ts).
import { createTestDatabase, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRetailStore } from './import-retail-store.ts';
import { createPersonalizationService, type PersonalizationService } from './personalization-service.ts';
import { recomputeRecommendations } from './recompute-recommendations.ts';
import { importRetailSlice, retailSliceLines } from './retail-slice.test-support.ts';

let db: TestDatabase;
let asOf: Date;
let service: PersonalizationService;

beforeAll(async () => {
  db = await createTestDatabase();
  asOf = await importRetailSlice(db.prisma);
  // The log has no stock levels (imported products start at 0); the shop's own stock would be set next.
  await db.prisma.productVariant.updateMany({ data: { stockOnHand: 100 } });
  await recomputeRecommendations(db.prisma, { now: asOf, force: true });
  service = createPersonalizationService(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL, cardCacheTtlMs: 0, now: () => asOf });
}, 60_000);
afterAll(() => db.close());

/** The products an imported customer bought (paid orders only), by their id in the log. */
async function customerOf(externalId: string) {
  const customer = await db.prisma.customer.findFirstOrThrow({ where: { imported: { externalId } }, select: { id: true } });
  const lines = await db.prisma.orderLine.findMany({ where: { order: { customerId: customer.id, paidAt: { not: null } } }, select: { variantId: true } });
  const variants = await db.prisma.productVariant.findMany({ where: { id: { in: lines.map((l) => l.variantId) } }, select: { productId: true } });
  return { id: customer.id, bought: new Set(variants.map((v) => v.productId)) };
}

async function storedLists() {
  return {
    visitors: (await db.prisma.forYouVisitor.findMany({ orderBy: { visitor: 'asc' } })).map((v) => ({ visitor: v.visitor, sources: [...v.sources].sort() })),
    items: await db.prisma.forYouItem.findMany({ orderBy: [{ visitor: 'asc' }, { rank: 'asc' }] }),
  };
}

describe('imported customers', () => {
  it('each have a stored "for you" list, built from their own purchases', async () => {
    const customers = await db.prisma.customer.count({ where: { imported: { isNot: null } } });
    expect(customers).toBe(26);
    const { visitors } = await storedLists();
    expect(visitors).toHaveLength(customers);
    const buyer = await customerOf('17675');
    const list = visitors.find((v) => v.visitor === buyer.id)!;
    expect(list.sources).toEqual([...buyer.bought].sort());
    const items = await db.prisma.forYouItem.findMany({ where: { visitor: buyer.id }, orderBy: { rank: 'asc' } });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(buyer.bought.has(item.productId)).toBe(false);
      // Each explains itself by a product they bought.
      expect(['bought_together', 'similar']).toContain(item.reason);
      expect(buyer.bought.has(item.reasonProductId)).toBe(true);
    }
  });

  it('are served their stored list with its reasons, never what they bought', async () => {
    const buyer = await customerOf('17675');
    const picks = await service.forYou({ customerId: buyer.id, anonymousId: null }, 8);
    const personal = picks.filter((p) => p.reason.kind !== 'popular');
    expect(personal.length).toBeGreaterThan(0);
    for (const pick of picks) expect(buyer.bought.has(pick.product.id)).toBe(false);
    for (const pick of personal) {
      expect(pick.reason.kind).toBe('bought_together');
      expect(buyer.bought.has(pick.because!.id)).toBe(true);
    }
  });

  it('see their purchases as signals in "Why these?"', async () => {
    const buyer = await customerOf('17675');
    const signals = await service.signals({ customerId: buyer.id, anonymousId: null });
    expect(new Set(signals.products.map((p) => p.product.id))).toEqual(buyer.bought);
    expect(signals.products.every((p) => p.bought > 0 && p.viewed === 0)).toBe(true);
  });

  it('change nothing when the log is imported again and the lists are updated or rebuilt', async () => {
    const before = await storedLists();
    const again = await importRetailStore(db.prisma, await retailSliceLines());
    expect(again.orders).toMatchObject({ added: 0, linesAdded: 0 });
    expect(await recomputeRecommendations(db.prisma, { now: asOf })).toMatchObject({ skipped: true });
    expect(await storedLists()).toEqual(before);
    await recomputeRecommendations(db.prisma, { now: asOf, force: true });
    expect(await storedLists()).toEqual(before);
  });

  it('who turned tracking off get no list from their orders', async () => {
    const buyer = await customerOf('17675');
    await db.prisma.customer.update({ where: { id: buyer.id }, data: { trackingConsent: false } });
    try {
      await recomputeRecommendations(db.prisma, { now: asOf, force: true });
      expect(await db.prisma.forYouVisitor.count({ where: { visitor: buyer.id } })).toBe(0);
      expect((await service.signals({ customerId: buyer.id, anonymousId: null })).products).toEqual([]);
    } finally {
      await db.prisma.customer.update({ where: { id: buyer.id }, data: { trackingConsent: true } });
    }
  });

  it('are blended live from the same purchases while they have no stored list', async () => {
    const buyer = await customerOf('17675');
    await db.prisma.forYouItem.deleteMany({ where: { visitor: buyer.id } });
    await db.prisma.forYouVisitor.deleteMany({ where: { visitor: buyer.id } });
    const picks = await service.forYou({ customerId: buyer.id, anonymousId: null }, 8);
    const personal = picks.filter((p) => p.reason.kind !== 'popular');
    expect(personal.length).toBeGreaterThan(0);
    for (const pick of picks) expect(buyer.bought.has(pick.product.id)).toBe(false);
    for (const pick of personal) expect(buyer.bought.has(pick.because!.id)).toBe(true);
  });
});
