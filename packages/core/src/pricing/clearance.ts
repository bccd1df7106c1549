// Bounded dynamic pricing, pure: a clearance discount that grows with a variant's age and with
// overstock, capped at the rule's maximum, and never below its floor (a share of the catalog
// price and an absolute amount). The job (`evaluate-clearance.ts`) stores the result.

export interface ClearanceRuleFacts {
  startAfterDays: number;
  stepDays: number;
  stepBps: number;
  overstockUnits: number | null;
  overstockBps: number;
  maxBps: number;
  floorBps: number;
  floorAmount: number | null;
}

export interface VariantFacts {
  priceAmount: number;
  ageDays: number;
  stockOnHand: number;
}

/** The clearance unit price, or null when the rule gives no discount (too young, not overstocked). */
export function clearanceAmount(rule: ClearanceRuleFacts, v: VariantFacts): number | null {
  const steps = v.ageDays < rule.startAfterDays ? 0 : 1 + Math.floor((v.ageDays - rule.startAfterDays) / rule.stepDays);
  const overstock = rule.overstockUnits !== null && v.stockOnHand > rule.overstockUnits ? rule.overstockBps : 0;
  const bps = Math.min(rule.maxBps, steps * rule.stepBps + overstock);
  if (bps <= 0) return null;
  // Rounded up: the floor and the cap are never crossed by rounding.
  const floor = Math.max(Math.ceil((v.priceAmount * rule.floorBps) / 10_000), rule.floorAmount ?? 0);
  const discounted = v.priceAmount - Math.floor((v.priceAmount * bps) / 10_000);
  const amount = Math.max(discounted, floor);
  return amount < v.priceAmount ? amount : null;
}
