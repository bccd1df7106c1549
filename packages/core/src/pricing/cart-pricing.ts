// The cart page's prices: every line through the engine (price list, tier, promotions), the
// code kept on the cart and why it does or does not apply. Shipping and tax come at checkout.
import type { PrismaClient } from '@tandem/db';
import { findActiveCart, findActiveCartId, readCartForPricing, setCartPromotionCode, type CartOwner } from '../carts/index.ts';
import { DomainError } from '../shared/index.ts';
import { reserveCodeAttempt } from './code-attempts.ts';
import type { ActiveRuleSet } from './active-rule-set.ts';
import type { CustomerHints } from './load-customer-context.ts';
import { priceStoredCart } from './price-stored-cart.ts';
import type { PricedCart, PriceStep } from './types.ts';

/** The currency of a shopper who has no cart yet; carts default to it too. */
const DEFAULT_CURRENCY = 'EUR';

export interface CartPricingLine {
  lineId: string;
  unitAmount: number;
  subtotalAmount: number;
  discountAmount: number;
  totalAmount: number;
  steps: PriceStep[];
}

export interface CartPricingView extends Pick<PricedCart, 'currency' | 'applied' | 'notApplied' | 'code' | 'summary' | 'subtotalAmount' | 'discountAmount'> {
  lines: CartPricingLine[];
  /** Goods after promotions. */
  goodsAmount: number;
}

export async function cartPricing(prisma: PrismaClient, owner: CartOwner, now = new Date(), hints?: CustomerHints, activeRules?: ActiveRuleSet): Promise<CartPricingView> {
  const row = await findActiveCart(prisma, owner);
  const cartId = row?.id ?? null;
  const currency = row?.currency ?? DEFAULT_CURRENCY;
  const { cart } = await readCartForPricing(prisma, cartId, currency);
  const priced = await priceStoredCart(prisma, {
    cartId,
    cart: row ?? undefined,
    lines: cart.lines.map((l) => ({ key: l.id, variantId: l.variantId, quantity: l.quantity, baseUnitAmount: l.unitPrice.amount })),
    currency,
    now,
    // Tax is worked out at checkout, once the destination is known.
    tax: { rateBps: 0, pricesIncludeTax: true },
    hints,
    activeRules,
  });
  const { applied, notApplied, code, summary, subtotalAmount, discountAmount } = priced;
  return {
    currency,
    lines: priced.lines.map((l) => ({ lineId: l.key, unitAmount: l.unitAmount, subtotalAmount: l.subtotalAmount, discountAmount: l.discountAmount, totalAmount: l.totalAmount, steps: l.steps })),
    applied,
    notApplied,
    code,
    summary,
    subtotalAmount,
    discountAmount,
    goodsAmount: subtotalAmount - discountAmount,
  };
}

/** Where a code attempt comes from, for its rate limit. */
export interface CodeAttempt {
  /** The client's address; unknown codes are limited per cart and per address. */
  ip?: string | null;
  now?: Date;
  /** What other contexts know about the shopper (the referring partner). */
  hints?: CustomerHints;
  /** The process's cached promotions and price lists, for the pricing that follows. */
  activeRules?: ActiveRuleSet | undefined;
}

/**
 * Keeps a discount code on the shopper's cart. An unknown code is refused (and counted: too
 * many unknown codes per cart or address are refused with `rate_limited` for a while); a known
 * one is kept even when it does not apply yet (the cart may still grow), and the pricing says why.
 */
export async function applyCartCode(prisma: PrismaClient, owner: CartOwner, rawCode: string, attempt: CodeAttempt = {}): Promise<CartPricingView> {
  const now = attempt.now ?? new Date();
  const ip = attempt.ip ?? null;
  const code = rawCode.trim().toUpperCase();
  const cartId = await findActiveCartId(prisma, owner);
  if (!cartId) throw new DomainError('invalid_input', 'Add something to your cart before entering a code.');
  const attemptPass = await reserveCodeAttempt(prisma, cartId, ip, now);
  const promotion = await prisma.promotion.findFirst({ where: { code, active: true }, select: { id: true } });
  if (!promotion) throw new DomainError('invalid_input', `The code ${code} does not exist.`);
  await attemptPass.codeExists();
  await setCartPromotionCode(prisma, cartId, code);
  return cartPricing(prisma, owner, now, attempt.hints, attempt.activeRules);
}

export async function removeCartCode(prisma: PrismaClient, owner: CartOwner, now = new Date(), hints?: CustomerHints, activeRules?: ActiveRuleSet): Promise<CartPricingView> {
  const cartId = await findActiveCartId(prisma, owner);
  if (cartId) await setCartPromotionCode(prisma, cartId, null);
  return cartPricing(prisma, owner, now, hints, activeRules);
}
