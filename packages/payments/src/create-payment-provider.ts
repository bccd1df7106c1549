import { parsePaymentsEnv, type PaymentsEnv } from './env.ts';
import { OfflinePaymentProvider } from './offline/offline-provider.ts';
import type { ManualSettlement, PaymentProvider, PaymentProviders } from './port.ts';
import { StripePaymentProvider } from './stripe/stripe-provider.ts';

/**
 * Picks the payment provider from the environment, once, at start-up:
 * - `STRIPE_SECRET_KEY` set → Stripe (`STRIPE_WEBHOOK_SECRET` required; optional
 *   `STRIPE_WEBHOOK_TOLERANCE_SECONDS`, and `STRIPE_API_HOST/PORT/PROTOCOL` for stripe-mock);
 * - otherwise → offline (`PAYMENTS_OFFLINE_AUTOCONFIRM=true` pays at once, for demos).
 * Throws a readable error when the variables are invalid.
 *
 * @example
 * const payments = createPaymentProvider(process.env);
 * if (supportsManualSettlement(payments)) { ... show "mark paid" in the admin ... }
 */
export function createPaymentProvider(env: Record<string, string | undefined> = process.env): PaymentProvider {
  const providers = createPaymentProviders(env);
  return providers.online ?? providers.manual;
}

/**
 * Every provider the shop's payment methods are paid through, from the environment, once, at
 * start-up: the offline adapter for methods settled by hand (bank transfer, pay on pickup;
 * `PAYMENTS_OFFLINE_AUTOCONFIRM=true` pays at once, for demos) and Stripe for card and local
 * methods when `STRIPE_SECRET_KEY` is set (null otherwise). `primary` is the provider refunds,
 * webhooks and group buys use: Stripe when configured, the offline adapter otherwise.
 *
 * @example
 * const providers = createPaymentProviders(process.env);
 * if (providers.online) { ... offer card payments ... }
 */
export function createPaymentProviders(env: Record<string, string | undefined> = process.env): PaymentProviders & { manual: PaymentProvider & ManualSettlement; primary: PaymentProvider } {
  const config = parsePaymentsEnv(env);
  const manual: PaymentProvider & ManualSettlement = new OfflinePaymentProvider({ autoConfirm: config.PAYMENTS_OFFLINE_AUTOCONFIRM === 'true' });
  const online = config.STRIPE_SECRET_KEY ? stripeFrom(config, config.STRIPE_SECRET_KEY) : null;
  return { manual, online, primary: online ?? manual };
}

function stripeFrom(config: PaymentsEnv, secretKey: string): PaymentProvider {
  return new StripePaymentProvider({
    secretKey,
    webhookSecret: config.STRIPE_WEBHOOK_SECRET,
    webhookToleranceSeconds: config.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
    host: config.STRIPE_API_HOST,
    port: config.STRIPE_API_PORT,
    protocol: config.STRIPE_API_PROTOCOL,
  });
}
