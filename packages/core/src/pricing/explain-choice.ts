import { formatMoney } from '../shared/index.ts';
import type { AppliedPromotion } from './types.ts';

/** One sentence on the chosen promotions, for the shopper and the admin. */
export function explainChoice(applied: readonly AppliedPromotion[], currency: string): string {
  if (applied.length === 0) return 'No promotion applies to this cart.';
  const names = applied.map((a) => (a.code ? `${a.name} (${a.code})` : a.name)).join(' + ');
  const saved = applied.reduce((sum, a) => sum + a.amount, 0);
  return `Applied ${names}: the allowed combination that saves you the most (${formatMoney(saved, currency)}).`;
}
