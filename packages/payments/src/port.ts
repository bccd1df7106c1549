import type {
  CaptureInput,
  CreatePaymentInput,
  CreatedPayment,
  PaymentEvent,
  PaymentSnapshot,
  RefundInput,
  RefundResult,
  WebhookHeaders,
} from './types.ts';

/**
 * Takes shoppers' money and gives it back, whatever the provider. Tandem ships two adapters:
 * `OfflinePaymentProvider` (the embedded default: no keys, an admin marks orders paid, or
 * demo mode pays at once) and `StripePaymentProvider` (PaymentIntents + signed webhooks).
 *
 * Configure it once at start-up, in the composition root, with `createPaymentProvider(process.env)`
 * from `@tandem/payments/from-env`: Stripe when `STRIPE_SECRET_KEY` is set, offline otherwise.
 * Core code depends on this interface only (the package's root entry holds nothing else).
 *
 * Every call that moves money takes an idempotency key: retrying with the same key never
 * pays or refunds twice. Failures are `PaymentProviderError` (with `retryable`); webhook
 * requests that cannot be trusted are `WebhookVerificationError`.
 *
 * The provider does not persist anything for Tandem: the orders context stores `providerRef`,
 * statuses and amounts, and updates them from results and `PaymentEvent`s (de-duplicated by
 * `event.id`, ordered by `event.occurredAt`).
 *
 * @example
 * const payments = createPaymentProvider(process.env);
 * const payment = await payments.createPayment({
 *   orderId: order.id, amount: 4990, currency: 'EUR', idempotencyKey: `order:${order.id}:pay`,
 * });
 * if (payment.nextAction === 'confirm_in_browser') return { clientSecret: payment.clientSecret };
 * // later, in the webhook route:
 * const event = await payments.parseWebhook(rawBody, request.headers);
 * if (event.type === 'payment.succeeded') await markOrderPaid(event);
 */
export interface PaymentProvider {
  /** Short adapter name for logs and `PaymentEvent.provider`: `offline`, `stripe`. */
  readonly name: string;

  /** Starts a payment for an order. Same `idempotencyKey` → the same payment. */
  createPayment(input: CreatePaymentInput): Promise<CreatedPayment>;

  /** The payment's current status, amount and refunded amount. */
  getPayment(providerRef: string): Promise<PaymentSnapshot>;

  /**
   * Cancels a payment no money has moved for yet — also an `authorized` one, which releases the
   * hold on the shopper's money; a paid payment must be refunded instead.
   */
  cancelPayment(providerRef: string, idempotencyKey: string): Promise<PaymentSnapshot>;

  /**
   * Starts a manual-capture payment: once the shopper approves it, the money is held
   * (`authorized`) and nothing is taken until `capturePayment`. Used where the final price is
   * only known later (group buys). Same `idempotencyKey` → the same payment.
   * Stripe: a PaymentIntent with `capture_method: manual` (the shopper confirms in the browser);
   * offline: held at once.
   */
  authorizePayment(input: CreatePaymentInput): Promise<CreatedPayment>;

  /**
   * Takes `amount` (at most the authorised amount) of an `authorized` payment and releases the
   * rest; the payment is then `succeeded` for that amount. Same key → one capture.
   * @throws PaymentProviderError `invalid_state` when the payment is not authorised,
   *   `invalid_request` when the amount exceeds the authorisation.
   */
  capturePayment(input: CaptureInput): Promise<PaymentSnapshot>;

  /** Gives back part or all of a succeeded payment, never more than is left of it. */
  refund(input: RefundInput): Promise<RefundResult>;

  /**
   * Verifies a webhook request and maps it to a provider-neutral event. Pass the raw body,
   * byte for byte as received (not re-serialized JSON), and the request headers.
   * @throws WebhookVerificationError when the request is unsigned, tampered, stale or malformed.
   */
  parseWebhook(rawBody: string | Buffer, headers: WebhookHeaders): Promise<PaymentEvent>;
}

/**
 * Providers where a person confirms payments by hand (the offline provider). `markPaid`
 * returns the same kind of `PaymentEvent` a verified webhook produces, so the orders code
 * handles "admin marked paid" and "Stripe says paid" through one path. Calling it twice
 * returns the same event (same `id`), so de-duplication holds.
 */
export interface ManualSettlement {
  markPaid(providerRef: string): Promise<PaymentEvent>;
}

/** Whether an admin can mark this provider's payments paid (see `ManualSettlement`). */
export function supportsManualSettlement(provider: PaymentProvider): provider is PaymentProvider & ManualSettlement {
  return typeof (provider as Partial<ManualSettlement>).markPaid === 'function';
}

/**
 * The providers a shop's payment methods are paid through, chosen once by the composition root
 * (`createPaymentProviders` in `@tandem/payments/from-env`). Checkout picks one per order by the
 * method the shopper chose.
 */
export interface PaymentProviders {
  /** Methods settled by hand (bank transfer, pay on pickup): staff mark the order paid; null offers neither. */
  manual: (PaymentProvider & ManualSettlement) | null;
  /** Card and local methods (Stripe's Payment Element); null when no Stripe keys are configured. */
  online: PaymentProvider | null;
}

/**
 * The providers of a store that was handed one provider: a manual one settles bank transfers and
 * pickups, any other pays cards and nothing else.
 */
export function providersOf(provider: PaymentProvider): PaymentProviders {
  return supportsManualSettlement(provider) ? { manual: provider, online: null } : { manual: null, online: provider };
}
