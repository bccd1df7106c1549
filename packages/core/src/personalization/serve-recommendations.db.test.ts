import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersonalizationService, type PersonalizationService } from './personalization-service.ts';

let db: TestDatabase;
let service: PersonalizationService;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  // A long card cache: every change below must show although the cards are cached.
  service = createPersonalizationService(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL, cardCacheTtlMs: 3_600_000 });
  const bikes = await makeCategory(db.prisma, 'bikes');
  const gear = await makeCategory(db.prisma, 'gear');
  for (const [key, category] of [['bike', bikes], ['helmet', gear], ['lights', gear], ['lock', gear], ['pump', gear]] as const) {
    ids[key] = (await makeProduct(db.prisma, { slug: key, title: `Product ${key}`, categoryId: category.id, variants: [{ priceAmount: 5_000, stockOnHand: 5 }] })).id;
  }
  const neighbours = ['helmet', 'lights', 'lock', 'pump'].map((key, rank) => ({ kind: 'BOUGHT_TOGETHER' as const, productId: ids.bike!, rank, neighbourId: ids[key]!, score: 1 - rank / 10 }));
  await db.prisma.productNeighbour.createMany({ data: neighbours });
  await db.prisma.popularProduct.createMany({ data: ['helmet', 'lights', 'lock'].map((key, rank) => ({ scope: 'all', list: 'popular', rank, productId: ids[key]!, score: 10 - rank })) });
  await db.prisma.behaviourEvent.create({ data: { anonymousId: 'me', type: 'VIEW', productId: ids.bike! } });
});
afterAll(() => db.close());

const slugsForYou = async () => (await service.forYou({ customerId: null, anonymousId: 'me' }, 6)).map((r) => r.product.slug);
const slugsForProduct = async () => (await service.forProduct(ids.bike!, 4)).boughtTogether.map((p) => p.slug);
const slugsPopular = async () => (await service.popular('all', 'popular', 6)).map((p) => p.slug);

describe('cached recommendation cards', () => {
  it('drop an archived product at once, on every surface', async () => {
    expect(await slugsForProduct()).toEqual(['helmet', 'lights', 'lock', 'pump']);
    expect(await slugsForYou()).toContain('helmet');
    expect(await slugsPopular()).toContain('helmet');
    await db.prisma.product.update({ where: { id: ids.helmet! }, data: { status: 'ARCHIVED' } });
    expect(await slugsForProduct()).toEqual(['lights', 'lock', 'pump']);
    expect(await slugsForYou()).not.toContain('helmet');
    expect(await slugsPopular()).not.toContain('helmet');
    expect(await service.forCart([ids.bike!], 4).then((cards) => cards.map((c) => c.slug))).not.toContain('helmet');
  });

  it('drop a product that sold out, and bring it back when restocked', async () => {
    await slugsForYou();
    await db.prisma.productVariant.updateMany({ where: { productId: ids.lights! }, data: { stockOnHand: 0 } });
    expect(await slugsForProduct()).not.toContain('lights');
    expect(await slugsForYou()).not.toContain('lights');
    expect(await slugsPopular()).not.toContain('lights');
    await db.prisma.productVariant.updateMany({ where: { productId: ids.lights! }, data: { stockOnHand: 3 } });
    expect(await slugsForProduct()).toContain('lights');
  });

  it('show a changed title or price at once: the card is read again when its product row changed', async () => {
    const before = (await service.forProduct(ids.bike!, 4)).boughtTogether.find((p) => p.id === ids.lock);
    expect(before?.title).toBe('Product lock');
    await db.prisma.product.update({ where: { id: ids.lock! }, data: { title: 'Heavy lock' } });
    await db.prisma.productVariant.updateMany({ where: { productId: ids.lock! }, data: { priceAmount: 7_500 } });
    const after = (await service.forProduct(ids.bike!, 4)).boughtTogether.find((p) => p.id === ids.lock);
    expect(after?.title).toBe('Heavy lock');
    expect(after?.price.min.amount).toBe(7_500);
  });

  it('keep one visitor’s history to themselves', async () => {
    const stranger = await service.forYou({ customerId: null, anonymousId: 'someone-else' }, 6);
    expect(stranger.every((r) => r.reason.kind === 'popular')).toBe(true);
    const mine = await service.forYou({ customerId: null, anonymousId: 'me' }, 6);
    expect(mine.find((r) => r.product.slug === 'lock')).toMatchObject({ reason: { kind: 'bought_together', productId: ids.bike }, because: { slug: 'bike' } });
  });
});
