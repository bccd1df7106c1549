import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeRecommendations } from './recompute-recommendations.ts';

let db: TestDatabase;
const products: string[] = [];
const start = new Date('2026-11-20T08:00:00Z');
const hour = (h: number) => new Date(start.getTime() + h * 3_600_000);

beforeAll(async () => {
  db = await createTestDatabase();
  const gifts = await makeCategory(db.prisma, 'gifts');
  for (let i = 0; i < 40; i++) products.push((await makeProduct(db.prisma, { slug: `g${i}`, title: `Gift ${i}`, categoryId: gifts.id, variants: [{ priceAmount: 500, stockOnHand: 9 }] })).id);
});
afterAll(() => db.close());

/** Wholesale-like baskets (up to 36 products, past the 30 a basket keeps) and views, over three weeks. */
async function insertLog() {
  const data = [];
  for (let buyer = 0; buyer < 12; buyer++) {
    for (let day = 0; day < 3; day++) {
      const size = 3 + ((buyer * 7 + day * 5) % 34);
      for (let k = 0; k < size; k++) {
        const product = (buyer * 3 + day * 11 + k * 7) % products.length;
        data.push({ customerId: `buyer-${buyer}`, type: 'PURCHASE' as const, productId: products[product]!, occurredAt: hour(day * 170 + buyer + k / 100) });
      }
    }
    for (let k = 0; k < 6; k++) data.push({ anonymousId: `viewer-${buyer}`, type: 'VIEW' as const, productId: products[(buyer + k * 5) % products.length]!, occurredAt: hour(buyer * 20 + k) });
  }
  await db.prisma.behaviourEvent.createMany({ data });
}

async function counts() {
  const p = db.prisma;
  return {
    pairs: await p.coOccurrencePair.findMany({ orderBy: [{ family: 'asc' }, { a: 'asc' }, { b: 'asc' }] }),
    items: await p.coOccurrenceItem.findMany({ orderBy: [{ family: 'asc' }, { productId: 'asc' }] }),
    neighbours: await p.productNeighbour.findMany({ orderBy: [{ kind: 'asc' }, { productId: 'asc' }, { rank: 'asc' }] }),
  };
}

describe('the rebuild’s pair counting', () => {
  it('counts exactly what the update path counts for the same log, and leaves the pair table its keys', async () => {
    const now = hour(600);
    // An empty first run sets the watermarks, so the whole log then goes through the update path.
    expect((await recomputeRecommendations(db.prisma, { now })).mode).toBe('rebuild');
    await insertLog();
    expect((await recomputeRecommendations(db.prisma, { now })).mode).toBe('incremental');
    const updated = await counts();
    expect((await recomputeRecommendations(db.prisma, { now, force: true })).mode).toBe('rebuild');
    const rebuilt = await counts();

    expect(updated.pairs.length).toBeGreaterThan(400);
    expect(updated.pairs.some((p) => p.family === 'VIEWED_TOGETHER')).toBe(true);
    expect(rebuilt).toEqual(updated);
    const indexes = await db.prisma.$queryRaw<{ indexname: string; indexdef: string }[]>`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'CoOccurrencePair' ORDER BY indexname`;
    expect(indexes.map((i) => i.indexname)).toEqual(['CoOccurrencePair_family_b_idx', 'CoOccurrencePair_pkey']);
    expect(indexes[1]?.indexdef).toContain('UNIQUE INDEX "CoOccurrencePair_pkey" ON public."CoOccurrencePair" USING btree (family, a, b)');
  });
});
