import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersonalizationService, type PersonalizationService } from './personalization-service.ts';

let db: TestDatabase;
let service: PersonalizationService;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  service = createPersonalizationService(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL });
  const bikes = await makeCategory(db.prisma, 'bikes');
  const road = await makeCategory(db.prisma, 'road-bikes', bikes);
  const gear = await makeCategory(db.prisma, 'gear');
  for (const [key, category, stock] of [['newbike', road, 5], ['roadA', road, 5], ['roadB', road, 5], ['roadSoldOut', road, 0], ['helmet', gear, 5]] as const) {
    ids[key] = (await makeProduct(db.prisma, { slug: key.toLowerCase(), title: `Product ${key}`, categoryId: category.id, variants: [{ priceAmount: 90_000, stockOnHand: stock }] })).id;
  }
  const list = (scope: string, keys: string[]) => keys.map((key, rank) => ({ scope, list: 'popular', rank, productId: ids[key]!, score: 10 - rank }));
  await db.prisma.popularProduct.createMany({
    data: [...list('all', ['helmet', 'roadA']), ...list('category:bikes/road-bikes', ['newbike', 'roadSoldOut', 'roadB', 'roadA']), ...list('category:bikes', ['roadA'])],
  });
  // A new product: no neighbour list names it yet. Two visitors looked only at it.
  await db.prisma.behaviourEvent.createMany({
    data: [
      { anonymousId: 'live', type: 'VIEW', productId: ids.newbike! },
      { anonymousId: 'listed', type: 'VIEW', productId: ids.newbike! },
    ],
  });
  // The update has run for one of them: a list with nothing of its own.
  const newest = await db.prisma.behaviourEvent.aggregate({ _max: { id: true } });
  await db.prisma.forYouVisitor.create({ data: { visitor: 'listed', sources: [ids.newbike!], eventWatermark: newest._max.id!, computedAt: new Date() } });
});
afterAll(() => db.close());

describe('"for you" for a visitor who only looked at new products', () => {
  it.each(['live', 'listed'])('recommends the best sellers of its category, "Popular in" it, then the overall ones (%s)', async (anonymousId) => {
    const picks = await service.forYou({ customerId: null, anonymousId }, 6);
    // roadA first although roadB leads the category list: the serving blend's popularity prior
    // lifts roadA, the overall list's second best seller, above roadB, which is not in it.
    expect(picks.map((p) => p.product.slug)).toEqual(['roada', 'roadb', 'helmet']);
    expect(picks[0]).toMatchObject({ reason: { kind: 'popular_in_category', productId: ids.newbike, category: 'Road bikes' }, because: { slug: 'newbike' } });
    expect(picks[2]?.reason).toEqual({ kind: 'popular' });
  });

  it('leaves a visitor without history to the overall best sellers', async () => {
    const picks = await service.forYou({ customerId: null, anonymousId: 'stranger' }, 6);
    expect(picks.map((p) => p.reason.kind)).toEqual(['popular', 'popular']);
  });
});
