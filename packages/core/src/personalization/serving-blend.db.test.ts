// The store serves the blend learned on the Online Retail log (SERVING_BLEND_SETTING), on the
// live path and in the stored "for you" lists alike. Each fixture orders differently under the
// untuned blend (no popularity prior, 14-day half-life).
import { createTestDatabase, makeCategory, makeProduct, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshForYouLists } from './for-you-lists.ts';
import { SERVING_BLEND_SETTING } from './for-you.ts';
import { createPersonalizationService, type PersonalizationService } from './personalization-service.ts';

let db: TestDatabase;
let service: PersonalizationService;
const ids: Record<string, string> = {};
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

beforeAll(async () => {
  db = await createTestDatabase();
  service = createPersonalizationService(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL, cardCacheTtlMs: 0 });
  // One category each, so the category cap never reorders the list.
  for (const key of ['bike', 'rare-bell', 'best-bell', 'tent', 'tent-peg', 'lamp', 'battery', 'helmet', 'visor']) {
    const category = await makeCategory(db.prisma, `c-${key}`);
    ids[key] = (await makeProduct(db.prisma, { slug: key, title: `Product ${key}`, categoryId: category.id, variants: [{ priceAmount: 1_000, stockOnHand: 5 }] })).id;
  }
  const neighbour = (from: string, to: string, rank: number, score: number) => ({ kind: 'BOUGHT_TOGETHER' as const, productId: ids[from]!, rank, neighbourId: ids[to]!, score });
  await db.prisma.productNeighbour.createMany({ data: [neighbour('bike', 'rare-bell', 0, 1), neighbour('bike', 'best-bell', 1, 0.9), neighbour('tent', 'tent-peg', 0, 1), neighbour('lamp', 'battery', 0, 1)] });
  // A helmet only content similarity knows (nobody bought or viewed it with anything yet).
  await db.prisma.productNeighbour.create({ data: { kind: 'SIMILAR', productId: ids.helmet!, rank: 0, neighbourId: ids.visor!, score: 0.8 } });
  await db.prisma.behaviourEvent.create({ data: { anonymousId: 'helmet-browser', type: 'VIEW', productId: ids.helmet!, occurredAt: daysAgo(1) } });
  // The best seller is the bike's second neighbour: only the popularity prior puts it first.
  await db.prisma.popularProduct.createMany({ data: [{ scope: 'all', list: 'popular', rank: 0, productId: ids['best-bell']!, score: 100 }, { scope: 'all', list: 'popular', rank: 1, productId: ids['rare-bell']!, score: 1 }, { scope: 'all', list: 'popular', rank: 2, productId: ids.tent!, score: 1 }] });
  await db.prisma.behaviourEvent.create({ data: { anonymousId: 'cyclist', type: 'VIEW', productId: ids.bike!, occurredAt: daysAgo(1) } });
  // A purchase 40 days ago (weight 5) against yesterday's view (weight 1): with a 60-day
  // half-life the purchase still counts more (5 × 0.63), with 14 days it no longer does (5 × 0.14).
  await db.prisma.behaviourEvent.create({ data: { anonymousId: 'camper', type: 'PURCHASE', productId: ids.tent!, occurredAt: daysAgo(40) } });
  await db.prisma.behaviourEvent.create({ data: { anonymousId: 'camper', type: 'VIEW', productId: ids.lamp!, occurredAt: daysAgo(1) } });
});
afterAll(() => db.close());

const personal = async (anonymousId: string) =>
  (await service.forYou({ customerId: null, anonymousId }, 4)).filter((r) => r.reason.kind !== 'popular').map((r) => r.product.slug);

describe('the serving blend', () => {
  it('is the setting learned on the Online Retail log', () => {
    expect(SERVING_BLEND_SETTING).toEqual({ weights: { boughtTogether: 1, viewedTogether: 0.6, content: 0, popular: 0.05 }, popularPrior: 1, halfLifeDays: 60 });
  });

  it('ranks live blends with the popularity prior and the 60-day half-life', async () => {
    expect(await personal('cyclist')).toEqual(['best-bell', 'rare-bell']);
    expect(await personal('camper')).toEqual(['tent-peg', 'battery']);
  });

  it('still offers similar products when only content similarity, weighted 0, knows the history', async () => {
    expect(SERVING_BLEND_SETTING.weights.content).toBe(0);
    // One card: the blend's three candidates would all be best sellers, the visor (score 0) last.
    const picks = await service.forYou({ customerId: null, anonymousId: 'helmet-browser' }, 1);
    expect(picks[0]).toMatchObject({ product: { slug: 'visor' }, reason: { kind: 'similar', productId: ids.helmet }, because: { slug: 'helmet' } });
  });

  it('ranks the stored lists the same way, the prior reading the stored popular list', async () => {
    const upToId = (await db.prisma.behaviourEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    await refreshForYouLists(db.prisma, ['camper', 'cyclist'], { upToId, now: new Date(), decayFrom: daysAgo(90) });
    const stored = async (visitor: string) => (await db.prisma.forYouItem.findMany({ where: { visitor }, orderBy: { rank: 'asc' } })).map((i) => i.productId);
    expect(await stored('cyclist')).toEqual([ids['best-bell'], ids['rare-bell']]);
    expect(await stored('camper')).toEqual([ids['tent-peg'], ids.battery]);
    // Served from those lists: take the best seller out of one and it is no longer a personal pick.
    await db.prisma.forYouItem.deleteMany({ where: { visitor: 'cyclist', productId: ids['best-bell']! } });
    expect(await personal('cyclist')).toEqual(['rare-bell']);
  });
});
