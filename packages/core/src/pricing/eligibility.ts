// Whether a promotion applies to a cart and customer, and if not, the reason in words a shopper
// understands. Checks run cheapest and most telling first.
import { formatMoney } from '../shared/index.ts';
import { isInWindow } from './validity.ts';
import type { CustomerContext, DiscountClass, PromotionRule } from './types.ts';

/** A line after its unit price is known; what promotions work on. */
export interface LineState {
  key: string;
  productId: string;
  variantId: string;
  categoryIds: readonly string[];
  quantity: number;
  unitAmount: number;
}

export function discountClassOf(p: PromotionRule): DiscountClass {
  if (p.kind === 'FREE_SHIPPING') return 'SHIPPING';
  if (p.kind === 'BUY_X_GET_Y' || p.kind === 'GIFT_WITH_PURCHASE' || p.kind === 'BUNDLE') return 'PRODUCT';
  return isTargeted(p) ? 'PRODUCT' : 'ORDER';
}

function isTargeted(p: PromotionRule): boolean {
  return p.productIds.length + p.variantIds.length + p.categoryIds.length > 0;
}

/** The lines a promotion works on: its targets, or every line when it targets nothing. */
export function targetLines<L extends LineState>(p: PromotionRule, lines: readonly L[]): L[] {
  if (p.kind === 'GIFT_WITH_PURCHASE') return lines.filter((l) => l.variantId !== p.giftVariantId);
  if (p.kind === 'BUNDLE' && p.bundleVariantIds.length > 0) return lines.filter((l) => p.bundleVariantIds.includes(l.variantId));
  if (!isTargeted(p)) return [...lines];
  return lines.filter(
    (l) => p.variantIds.includes(l.variantId) || p.productIds.includes(l.productId) || l.categoryIds.some((c) => p.categoryIds.includes(c)),
  );
}

export interface EligibilityContext {
  customer: CustomerContext;
  currency: string;
  now: Date;
}

/** Null when the promotion applies; otherwise why not. */
export function whyNotApplicable(p: PromotionRule, lines: readonly LineState[], ctx: EligibilityContext): string | null {
  if (p.startsAt && ctx.now < p.startsAt) return 'Not valid yet.';
  if (!isInWindow(p, ctx.now)) return 'Expired.';
  if (p.kind === 'FIXED_AMOUNT' && p.currency !== ctx.currency) return `Only valid in ${p.currency}.`;
  if (p.usageLimit !== null && p.usedCount >= p.usageLimit) return 'Fully used: no redemptions left.';
  // An anonymous shopper sees the discount; the limit is enforced once they sign in to check out.
  if (p.perCustomerLimit !== null && (ctx.customer.redemptions[p.id] ?? 0) >= p.perCustomerLimit) return 'Already used.';
  if (!isForCustomer(p, ctx.customer)) return 'Not valid for your account.';
  if (p.firstOrderOnly && !ctx.customer.isFirstOrder) return 'Only valid on a first order.';
  const targets = targetLines(p, lines);
  if (targets.length === 0) return 'Does not apply to anything in your cart.';
  const spend = targets.reduce((sum, l) => sum + l.unitAmount * l.quantity, 0);
  if (p.minSubtotalAmount !== null && spend < p.minSubtotalAmount) {
    return `Minimum spend ${formatMoney(p.minSubtotalAmount, ctx.currency)} not reached.`;
  }
  const units = targets.reduce((sum, l) => sum + l.quantity, 0);
  if (p.minQuantity !== null && units < p.minQuantity) return `Add at least ${p.minQuantity} eligible items.`;
  if (p.kind === 'BUY_X_GET_Y' && units < (p.buyQuantity ?? 1) + (p.getQuantity ?? 1)) {
    return `Buy ${p.buyQuantity ?? 1} and add ${p.getQuantity ?? 1} more eligible item(s) to get them at the promotion price.`;
  }
  if (p.kind === 'BUNDLE') {
    const missing = bundleShortfall(p, targets);
    if (missing) return missing;
  }
  if (p.kind === 'GIFT_WITH_PURCHASE' && !lines.some((l) => l.variantId === p.giftVariantId)) {
    return 'Add the gift to your cart to receive it free.';
  }
  return null;
}

function bundleShortfall(p: PromotionRule, targets: readonly LineState[]): string | null {
  if (p.bundleVariantIds.length > 0) {
    const missing = p.bundleVariantIds.filter((v) => !targets.some((l) => l.variantId === v)).length;
    return missing ? `Add the ${missing} missing item(s) of the bundle to get the bundle price.` : null;
  }
  const pick = p.bundlePickQuantity ?? 2;
  const units = targets.reduce((sum, l) => sum + l.quantity, 0);
  return units < pick ? `Pick ${pick} items from the collection to get the bundle price.` : null;
}

function isForCustomer(p: PromotionRule, c: CustomerContext): boolean {
  if (p.customerGroups.length > 0 && !p.customerGroups.includes(c.group)) return false;
  if (p.segmentKeys.length > 0 && !p.segmentKeys.some((s) => c.segmentKeys.includes(s))) return false;
  if (p.partnerIds.length > 0 && (c.referringPartnerId === null || !p.partnerIds.includes(c.referringPartnerId))) return false;
  return true;
}
