// When the order page offers Stripe's Payment Element: a Stripe payment still waiting for the
// shopper, its client secret, and a publishable key configured for the storefront.

export interface StripePaymentSetup {
  publishableKey: string;
  clientSecret: string;
}

interface OrderPaymentShape {
  status: string;
  payment: { provider: string; state: string; clientSecret: string | null } | null;
}

const WAITING_FOR_SHOPPER = new Set(['PENDING', 'REQUIRES_ACTION', 'FAILED']);

export function stripePaymentFor(order: OrderPaymentShape, publishableKey: string | undefined): StripePaymentSetup | null {
  const payment = order.payment;
  if (!publishableKey || !/^pk_(test|live)_\w+$/.test(publishableKey)) return null;
  if (order.status !== 'AWAITING_PAYMENT' || payment?.provider !== 'stripe' || !payment.clientSecret) return null;
  if (!WAITING_FOR_SHOPPER.has(payment.state)) return null;
  return { publishableKey, clientSecret: payment.clientSecret };
}
