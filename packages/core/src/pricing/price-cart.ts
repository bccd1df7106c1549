// The pricing engine: pure and deterministic. Given lines, customer, time, rules, tax and
// (optionally) shipping, it prices every line, picks the best allowed promotions, prices
// shipping and tax, and explains each step. Integer minor units throughout.
import { shippingOptions, type ShippingOption } from './shipping-rates.ts';
import { taxOf } from './tax.ts';
import { applyPromotions, type PromotionEffect } from './apply-promotions.ts';
import { chooseCombination, combinable } from './choose-combination.ts';
import { discountClassOf, whyNotApplicable, type LineState } from './eligibility.ts';
import { explainChoice } from './explain-choice.ts';
import { unitPriceOf } from './unit-price.ts';
import type { PricedCart, PricedLine, PricingInput, PromotionRule, SkippedPromotion } from './types.ts';

interface Evaluation {
  effects: PromotionEffect[];
  remaining: number[];
  options: ShippingOption[];
  shipping: ShippingOption | null;
  shippingDiscount: number;
  cost: number;
}

/**
 * Prices a cart.
 *
 * @example priceCart({ currency: 'EUR', now, lines, customer, code: 'WELCOME10', rules, tax: { rateBps: 2100, pricesIncludeTax: true } })
 */
export function priceCart(input: PricingInput): PricedCart {
  const { currency, now, customer } = input;
  const priced = input.lines.map((line) => ({ line, ...unitPriceOf(line, customer.group, currency, now, input.rules) }));
  const states: LineState[] = priced.map(({ line, unitAmount }) => ({ ...line, unitAmount }));
  const subtotal = states.reduce((sum, l) => sum + l.unitAmount * l.quantity, 0);

  const code = input.code?.trim().toUpperCase() || null;
  const considered = input.rules.promotions.filter((p) => p.code === null || p.code === code);
  const skipped: SkippedPromotion[] = [];
  const eligible: PromotionRule[] = [];
  for (const p of considered) {
    const reason = whyNotApplicable(p, states, { customer, currency, now });
    if (reason) skipped.push(skip(p, reason));
    else eligible.push(p);
  }

  const evaluate = (set: readonly PromotionRule[]): Evaluation => evaluateSet(input, states, set);
  const alone = new Map(eligible.map((p) => [p.id, evaluate([p]).cost]));
  const ranked = [...eligible].sort((a, b) => alone.get(a.id)! - alone.get(b.id)! || (a.id < b.id ? -1 : 1));
  const shippingUnpriced = input.shipping === undefined;
  const baseCost = evaluate([]).cost;
  // A promotion that changes nothing is not "applied" — except free shipping before shipping is known.
  const chosen = chooseCombination(ranked, (set) => evaluate(set).cost).filter(
    (p) => alone.get(p.id)! < baseCost || (shippingUnpriced && discountClassOf(p) === 'SHIPPING'),
  );
  const final = evaluate(chosen);
  for (const p of ranked) if (!chosen.includes(p)) skipped.push(skip(p, notChosenReason(p, chosen, alone.get(p.id)! < baseCost)));

  const lines: PricedLine[] = priced.map(({ line, unitAmount, steps }, i) => {
    const discountAmount = final.effects.reduce((sum, e) => sum + e.perLine[i]!, 0);
    const total = final.remaining[i]!;
    for (const e of final.effects) {
      const d = e.perLine[i]!;
      if (d > 0) steps.push({ kind: 'promotion', label: e.promotion.code ? `${e.promotion.name} (${e.promotion.code})` : e.promotion.name, amount: -d, promotionId: e.promotion.id });
    }
    return {
      key: line.key,
      variantId: line.variantId,
      quantity: line.quantity,
      unitAmount,
      subtotalAmount: unitAmount * line.quantity,
      discountAmount,
      totalAmount: total,
      taxAmount: taxOf(total, input.tax.rateBps, input.tax.pricesIncludeTax),
      steps,
    };
  });
  const goods = lines.reduce((sum, l) => sum + l.totalAmount, 0);
  const shippingNet = final.shipping ? final.shipping.amount - final.shippingDiscount : 0;
  const taxAmount = lines.reduce((sum, l) => sum + l.taxAmount, 0) + taxOf(shippingNet, input.tax.rateBps, input.tax.pricesIncludeTax);
  const applied = final.effects.map((e) => ({
    promotionId: e.promotion.id,
    code: e.promotion.code,
    name: e.promotion.name,
    discountClass: e.discountClass,
    amount: e.discountClass === 'SHIPPING' ? final.shippingDiscount : e.total,
  }));
  const codeSkip = code ? skipped.find((s) => s.code === code) : undefined;
  return {
    currency,
    lines,
    subtotalAmount: subtotal,
    discountAmount: subtotal - goods,
    // Free shipping covers whichever method the shopper picks.
    shippingOptions: final.effects.some((e) => e.discountClass === 'SHIPPING') ? final.options.map((o) => ({ ...o, amount: 0 })) : final.options,
    shipping: final.shipping
      ? { ...final.shipping, baseAmount: final.shipping.amount, amount: shippingNet, discountAmount: final.shippingDiscount }
      : null,
    taxAmount,
    totalAmount: goods + shippingNet + (input.tax.pricesIncludeTax ? 0 : taxAmount),
    applied,
    notApplied: skipped,
    code: code
      ? { code, applied: applied.some((a) => a.code === code), reason: codeSkip?.reason ?? (considered.some((p) => p.code === code) ? null : 'This code does not exist.') }
      : null,
    summary: explainChoice(applied, currency),
  };
}

function evaluateSet(input: PricingInput, states: readonly LineState[], set: readonly PromotionRule[]): Evaluation {
  const { effects, remaining } = applyPromotions(states, set);
  const goods = remaining.reduce((a, b) => a + b, 0);
  const options = input.shipping
    ? shippingOptions(input.shipping.methods, { country: input.shipping.country, weightGrams: input.shipping.weightGrams, goodsAmount: goods, currency: input.currency })
    : [];
  const code = input.shipping?.methodCode;
  const shipping = (code ? options.find((o) => o.code === code) : options[0]) ?? null;
  const freeShipping = effects.some((e) => e.discountClass === 'SHIPPING');
  const shippingDiscount = freeShipping && shipping ? shipping.amount : 0;
  return { effects, remaining, options, shipping, shippingDiscount, cost: goods + (shipping?.amount ?? 0) - shippingDiscount };
}

function skip(p: PromotionRule, reason: string): SkippedPromotion {
  return { promotionId: p.id, code: p.code, name: p.name, reason };
}

function notChosenReason(p: PromotionRule, chosen: readonly PromotionRule[], savesAlone: boolean): string {
  if (!savesAlone) return 'Gives no discount on this cart.';
  const blocker = chosen.find((c) => !combinable(c, p));
  if (blocker) return `Does not combine with ${blocker.name}, which saves you more.`;
  return 'A combination that saves you more was chosen.';
}
