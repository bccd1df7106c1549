import { describe, expect, it } from 'vitest';
import type { ConfigurationSnapshot } from '../configurator/index.ts';
import { stockDemand, type StockLine } from './stock-demand.ts';

const line = (variantId: string, quantity: number, components: { variantId: string; quantity: number }[] | null = null): StockLine => ({
  variantId,
  productTitle: `Product ${variantId}`,
  quantity,
  configuration: components ? ({ components } as ConfigurationSnapshot) : null,
});

describe('stockDemand', () => {
  it('merges plain lines and configured lines\' components per variant, sorted by variant id', () => {
    const demand = stockDemand([
      line('v-bike', 2, [{ variantId: 'v-wheel', quantity: 1 }, { variantId: 'v-brake', quantity: 2 }]),
      line('v-brake', 1),
      line('v-bike', 1, [{ variantId: 'v-wheel', quantity: 1 }]),
    ]);
    expect(demand.map((d) => [d.variantId, d.quantity])).toEqual([
      ['v-bike', 3],
      ['v-brake', 5],
      ['v-wheel', 3],
    ]);
  });
});
