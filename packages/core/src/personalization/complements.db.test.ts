import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPurchase } from './after-purchase.ts';
import { forCart, forProduct } from './serve-recommendations.ts';

let db: TestDatabase;
const ids: Record<string, string> = {};
const slugs = (cards: { slug: string }[]) => cards.map((c) => c.slug);

beforeAll(async () => {
  db = await createTestDatabase();
  const kinds = Object.fromEntries(await Promise.all(['helmets', 'bikes', 'locks', 'lights'].map(async (slug) => [slug, await makeCategory(db.prisma, slug)] as const)));
  const catalog = [['helmet-a', 'helmets', 12_000], ['helmet-b', 'helmets', 11_000], ['helmet-c', 'helmets', 3_000], ['helmet-d', 'helmets', 9_000], ['bike', 'bikes', 100_000], ['bike-2', 'bikes', 90_000], ['lock', 'locks', 5_000], ['light', 'lights', 3_000]] as const;
  for (const [slug, kind, priceAmount] of catalog) {
    ids[slug] = (await makeProduct(db.prisma, { slug, title: `Title ${slug}`, categoryId: kinds[kind]!.id, variants: [{ priceAmount, stockOnHand: 5 }] })).id;
  }
  const lists: [('BOUGHT_TOGETHER' | 'SIMILAR' | 'VIEWED_TOGETHER'), string, string[]][] = [
    ['BOUGHT_TOGETHER', 'helmet-a', ['helmet-b', 'lock', 'bike']],
    ['BOUGHT_TOGETHER', 'bike', ['bike-2', 'helmet-a', 'lock', 'light']],
    ['SIMILAR', 'helmet-a', ['lock', 'helmet-c', 'helmet-b']],
    ['VIEWED_TOGETHER', 'helmet-a', ['light']],
  ];
  await db.prisma.productNeighbour.createMany({
    data: lists.flatMap(([kind, from, to]) => to.map((slug, rank) => ({ kind, productId: ids[from]!, rank, neighbourId: ids[slug]!, score: 0.9 - rank / 10 }))),
  });
});
afterAll(() => db.close());

describe('complements and substitutes', () => {
  it('"often bought together" leaves out products of the same kind and says what they are bought with', async () => {
    const { boughtTogether } = await forProduct(db.prisma, ids['helmet-a']!, 4);
    expect(slugs(boughtTogether)).toEqual(['lock', 'bike']);
    expect(boughtTogether[0]).toMatchObject({ reason: { kind: 'bought_together', productId: ids['helmet-a'] }, because: { slug: 'helmet-a', title: 'Title helmet-a' } });
  });

  it('"similar products" are of the same kind only, the closest in price first', async () => {
    const { similar } = await forProduct(db.prisma, ids['helmet-a']!, 4);
    expect(slugs(similar)).toEqual(['helmet-b', 'helmet-c']);
    expect(similar[0]).toMatchObject({ reason: { kind: 'similar' }, because: { slug: 'helmet-a' } });
  });

  it('the cart never suggests what it holds nor another item of a kind it holds', async () => {
    const suggestions = await forCart(db.prisma, [ids['helmet-a']!, ids.bike!], 4);
    expect(slugs(suggestions)).toEqual(['lock', 'light']);
    // The lock is bought more often with the helmet (0.8) than with the bike (0.7).
    expect(suggestions.map((s) => s.because?.slug)).toEqual(['helmet-a', 'bike']);
  });

  it('after buying a helmet, suggests no other helmet', async () => {
    const customer = await db.prisma.customer.create({ data: { email: 'rider@example.com', passwordHash: 'x', name: 'Rider' } });
    const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: ids['helmet-a'] } });
    const order = await db.prisma.order.create({
      data: {
        number: 'T-1', customerId: customer.id, idempotencyKey: 'k', email: customer.email, status: 'PAID', currency: 'EUR', pricesIncludeTax: true,
        subtotalAmount: 12_000, shippingAmount: 0, taxAmount: 0, totalAmount: 12_000, shippingAddress: {}, shippingMethodCode: 'std', shippingMethodName: 'Standard',
        reservationExpiresAt: new Date(), paidAt: new Date(),
        lines: { create: [{ variantId: variant.id, sku: variant.sku, productTitle: 'Title helmet-a', variantTitle: 'Standard', quantity: 1, unitPriceAmount: 12_000, lineTotalAmount: 12_000, taxAmount: 0 }] },
      },
    });
    await db.prisma.popularProduct.createMany({ data: ['helmet-c', 'helmet-b', 'light', 'bike-2'].map((slug, rank) => ({ scope: 'all', list: 'popular', rank, productId: ids[slug]!, score: 10 - rank })) });
    const liked = await afterPurchase(db.prisma, customer.id, order.id, 4);
    expect(slugs(liked)).toEqual(['lock', 'bike', 'light', 'bike-2']);
    expect(liked.map((l) => l.reason.kind)).toEqual(['bought_together', 'bought_together', 'popular', 'popular']);
  });

  it('"similar products" also weigh how much each is bought, and offer the kind\'s best sellers', async () => {
    // Overall list (from the test above): helmet-c 10, helmet-b 9. The helmets' own list adds
    // helmet-d, which no neighbour list names, as the best seller of all.
    await db.prisma.popularProduct.createMany({ data: ['helmet-d', 'helmet-c'].map((slug, rank) => ({ scope: 'category:helmets', list: 'popular', rank, productId: ids[slug]!, score: rank === 0 ? 20 : 10 })) });
    const { similar } = await forProduct(db.prisma, ids['helmet-a']!, 4);
    expect(slugs(similar)).toEqual(['helmet-b', 'helmet-d', 'helmet-c']);
  });
});
