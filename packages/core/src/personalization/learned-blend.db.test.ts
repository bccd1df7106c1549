// Serving reads the blend setting learned on the store's own orders when there is one. Its own
// database: the setting is cached per client, so this file's client must not have read it before.
import { createTestDatabase, makeCategory, makeProduct, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshForYouLists } from './for-you-lists.ts';
import { createPersonalizationService } from './personalization-service.ts';
import { retuneServingBlend } from './serving-blend.ts';

let db: TestDatabase;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  for (const key of ['bike', 'rare-bell', 'best-bell']) {
    const category = await makeCategory(db.prisma, `c-${key}`);
    ids[key] = (await makeProduct(db.prisma, { slug: key, title: `Product ${key}`, categoryId: category.id, variants: [{ priceAmount: 1_000, stockOnHand: 5 }] })).id;
  }
  const neighbour = (to: string, rank: number, score: number) => ({ kind: 'BOUGHT_TOGETHER' as const, productId: ids.bike!, rank, neighbourId: ids[to]!, score });
  await db.prisma.productNeighbour.createMany({ data: [neighbour('rare-bell', 0, 1), neighbour('best-bell', 1, 0.9)] });
  await db.prisma.popularProduct.createMany({ data: [{ scope: 'all', list: 'popular', rank: 0, productId: ids['best-bell']!, score: 100 }, { scope: 'all', list: 'popular', rank: 1, productId: ids['rare-bell']!, score: 1 }] });
  await db.prisma.behaviourEvent.create({ data: { anonymousId: 'cyclist', type: 'VIEW', productId: ids.bike! } });
});
afterAll(() => db.close());

describe('the blend learned on the store’s orders', () => {
  it('is not tried on a store with too little history, which keeps the built-in setting', async () => {
    expect(await retuneServingBlend(db.prisma, new Date())).toMatchObject({ kind: 'too_little_history', history: { orders: 0 } });
    expect(await db.prisma.recommendationBlendSetting.count()).toBe(0);
  });

  it('is served, live and in the stored lists, once stored', async () => {
    // As the job stores a setting without the popularity prior: the bike's first neighbour leads again.
    await db.prisma.recommendationBlendSetting.create({
      data: { id: 1, boughtTogether: 1, viewedTogether: 0.6, content: 0, popularFill: 0.05, popularPrior: 0, halfLifeDays: 60, hitRate: 0.5, defaultHitRate: 0.4, orders: 600, customers: 200, historyDays: 90, learnedAt: new Date() },
    });
    const service = createPersonalizationService(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL, cardCacheTtlMs: 0 });
    const personal = async () => (await service.forYou({ customerId: null, anonymousId: 'cyclist' }, 4)).filter((r) => r.reason.kind !== 'popular').map((r) => r.product.slug);
    expect(await personal()).toEqual(['rare-bell', 'best-bell']);
    const upToId = (await db.prisma.behaviourEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    await refreshForYouLists(db.prisma, ['cyclist'], { upToId, now: new Date(), decayFrom: new Date(Date.now() - 90 * 86_400_000) });
    expect((await db.prisma.forYouItem.findMany({ where: { visitor: 'cyclist' }, orderBy: { rank: 'asc' } })).map((i) => i.productId)).toEqual([ids['rare-bell'], ids['best-bell']]);
  });
});
