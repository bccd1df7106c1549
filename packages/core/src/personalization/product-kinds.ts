// Complements and substitutes. A product's kind is its category (helmets, road bikes, lights):
// a complement is bought with the anchor and of another kind (a lock for a bike), a substitute
// is of the same kind and close in price (another helmet for a helmet). "Often bought together"
// and the cart want complements only, so a helmet never suggests a second helmet; "Similar
// products" want substitutes only, so a bike never suggests a saddle bag (similar-substitutes.ts).

/** What the rules need to know of a candidate. */
export interface KindInfo {
  kind: string;
  priceAmount: number;
}

export type KindLookup = (productId: string) => KindInfo | undefined;

/** Whether `productId` may complement anchors of `anchorKinds`: known, and of none of those kinds. */
export function isComplement(anchorKinds: ReadonlySet<string>, info: KindLookup, productId: string): boolean {
  const candidate = info(productId);
  return candidate !== undefined && !anchorKinds.has(candidate.kind);
}

/**
 * How close two prices are, 1 for equal and falling with their ratio either way (half at a price
 * e≈2.7 times or a 1/e of the other), so a €300 helmet sits nearer a €250 one than a €40 one.
 */
export function priceCloseness(anchorAmount: number, amount: number): number {
  if (anchorAmount <= 0 || amount <= 0) return 0.5;
  return 1 / (1 + Math.abs(Math.log(amount / anchorAmount)));
}
