import { parsePaymentsEnv } from './env.ts';
import { OfflinePaymentProvider } from './offline/offline-provider.ts';
import type { PaymentProvider } from './port.ts';
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
  const config = parsePaymentsEnv(env);
  if (!config.STRIPE_SECRET_KEY) {
    return new OfflinePaymentProvider({ autoConfirm: config.PAYMENTS_OFFLINE_AUTOCONFIRM === 'true' });
  }
  return new StripePaymentProvider({
    secretKey: config.STRIPE_SECRET_KEY,
    webhookSecret: config.STRIPE_WEBHOOK_SECRET,
    webhookToleranceSeconds: config.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
    host: config.STRIPE_API_HOST,
    port: config.STRIPE_API_PORT,
    protocol: config.STRIPE_API_PROTOCOL,
  });
}
