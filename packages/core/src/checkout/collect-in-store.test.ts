// Pay on pickup offered only with collecting is proven through the routers: packages/api/src/routers/payment-methods.db.test.ts.
import { describe, expect, it } from 'vitest';
import { shippingOptions } from '../pricing/index.ts';
import { collectInStoreMethod, COLLECT_IN_STORE, DEFAULT_PICKUP_SETTINGS, pickupLocationOf } from './collect-in-store.ts';

const location = { address: 'Keizersgracht 1\nAmsterdam', openingHours: 'Mon–Sat 10–18' };

describe('collect in store', () => {
  it('is offered only when enabled with an address', () => {
    expect(pickupLocationOf(DEFAULT_PICKUP_SETTINGS)).toBeNull();
    expect(pickupLocationOf({ enabled: true, address: '  ', openingHours: 'always' })).toBeNull();
    expect(pickupLocationOf({ enabled: false, ...location })).toBeNull();
    expect(pickupLocationOf({ enabled: true, ...location })).toEqual(location);
  });

  it('costs nothing in any country, at any weight and goods total', () => {
    const method = collectInStoreMethod(location, 'EUR')!;
    for (const parcel of [{ country: 'NL', weightGrams: 0, goodsAmount: 0 }, { country: 'IE', weightGrams: 90_000, goodsAmount: 1_000_000 }]) {
      expect(shippingOptions([method], { ...parcel, currency: 'EUR' })).toEqual([{ code: COLLECT_IN_STORE, name: 'Collect in store', amount: 0, currency: 'EUR' }]);
    }
    expect(collectInStoreMethod(null, 'EUR')).toBeNull();
  });
});
