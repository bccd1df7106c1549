// Checkout bound to one database, payment provider and clock: the quote of the shopper's cart
// for a destination and the place-order workflow. Created once per process.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProviders } from '@tandem/payments';
import { findActiveCartId, type CartOwner } from '../carts/index.ts';
import { referringPartnerId } from '../partners/index.ts';
import type { Clock } from '../shared/index.ts';
import { NO_RULES_CACHE, type PricingRulesCache } from '../pricing/index.ts';
import type { RequestInfo } from '../accounts/index.ts';
import { orderForGuestToken } from '../orders/index.ts';
import { claimGuestOrder, createAccountForGuestOrder, type SignUp } from './guest-account.ts';
import { placeGuestOrder, type GuestOrderInput } from './place-guest-order.ts';
import { placeOrder, type PlaceOrderInput } from './place-order.ts';
import { quoteCart } from './quote.ts';
import { offeredMethods, paymentSettings } from './payment-methods.ts';
import { withoutStaleCode } from './stale-code.ts';

export interface CheckoutServiceOptions {
  /** The providers orders are paid through, one per kind of method (chosen by the composition root). */
  providers: PaymentProviders;
  /** Where quotes read the time (today's prices and promotions, the referral's window). */
  clock: Clock;
  /** Accounts' sign-up, for the account a guest creates to adopt their order. */
  signUp: SignUp;
  /**
   * The process's promotions and price lists per catalog version (pricing's cache), for placing
   * orders: used only when the order's transaction reads the same version, else read live.
   */
  rules?: PricingRulesCache | undefined;
}

/** Where a quote goes: the destination country and, when chosen, the shipping method. */
export interface QuoteDestination {
  country: string;
  shippingMethodCode?: string | undefined;
  /** A guest's e-mail, when given: the order will count orders placed with it (first-order promotions), so the quote does too. */
  email?: string | undefined;
}

/**
 * @example
 * const checkout = createCheckoutService(prisma, { providers, clock: systemClock, signUp: accounts.signUp });
 * await checkout.quote({ customerId: customer.id }, { country: 'DE' }, referralToken);
 */
export function createCheckoutService(prisma: PrismaClient, options: CheckoutServiceOptions) {
  const { providers, clock, signUp } = options;
  const rules = options.rules ?? NO_RULES_CACHE;
  return {
    /** Shipping options, tax and totals of the shopper's active cart (a customer's, or a guest's by cart token); the referral token lets partner-only promotions apply. */
    quote: async (owner: CartOwner, destination: QuoteDestination, referralToken?: string | null) => {
      const cartId = await findActiveCartId(prisma, owner);
      // A customer's own e-mail is read by pricing from their account; only a guest's is given here.
      const email = owner.customerId ? null : (destination.email ?? null);
      const hints = { referringPartnerId: await referringPartnerId(prisma, referralToken, clock.now()), email };
      const quote = () => quoteCart(prisma, cartId, destination.country, destination.shippingMethodCode, undefined, clock.now(), hints);
      return withoutStaleCode(prisma, cartId, await quote(), quote);
    },
    /** Places the customer's cart as an order; the same idempotency key answers with the same order. */
    placeOrder: async (input: PlaceOrderInput) => placeOrder(prisma, providers, input, clock.now(), await rules.versioned()),
    /** The payment methods checkout offers now for the shipping method, the first being the default. */
    paymentMethods: async (shippingMethodCode?: string) => offeredMethods(await paymentSettings(prisma), providers, shippingMethodCode),
    /** Places a guest's cart (their cart token) as an order, rate limited; answers with a link token to its page. */
    placeGuestOrder: async (input: GuestOrderInput) => placeGuestOrder(prisma, providers, input, clock.now(), await rules.versioned()),
    /** The order a guest link opens; an unknown, altered or expired token is NOT_FOUND. */
    guestOrder: (token: string) => orderForGuestToken(prisma, token, clock.now()),
    /** A new account with the guest order's e-mail that adopts the order. */
    createAccountForGuestOrder: (input: { token: string; password: string }, request: RequestInfo) =>
      createAccountForGuestOrder(prisma, signUp, input, request, clock.now()),
    /** Adds a guest order to the signed-in customer's account (same e-mail, holding the link). */
    claimGuestOrder: (customer: { id: string; email: string }, token: string) => claimGuestOrder(prisma, customer, token, clock.now()),
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
