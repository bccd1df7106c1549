// A refund spread over an invoice's VAT rates: exact in minor units. A refund of part of an
// order credits each rate in proportion to its share of the invoice, and its tax in
// proportion to the tax; rounding leftovers go to the largest remainders (ties to the row that
// comes first, i.e. the higher rate), so the rows always sum to the refund.
import type { VatRow } from './vat-breakdown.ts';

/**
 * Splits `total` over `weights` in proportion, each share whole, summing exactly to `total`.
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  // BigInt: total × weight may pass 2^53 for large orders.
  const exact = weights.map((w) => BigInt(total) * BigInt(w));
  const shares = exact.map((e) => Number(e / BigInt(sum)));
  const remainders = exact.map((e, i) => ({ i, r: Number(e % BigInt(sum)) }));
  let left = total - shares.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/**
 * The credit of a refund of `amount` against an invoice's breakdown, as positive amounts per
 * rate (the credit note shows them negative). The credited tax is the invoice's tax in the
 * refund's proportion, rounded half up.
 *
 * @example prorateCredit(6050, [{ rateBps: 2100, netAmount: 10000, taxAmount: 2100, grossAmount: 12100 }])
 *   // [{ rateBps: 2100, netAmount: 5000, taxAmount: 1050, grossAmount: 6050 }]
 */
export function prorateCredit(amount: number, invoice: readonly VatRow[]): VatRow[] {
  const gross = invoice.reduce((s, r) => s + r.grossAmount, 0);
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > gross) throw new RangeError(`A credit is 0–${gross}, got ${amount}`);
  const tax = invoice.reduce((s, r) => s + r.taxAmount, 0);
  const creditedTax = gross === 0 ? 0 : Number((2n * BigInt(amount) * BigInt(tax) + BigInt(gross)) / (2n * BigInt(gross)));
  const grossShares = apportion(amount, invoice.map((r) => r.grossAmount));
  const taxShares = apportion(creditedTax, invoice.map((r) => r.taxAmount));
  return invoice.map((r, i) => ({ rateBps: r.rateBps, grossAmount: grossShares[i]!, taxAmount: taxShares[i]!, netAmount: grossShares[i]! - taxShares[i]! }));
}
