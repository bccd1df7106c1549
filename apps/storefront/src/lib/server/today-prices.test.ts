import { describe, expect, it } from 'vitest';
import type { Api } from './api';
import { withTodayVariantPrices } from './today-prices';

const money = (amount: number): { amount: number; currency: string } => ({ amount, currency: 'EUR' });

describe("a product page's prices", () => {
  it('come from one pricing call: the range, the variants, their tiers and labels', async () => {
    const calls: string[][] = [];
    const api = {
      promotions: {
        productPrices: {
          query: async ({ productIds }: { productIds: string[] }) => {
            calls.push(productIds);
            return [{ productId: 'p1', min: 800, regularMin: 1_000, variants: [{ variantId: 'v1', amount: 800, tiers: [{ minQuantity: 5, unitAmount: 700 }], label: 'Summer sale' }] }];
          },
        },
      },
    } as unknown as Api;
    const product = { id: 'p1', price: { min: money(1_000), max: money(1_000) }, compareAt: null as { amount: number; currency: string } | null, variants: [{ id: 'v1', price: money(1_000), compareAt: null as { amount: number; currency: string } | null }] };
    const priced = await withTodayVariantPrices(api, product);
    expect(calls).toEqual([['p1']]);
    expect(priced.product.price.min.amount).toBe(800);
    expect(priced.product.compareAt?.amount).toBe(1_000);
    expect(priced.product.variants[0]).toMatchObject({ price: money(800), compareAt: money(1_000) });
    expect(priced.tiers).toEqual({ v1: [{ minQuantity: 5, unitAmount: 700 }] });
    expect(priced.labels).toEqual({ v1: 'Summer sale' });
  });
});
