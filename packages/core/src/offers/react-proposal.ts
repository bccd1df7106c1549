// How the store could answer an undercut: a clearance discount on the product's cheapest variant
// that brings our total down to the cheapest offer, never below the floor (a share of the
// catalog price the manager chooses). Only a proposal: nothing is saved or applied here; the
// admin opens it as an inactive clearance rule for a person to check and switch on.

/** The default floor: never below 70% of the catalog price (at most 30% off). */
export const DEFAULT_FLOOR_BPS = 7_000;

export interface ReactProposal {
  variantId: string;
  sku: string;
  /** The variant's catalog price, minor units. */
  priceAmount: number;
  /** The clearance discount proposed, basis points: a whole percent (as clearance rules are set), rounded up so the gap is closed. */
  discountBps: number;
  /** The variant's price with that discount, as the clearance job would compute it. */
  proposedAmount: number;
  /** The lowest price the floor allows. */
  floorAmount: number;
  /** False when the floor stops the discount short of the cheapest offer. */
  closesGap: boolean;
}

/**
 * The discount closing `gapAmount` on a variant priced `priceAmount`, capped by the floor.
 *
 * @example proposeReaction({ variantId: 'v1', sku: 'A', priceAmount: 10_000 }, 1_500, 7_000) // 15% off, 8500, closes the gap
 */
export function proposeReaction(variant: { variantId: string; sku: string; priceAmount: number }, gapAmount: number, floorBps = DEFAULT_FLOOR_BPS): ReactProposal | null {
  if (gapAmount <= 0 || variant.priceAmount <= 0) return null;
  // Same rounding as the clearance engine: the floor rounds up, the discount rounds down.
  const floorAmount = Math.ceil((variant.priceAmount * floorBps) / 10_000);
  const neededBps = Math.ceil((gapAmount * 100) / variant.priceAmount) * 100;
  const discountBps = Math.min(neededBps, 10_000 - floorBps);
  if (discountBps <= 0) return null;
  const proposedAmount = Math.max(variant.priceAmount - Math.floor((variant.priceAmount * discountBps) / 10_000), floorAmount);
  return { ...variant, discountBps, proposedAmount, floorAmount, closesGap: variant.priceAmount - proposedAmount >= gapAmount };
}
