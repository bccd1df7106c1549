// The unit price's breakdown: one line per chosen option's delta and per applicable adjustment.
// Every amount is whole minor units; per-unit and formula deltas round half away from zero.
import type { ConfigOption } from '@tandem/validators';
import { evaluateExpression, ExpressionError, parseExpression, roundHalfAwayFromZero, type Expr } from './expression.ts';
import { refKey } from './rules.ts';
import type { ConfiguratorDefinition, PriceLine, Violation } from './types.ts';

const parsed = new Map<string, Expr>();

/** Parses a formula once per process; formulas are few and immutable strings. */
export function compiledFormula(source: string): Expr {
  let expr = parsed.get(source);
  if (!expr) {
    expr = parseExpression(source);
    if (parsed.size > 5_000) parsed.clear();
    parsed.set(source, expr);
  }
  return expr;
}

/** An option's delta for these measurements, in minor units. */
export function optionDelta(option: ConfigOption, measurements: Readonly<Record<string, number>>): number {
  const price = option.price;
  if (price.kind === 'fixed') return price.amount;
  if (price.kind === 'perUnit') {
    const value = measurements[price.measurement];
    if (value === undefined) throw new ExpressionError(`it depends on “${price.measurement}”, which has no value`);
    return roundHalfAwayFromZero(price.amountPerUnit * value);
  }
  return roundHalfAwayFromZero(evaluateExpression(compiledFormula(price.expression), measurements));
}

export interface PriceLinesInput {
  definition: ConfiguratorDefinition;
  /** Option ids that count, per visible group. */
  optionsByGroup: ReadonlyMap<string, readonly string[]>;
  chosen: ReadonlySet<string>;
  measurements: Readonly<Record<string, number>>;
}

/** The delta lines, and a `price_error` violation for any delta that cannot be worked out. */
export function priceLines(input: PriceLinesInput): { lines: PriceLine[]; violations: Violation[] } {
  const { definition, optionsByGroup, measurements } = input;
  const currency = definition.base.currency;
  const lines: PriceLine[] = [];
  const violations: Violation[] = [];
  for (const group of definition.groups) {
    if (group.kind !== 'single' && group.kind !== 'multiple') continue;
    const picked = optionsByGroup.get(group.id) ?? [];
    for (const option of group.options) {
      if (!picked.includes(option.id)) continue;
      try {
        const amount = optionDelta(option, measurements);
        // Free options are listed in the summary, not in the price breakdown.
        if (amount !== 0) lines.push({ label: `${group.label}: ${option.label}`, amount, currency, source: { group: group.id, option: option.id } });
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        violations.push({ code: 'price_error', group: group.id, option: option.id, message: `The price of ${option.label} cannot be worked out: ${error.message}` });
      }
    }
  }
  definition.adjustments.forEach((adjustment, index) => {
    if (adjustment.whenAll.every((ref) => input.chosen.has(refKey(ref)))) {
      lines.push({ label: adjustment.label, amount: adjustment.amount, currency, source: { adjustment: index } });
    }
  });
  return { lines, violations };
}
