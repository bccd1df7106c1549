/**
 * The tax in an amount at a rate in basis points (2100 = 21 %), rounded half up to a whole
 * minor unit. With tax-inclusive prices the tax is the part of the amount that is tax; with
 * tax-exclusive prices it is added on top.
 */
export function taxOf(amount: number, rateBps: number, pricesIncludeTax: boolean): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Tax needs a non-negative whole amount, got ${amount}`);
  if (!Number.isInteger(rateBps) || rateBps < 0 || rateBps > 10_000) throw new RangeError(`Tax rates are 0–10000 basis points, got ${rateBps}`);
  const numerator = amount * rateBps;
  const denominator = pricesIncludeTax ? 10_000 + rateBps : 10_000;
  // Integer half-up rounding: floor((2n + d) / 2d).
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
