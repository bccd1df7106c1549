import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, prorateCredit } from './prorate-credit.ts';
import { vatBreakdown, vatTotals } from './vat-breakdown.ts';

const rates = fc.constantFrom(0, 600, 900, 1300, 2100, 2500);
const items = fc.array(fc.record({ amount: fc.integer({ min: 0, max: 2_000_000 }), rate: rates }), { minLength: 1, maxLength: 6 });
const breakdownOf = (xs: { amount: number; rate: number }[], incl: boolean) =>
  vatBreakdown(xs.map((x) => ({ amount: x.amount, rateBps: x.rate, taxAmount: Math.round(incl ? (x.amount * x.rate) / (10_000 + x.rate) : (x.amount * x.rate) / 10_000) })), incl);

describe('apportion', () => {
  it('gives the leftover units to the largest remainders, ties to the first', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [1, 2])).toEqual([33, 67]);
  });
});

describe('prorateCredit', () => {
  it('credits half of a one-rate invoice as half its net and tax', () => {
    expect(prorateCredit(6_050, [{ rateBps: 2100, netAmount: 10_000, taxAmount: 2_100, grossAmount: 12_100 }])).toEqual([{ rateBps: 2100, netAmount: 5_000, taxAmount: 1_050, grossAmount: 6_050 }]);
  });

  it('splits a refund over two rates in proportion, the rounding unit to the larger remainder', () => {
    const invoice = vatBreakdown([{ amount: 12_100, taxAmount: 2_100, rateBps: 2100 }, { amount: 10_900, taxAmount: 900, rateBps: 900 }], true);
    const credit = prorateCredit(1_001, invoice);
    expect(credit.map((r) => r.grossAmount)).toEqual([527, 474]);
    expect(vatTotals(credit)).toEqual({ grossAmount: 1_001, taxAmount: 131, netAmount: 870 });
  });

  it('always sums exactly to the refund, and a full refund credits the whole invoice', () => {
    fc.assert(
      fc.property(items, fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (xs, incl, share) => {
        const invoice = breakdownOf(xs, incl);
        const gross = vatTotals(invoice).grossAmount;
        const amount = Math.floor(gross * share);
        const credit = prorateCredit(amount, invoice);
        const sums = vatTotals(credit);
        expect(sums.grossAmount).toBe(amount);
        expect(sums.netAmount + sums.taxAmount).toBe(amount);
        for (const [i, row] of credit.entries()) expect(row.grossAmount).toBeLessThanOrEqual(invoice[i]!.grossAmount);
        expect(prorateCredit(gross, invoice)).toEqual(invoice);
      }),
    );
  });

  it('refuses to credit more than the invoice', () => {
    expect(() => prorateCredit(101, [{ rateBps: 0, netAmount: 100, taxAmount: 0, grossAmount: 100 }])).toThrow(RangeError);
  });
});

describe('vatBreakdown', () => {
  it('groups by rate, highest first, and its sums are the amounts and taxes charged', () => {
    fc.assert(
      fc.property(items, fc.boolean(), (xs, incl) => {
        const taxed = xs.map((x) => ({ amount: x.amount, rateBps: x.rate, taxAmount: Math.floor((x.amount * x.rate) / 10_000) }));
        const rows = vatBreakdown(taxed, incl);
        const t = vatTotals(rows);
        const paid = taxed.reduce((s, x) => s + x.amount + (incl ? 0 : x.taxAmount), 0);
        expect(t.grossAmount).toBe(paid);
        expect(t.taxAmount).toBe(taxed.reduce((s, x) => s + x.taxAmount, 0));
        expect(new Set(rows.map((r) => r.rateBps)).size).toBe(rows.length);
        expect(rows.map((r) => r.rateBps)).toEqual([...rows.map((r) => r.rateBps)].sort((a, b) => b - a));
      }),
    );
  });
});
