import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { returnedGoodsAmount, shippingGross, type PricedOrder } from './return-amounts.ts';

const gross: PricedOrder = {
  pricesIncludeTax: true,
  shippingAmount: 495,
  taxAmount: 1_000,
  lines: [
    { id: 'a', quantity: 3, lineTotalAmount: 2_700, taxAmount: 469 }, // 3 × 10.00, 10 % off
    { id: 'b', quantity: 1, lineTotalAmount: 5_000, taxAmount: 868 },
  ],
};

describe('returnedGoodsAmount', () => {
  it('gives back the discounted price of the returned units, not the list price', () => {
    expect(returnedGoodsAmount(gross, [{ lineId: 'a', quantity: 1, alreadyRefunded: 0 }])).toBe(900);
    expect(returnedGoodsAmount(gross, [{ lineId: 'a', quantity: 1, alreadyRefunded: 0 }, { lineId: 'b', quantity: 1, alreadyRefunded: 0 }])).toBe(5_900);
  });

  it('adds the tax of each line when prices exclude tax, and the shipping tax to the shipping', () => {
    const net: PricedOrder = { pricesIncludeTax: false, shippingAmount: 500, taxAmount: 2_205, lines: [{ id: 'a', quantity: 2, lineTotalAmount: 10_000, taxAmount: 2_100 }] };
    expect(returnedGoodsAmount(net, [{ lineId: 'a', quantity: 1, alreadyRefunded: 0 }])).toBe(6_050);
    expect(shippingGross(net)).toBe(605);
    expect(shippingGross(gross)).toBe(495);
  });

  it('refuses more units than the line has, counting earlier returns', () => {
    expect(() => returnedGoodsAmount(gross, [{ lineId: 'a', quantity: 2, alreadyRefunded: 2 }])).toThrow(RangeError);
    expect(() => returnedGoodsAmount(gross, [{ lineId: 'x', quantity: 1, alreadyRefunded: 0 }])).toThrow(RangeError);
  });

  it('returns of every unit of a line, in any split, add up to exactly what the line cost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 20 }), (quantity, total, cuts) => {
        const order: PricedOrder = { pricesIncludeTax: true, shippingAmount: 0, taxAmount: 0, lines: [{ id: 'a', quantity, lineTotalAmount: total, taxAmount: 0 }] };
        let done = 0;
        let sum = 0;
        for (const cut of cuts) {
          const q = Math.min(cut, quantity - done);
          if (q === 0) break;
          sum += returnedGoodsAmount(order, [{ lineId: 'a', quantity: q, alreadyRefunded: done }]);
          done += q;
        }
        if (done < quantity) sum += returnedGoodsAmount(order, [{ lineId: 'a', quantity: quantity - done, alreadyRefunded: done }]);
        expect(sum).toBe(total);
      }),
    );
  });
});
