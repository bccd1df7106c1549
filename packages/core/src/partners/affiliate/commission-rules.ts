// Which commission rate applies to an order line: the most specific rule wins.
//   partner + category  >  partner  >  category  >  the programme default
// A category rule also covers the category's sub-categories; the nearest category wins. A fixed
// rule in another currency than the order's cannot apply and is skipped (the next level decides).

/** A rate: a percentage of the goods paid, or a fixed amount per unit in one currency. */
export type CommissionRate =
  | { kind: 'PERCENT'; percentBps: number }
  | { kind: 'FIXED'; fixedAmount: number; currency: string };

/** A stored rule, as the resolver needs it. */
export interface CommissionRuleInput {
  id: string;
  partnerId: string | null;
  categoryId: string | null;
  rate: CommissionRate;
}

export interface ResolvedRate {
  /** null when the programme default applied. */
  ruleId: string | null;
  rate: CommissionRate;
}

/**
 * @param categoryPath the line's category and its ancestors, nearest first.
 * @example resolveCommissionRate(rules, { partnerId: 'p1', categoryPath: ['road', 'bikes'], currency: 'EUR', fallback })
 */
export function resolveCommissionRate(
  rules: readonly CommissionRuleInput[],
  line: { partnerId: string; categoryPath: readonly string[]; currency: string },
  fallback: CommissionRate,
): ResolvedRate {
  const usable = rules.filter((r) => r.rate.kind === 'PERCENT' || r.rate.currency === line.currency);
  const nearest = (partnerId: string | null) => {
    for (const categoryId of line.categoryPath) {
      const rule = usable.find((r) => r.partnerId === partnerId && r.categoryId === categoryId);
      if (rule) return rule;
    }
    return undefined;
  };
  const winner =
    nearest(line.partnerId) ??
    usable.find((r) => r.partnerId === line.partnerId && r.categoryId === null) ??
    nearest(null);
  if (winner) return { ruleId: winner.id, rate: winner.rate };
  const fallbackUsable = fallback.kind === 'PERCENT' || fallback.currency === line.currency;
  return { ruleId: null, rate: fallbackUsable ? fallback : { kind: 'PERCENT', percentBps: 0 } };
}
