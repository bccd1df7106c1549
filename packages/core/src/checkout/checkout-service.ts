// Checkout bound to one database, payment provider and clock: the quote of the shopper's cart
// for a destination and the place-order workflow. Created once per process.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { findActiveCartId } from '../carts/index.ts';
import { referringPartnerId } from '../partners/index.ts';
import type { Clock } from '../shared/index.ts';
import { placeOrder, type PlaceOrderInput } from './place-order.ts';
import { quoteCart } from './quote.ts';
import { withoutStaleCode } from './stale-code.ts';

export interface CheckoutServiceOptions {
  /** The provider orders are paid through (chosen by the composition root). */
  payments: PaymentProvider;
  /** Where quotes read the time (today's prices and promotions, the referral's window). */
  clock: Clock;
}

/** Where a quote goes: the destination country and, when chosen, the shipping method. */
export interface QuoteDestination {
  country: string;
  shippingMethodCode?: string | undefined;
}

/**
 * @example
 * const checkout = createCheckoutService(prisma, { payments, clock: systemClock });
 * await checkout.quote(customer.id, { country: 'DE' }, referralToken);
 */
export function createCheckoutService(prisma: PrismaClient, options: CheckoutServiceOptions) {
  const { payments, clock } = options;
  return {
    /** Shipping options, tax and totals of the customer's active cart; the referral token lets partner-only promotions apply. */
    quote: async (customerId: string, destination: QuoteDestination, referralToken?: string | null) => {
      const cartId = await findActiveCartId(prisma, { customerId });
      const hints = { referringPartnerId: await referringPartnerId(prisma, referralToken, clock.now()) };
      const quote = () => quoteCart(prisma, cartId, destination.country, destination.shippingMethodCode, undefined, clock.now(), hints);
      return withoutStaleCode(prisma, cartId, await quote(), quote);
    },
    /** Places the customer's cart as an order; the same idempotency key answers with the same order. */
    placeOrder: (input: PlaceOrderInput) => placeOrder(prisma, payments, input),
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
