// The shopper's side of pricing, bound to one database and clock: the cart's prices and its
// discount code, and today's display prices of products. What pricing cannot know itself (the
// referring partner, the shopper's segments) comes through the `hintsFor` port, which the
// composition root fills from the contexts that own it (partners, personalization).
import type { PrismaClient } from '@tandem/db';
import type { CartOwner } from '../carts/index.ts';
import type { Clock } from '../shared/index.ts';
import { applyCartCode, cartPricing, removeCartCode } from './cart-pricing.ts';
import { productDisplayPrices } from './display-prices.ts';
import type { CustomerHints } from './load-customer-context.ts';
import { NO_RULES_CACHE, type PricingRulesCache } from './rules-cache.ts';

/** What other contexts know about a shopper, looked up from their referral token (the affiliate cookie). */
export type CustomerHintsSource = (referralToken: string | null | undefined) => Promise<CustomerHints>;

export interface CartPricingServiceOptions {
  /** Where prices, sales and promotions read the time. */
  clock: Clock;
  /** The referring partner and the shopper's segments, for partner-only and targeted promotions. */
  hintsFor: CustomerHintsSource;
  /**
   * Promotions and price lists cached per catalog version (`createPricingRulesCache`); absent,
   * every quote reads them. Only a host that follows the version (LISTEN on the catalog channel,
   * as apps/api does) may give it.
   */
  rules?: PricingRulesCache | undefined;
}

/**
 * @example
 * const pricing = createCartPricingService(prisma, { clock: systemClock, hintsFor: async () => ({}) });
 * await pricing.applyCode({ customerId, cartToken: null }, 'SPRING10', { ip, referralToken: null });
 */
export function createCartPricingService(prisma: PrismaClient, options: CartPricingServiceOptions) {
  const { clock, hintsFor } = options;
  const rules = options.rules ?? NO_RULES_CACHE;
  return {
    /** Line prices after price lists, tiers and promotions, with the explanation and the code's fate. */
    cartPricing: async (owner: CartOwner, referralToken?: string | null) => cartPricing(prisma, owner, clock.now(), await hintsFor(referralToken), await rules.current()),
    /** Keeps a code on the cart; unknown codes are refused and rate-limited per cart and address. */
    applyCode: async (owner: CartOwner, code: string, attempt: { ip: string; referralToken?: string | null }) =>
      applyCartCode(prisma, owner, code, { ip: attempt.ip, hints: await hintsFor(attempt.referralToken), activeRules: await rules.current() }),
    removeCode: async (owner: CartOwner, referralToken?: string | null) => removeCartCode(prisma, owner, clock.now(), await hintsFor(referralToken), await rules.current()),
    /** Today's unit prices for this shopper (price list, sale) and volume tiers, for listings and product pages. */
    productPrices: async (productIds: readonly string[], customerId: string | null) => productDisplayPrices(prisma, productIds, customerId, clock.now(), await rules.current()),
  };
}

export type CartPricingService = ReturnType<typeof createCartPricingService>;
