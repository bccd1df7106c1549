// Price and stock helpers for generated products: shop-style "charm" prices in minor units,
// sale prices below the compare-at price, and stock levels that include low and sold-out items.
import type { Random } from './random.ts';

/** Rounds a euro amount to a price a shop would print (8,999 / 189.99 / 54.99 / 2.49), in cents. */
export function charmPrice(euros: number): number {
  if (euros >= 500) return (Math.round(euros / 100) * 100 - 1) * 100;
  if (euros >= 100) return Math.round(euros / 10) * 1000 - 1;
  if (euros >= 20) return Math.round(euros / 5) * 500 - 1;
  return Math.max(99, Math.round(euros * 2) * 50 - 1);
}

/** A sale price for `amount` (cents) discounted by `discount` (0..1), always below `amount`. */
export function salePrice(amount: number, discount: number): number {
  const discounted = charmPrice((amount * (1 - discount)) / 100);
  return discounted < amount ? discounted : amount - 1;
}

/** Stock on hand for one variant: mostly in stock, some low (1–4), some sold out. */
export function stockLevel(rng: Random, [min, max]: [number, number]): number {
  const roll = rng.next();
  if (roll < 0.08) return 0;
  if (roll < 0.2) return rng.int(1, 4);
  return rng.int(Math.max(5, min), Math.max(5, max));
}
