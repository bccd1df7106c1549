import Stripe from 'stripe';
import type { PaymentProvider } from '../port.ts';
import type {
  CaptureInput,
  CreatePaymentInput,
  CreatedPayment,
  PaymentEvent,
  PaymentSnapshot,
  RefundInput,
  RefundResult,
  WebhookHeaders,
} from '../types.ts';
import { WebhookVerificationError } from '../errors.ts';
import { checkCaptureInput, checkCreateInput, checkRefundInput, requireText } from '../validate.ts';
import { toPaymentProviderError } from './stripe-errors.ts';
import { cardFingerprintOf, toPaymentEvent } from './stripe-events.ts';
import { toNextAction, toPaymentStatus, toRefundResult, toSnapshot } from './stripe-mapping.ts';
import { verifyStripeEvent } from './stripe-webhook.ts';

/** The Stripe API version Tandem is written against (the one `stripe@23.1.0` pins). */
export const STRIPE_API_VERSION = '2026-10-28.endive' satisfies Stripe.LatestApiVersion;

/** Options of the Stripe provider. */
export interface StripePaymentProviderOptions {
  /** `sk_live_…` / `sk_test_…` (`STRIPE_SECRET_KEY`). */
  secretKey: string;
  /** `whsec_…` of the webhook endpoint (`STRIPE_WEBHOOK_SECRET`); without it every webhook is refused. */
  webhookSecret?: string;
  /** Oldest signed timestamp accepted, in seconds. Default 300, as Stripe recommends. */
  webhookToleranceSeconds?: number;
  /** API host/port/protocol overrides, for stripe-mock (`STRIPE_API_HOST/PORT/PROTOCOL`). */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /** Automatic retries of failed network calls (same idempotency key). Default 2. */
  maxNetworkRetries?: number;
  /** Per-request timeout in milliseconds. Default 30 000. */
  timeoutMs?: number;
}

/**
 * Payments through Stripe PaymentIntents with automatic payment methods: `createPayment`
 * returns a `clientSecret` the storefront confirms with Stripe.js; the outcome arrives as a
 * signed webhook that `parseWebhook` verifies and maps. Every money-moving call carries the
 * caller's idempotency key. Stripe errors become `PaymentProviderError`s (rate limits,
 * connection and Stripe-side errors are `retryable`).
 *
 * @example
 * const payments = new StripePaymentProvider({
 *   secretKey: process.env.STRIPE_SECRET_KEY!, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
 * });
 * // against stripe-mock: { secretKey: 'sk_test_123', host: '127.0.0.1', port: 12111, protocol: 'http' }
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe';
  private readonly stripe: Stripe;
  private readonly webhookSecret: string | undefined;
  private readonly toleranceSeconds: number;

  constructor(options: StripePaymentProviderOptions) {
    requireText(this.name, options.secretKey, 'secretKey');
    this.webhookSecret = options.webhookSecret || undefined;
    this.toleranceSeconds = options.webhookToleranceSeconds ?? 300;
    if (!Number.isInteger(this.toleranceSeconds) || this.toleranceSeconds <= 0) {
      // Stripe treats 0 as "do not check the age", which would accept replayed webhooks.
      throw new RangeError(`webhookToleranceSeconds must be a positive integer, got ${this.toleranceSeconds}`);
    }
    this.stripe = new Stripe(options.secretKey, {
      apiVersion: STRIPE_API_VERSION,
      maxNetworkRetries: options.maxNetworkRetries ?? 2,
      timeout: options.timeoutMs ?? 30_000,
      telemetry: false,
      appInfo: { name: 'Tandem' },
      ...(options.host !== undefined && { host: options.host }),
      ...(options.port !== undefined && { port: options.port }),
      ...(options.protocol !== undefined && { protocol: options.protocol }),
    });
  }

  async createPayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    return this.startIntent('create payment', input, 'automatic');
  }

  async authorizePayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    return this.startIntent('authorize payment', input, 'manual');
  }

  async capturePayment(input: CaptureInput): Promise<PaymentSnapshot> {
    const { providerRef, amount, idempotencyKey } = checkCaptureInput(this.name, input);
    const intent = await this.call('capture payment', () =>
      this.stripe.paymentIntents.capture(providerRef, { amount_to_capture: amount, expand: ['latest_charge'] }, { idempotencyKey }),
    );
    return toSnapshot(intent);
  }

  private async startIntent(operation: string, input: CreatePaymentInput, captureMethod: 'automatic' | 'manual'): Promise<CreatedPayment> {
    const checked = checkCreateInput(this.name, input);
    const metadata: Record<string, string> = { ...checked.metadata, orderId: checked.orderId };
    if (checked.customerEmail) metadata.customerEmail = checked.customerEmail;
    const intent = await this.call(operation, () =>
      this.stripe.paymentIntents.create(
        {
          amount: checked.amount,
          currency: checked.currency.toLowerCase(),
          automatic_payment_methods: { enabled: true },
          ...(captureMethod === 'manual' && { capture_method: 'manual' as const }),
          metadata,
        },
        { idempotencyKey: checked.idempotencyKey },
      ),
    );
    const status = toPaymentStatus(intent.status);
    return {
      providerRef: intent.id,
      status,
      amount: intent.amount,
      currency: intent.currency.toUpperCase(),
      clientSecret: intent.client_secret ?? null,
      nextAction: toNextAction(status),
    };
  }

  async getPayment(providerRef: string): Promise<PaymentSnapshot> {
    requireText(this.name, providerRef, 'providerRef');
    const intent = await this.call('get payment', () =>
      this.stripe.paymentIntents.retrieve(providerRef, { expand: ['latest_charge'] }),
    );
    return toSnapshot(intent);
  }

  async cancelPayment(providerRef: string, idempotencyKey: string): Promise<PaymentSnapshot> {
    requireText(this.name, providerRef, 'providerRef');
    requireText(this.name, idempotencyKey, 'idempotencyKey');
    const intent = await this.call('cancel payment', () =>
      this.stripe.paymentIntents.cancel(providerRef, { expand: ['latest_charge'] }, { idempotencyKey }),
    );
    return toSnapshot(intent);
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    const { providerRef, amount, idempotencyKey, reason } = checkRefundInput(this.name, input);
    const refund = await this.call('refund', () =>
      this.stripe.refunds.create(
        { payment_intent: providerRef, amount, ...(reason && { reason }) },
        { idempotencyKey },
      ),
    );
    return toRefundResult(refund);
  }

  async parseWebhook(rawBody: string | Buffer, headers: WebhookHeaders): Promise<PaymentEvent> {
    if (!this.webhookSecret) {
      throw new WebhookVerificationError('not_configured', 'Stripe webhook refused: STRIPE_WEBHOOK_SECRET is not set');
    }
    const event = toPaymentEvent(verifyStripeEvent(this.stripe, rawBody, headers, this.webhookSecret, this.toleranceSeconds));
    if (event.type !== 'payment.succeeded' || event.paymentFingerprint) return event;
    return { ...event, paymentFingerprint: await this.cardFingerprint(event.providerRef) };
  }

  /**
   * Webhooks carry the charge as an id only; the card fingerprint needs the expanded charge. It
   * only serves fraud checks, so a failed look-up gives null rather than failing the webhook.
   */
  private async cardFingerprint(providerRef: string): Promise<string | null> {
    try {
      return cardFingerprintOf(await this.stripe.paymentIntents.retrieve(providerRef, { expand: ['latest_charge'] }));
    } catch {
      return null;
    }
  }

  private async call<T>(operation: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toPaymentProviderError(operation, error);
    }
  }
}
