// The engine's rounding rules, in one place:
// - a percentage of an amount is rounded half up to a whole minor unit, per line;
// - an amount spread over lines (an order-level discount) is allocated by largest remainder in
//   proportion to the lines' amounts, so the parts always sum to the whole; equal remainders go
//   to the earlier line.

/** `bps` basis points of `amount`, rounded half up (1000 bps of 1005 = 101). */
export function percentOf(amount: number, bps: number): number {
  return Math.floor((2 * amount * bps + 10_000) / 20_000);
}

/**
 * Splits `total` over `weights` in proportion, by largest remainder. Never gives a part more
 * than its weight when `total` ≤ the sum of the weights.
 *
 * @example allocate(100, [1, 1, 1]) // [34, 33, 33]
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}
