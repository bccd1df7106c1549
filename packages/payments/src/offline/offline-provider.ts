import { WebhookVerificationError } from '../errors.ts';
import type { ManualSettlement, PaymentProvider } from '../port.ts';
import type { CaptureInput, CreatePaymentInput, CreatedPayment, PaymentEvent, PaymentSnapshot, RefundInput, RefundResult } from '../types.ts';
import { checkCaptureInput, checkCreateInput, checkRefundInput, requireText } from '../validate.ts';
import { KeyedLock } from './keyed-lock.ts';
import { OFFLINE, offlineError, offlineId, paidEvent, toCreated, toSnapshot } from './offline-records.ts';
import { MemoryOfflinePaymentStore, type OfflinePayment, type OfflinePaymentStore } from './offline-store.ts';

/** Options of the offline provider; all optional. */
export interface OfflinePaymentProviderOptions {
  /** Demo mode: payments succeed the moment they are created. Default false (an admin marks them paid). */
  autoConfirm?: boolean;
  /** Where payments are kept; in memory by default. */
  store?: OfflinePaymentStore;
  /** Clock for event times; tests pin it. */
  now?: () => Date;
}

/**
 * The embedded default payment provider: no keys, no network. A payment starts `pending`
 * with `nextAction: 'await_admin'` and an admin settles it with `markPaid`, which returns a
 * `payment.succeeded` event exactly like a verified Stripe webhook. With `autoConfirm: true`
 * (demo shops) payments succeed at once. Refunds and cancellation behave like Stripe's:
 * never more than captured, a paid payment is refunded, not canceled.
 * Manual capture (`authorizePayment`): the offline provider has no card to hold, so an
 * authorisation is a record that is `authorized` at once; `capturePayment` settles it for the
 * captured amount, `cancelPayment` releases it.
 *
 * @example
 * const payments = new OfflinePaymentProvider({ autoConfirm: process.env.PAYMENTS_OFFLINE_AUTOCONFIRM === 'true' });
 * const { providerRef } = await payments.createPayment({ orderId, amount: 1200, currency: 'EUR', idempotencyKey });
 * const event = await payments.markPaid(providerRef); // from the admin's "mark paid" action
 */
export class OfflinePaymentProvider implements PaymentProvider, ManualSettlement {
  readonly name = OFFLINE;
  private readonly autoConfirm: boolean;
  private readonly store: OfflinePaymentStore;
  private readonly now: () => Date;
  private readonly lock = new KeyedLock();

  constructor(options: OfflinePaymentProviderOptions = {}) {
    this.autoConfirm = options.autoConfirm ?? false;
    this.store = options.store ?? new MemoryOfflinePaymentStore();
    this.now = options.now ?? (() => new Date());
  }

  async createPayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    return this.start(input, 'automatic');
  }

  async authorizePayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    return this.start(input, 'manual');
  }

  async capturePayment(input: CaptureInput): Promise<PaymentSnapshot> {
    const { providerRef, amount, idempotencyKey } = checkCaptureInput(OFFLINE, input);
    return this.lock.run(`pay:${providerRef}`, async () => {
      const payment = await this.load(providerRef);
      if (payment.captureKey !== undefined && payment.captureKey !== null) {
        if (payment.captureKey === idempotencyKey && payment.amount === amount) return toSnapshot(payment);
        throw offlineError(payment.captureKey === idempotencyKey ? 'idempotency_conflict' : 'invalid_state', `payment ${providerRef} was already captured (${payment.amount} ${payment.currency})`);
      }
      if (payment.status !== 'authorized') {
        throw offlineError('invalid_state', `payment ${providerRef} is ${payment.status}; only an authorized payment can be captured`);
      }
      const authorized = payment.authorizedAmount ?? payment.amount;
      if (amount > authorized) {
        throw offlineError('invalid_request', `capture of ${amount} exceeds the ${authorized} ${payment.currency} authorized on payment ${providerRef}`);
      }
      payment.amount = amount;
      payment.captureKey = idempotencyKey;
      payment.status = 'succeeded';
      await this.store.save(payment);
      return toSnapshot(payment);
    });
  }

  private async start(input: CreatePaymentInput, captureMethod: 'automatic' | 'manual'): Promise<CreatedPayment> {
    const checked = checkCreateInput(OFFLINE, input);
    return this.lock.run(`create:${checked.idempotencyKey}`, async () => {
      const existing = await this.store.findByIdempotencyKey(checked.idempotencyKey);
      if (existing) {
        const sameAmount = (existing.authorizedAmount ?? existing.amount) === checked.amount;
        if (!sameAmount || existing.currency !== checked.currency || existing.orderId !== checked.orderId || (existing.captureMethod ?? 'automatic') !== captureMethod) {
          throw offlineError('idempotency_conflict', `idempotency key "${checked.idempotencyKey}" was already used for a different payment (${existing.providerRef})`);
        }
        return toCreated(existing);
      }
      const payment: OfflinePayment = {
        providerRef: offlineId('off_pay'),
        idempotencyKey: checked.idempotencyKey,
        orderId: checked.orderId,
        amount: checked.amount,
        currency: checked.currency,
        status: captureMethod === 'manual' ? 'authorized' : this.autoConfirm ? 'succeeded' : 'pending',
        captureMethod,
        authorizedAmount: checked.amount,
        captureKey: null,
        amountRefunded: 0,
        refunds: [],
        customerEmail: checked.customerEmail ?? null,
        metadata: { ...checked.metadata },
        paidEvent: null,
        createdAt: this.now(),
      };
      await this.store.save(payment);
      return toCreated(payment);
    });
  }

  async getPayment(providerRef: string): Promise<PaymentSnapshot> {
    return toSnapshot(await this.load(providerRef));
  }

  async cancelPayment(providerRef: string, idempotencyKey: string): Promise<PaymentSnapshot> {
    requireText(OFFLINE, idempotencyKey, 'idempotencyKey');
    return this.lock.run(`pay:${providerRef}`, async () => {
      const payment = await this.load(providerRef);
      if (payment.status === 'canceled') return toSnapshot(payment);
      if (payment.status === 'succeeded') {
        throw offlineError('invalid_state', `payment ${providerRef} is already paid (or captured); refund it instead of canceling`);
      }
      payment.status = 'canceled';
      await this.store.save(payment);
      return toSnapshot(payment);
    });
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    const { providerRef, amount, idempotencyKey, reason } = checkRefundInput(OFFLINE, input);
    return this.lock.run(`pay:${providerRef}`, async () => {
      const payment = await this.load(providerRef);
      const previous = payment.refunds.find((refund) => refund.idempotencyKey === idempotencyKey);
      if (previous) {
        if (previous.amount !== amount) {
          throw offlineError('idempotency_conflict', `idempotency key "${idempotencyKey}" was already used for a refund of ${previous.amount}`);
        }
        return { refundRef: previous.refundRef, status: previous.status, amount: previous.amount };
      }
      if (payment.status !== 'succeeded') {
        throw offlineError('invalid_state', `payment ${providerRef} is ${payment.status}; only a succeeded payment can be refunded`);
      }
      const left = payment.amount - payment.amountRefunded;
      if (amount > left) {
        throw offlineError('refund_exceeds_captured', `refund of ${amount} exceeds the ${left} ${payment.currency} left to refund on payment ${providerRef}`);
      }
      const refund = { refundRef: offlineId('off_re'), status: 'succeeded' as const, amount };
      payment.refunds.push({ ...refund, idempotencyKey, reason: reason ?? null });
      payment.amountRefunded += amount;
      await this.store.save(payment);
      return refund;
    });
  }

  /** The admin's "mark paid": settles a pending payment and returns its `payment.succeeded` event. */
  async markPaid(providerRef: string): Promise<PaymentEvent> {
    return this.lock.run(`pay:${providerRef}`, async () => {
      const payment = await this.load(providerRef);
      if (payment.paidEvent) return payment.paidEvent;
      if (payment.captureMethod === 'manual') {
        throw offlineError('invalid_state', `payment ${providerRef} is an authorisation; capture it instead of marking it paid`);
      }
      if (payment.status === 'canceled' || payment.status === 'failed') {
        throw offlineError('invalid_state', `payment ${providerRef} is ${payment.status} and cannot be marked paid`);
      }
      payment.status = 'succeeded';
      payment.paidEvent = paidEvent(payment, this.now());
      await this.store.save(payment);
      return payment.paidEvent;
    });
  }

  async parseWebhook(): Promise<PaymentEvent> {
    throw new WebhookVerificationError(
      'not_supported',
      'The offline payment provider receives no webhooks (an admin marks payments paid); set STRIPE_SECRET_KEY to take payments with Stripe.',
    );
  }

  private async load(providerRef: string): Promise<OfflinePayment> {
    const payment = await this.store.get(providerRef);
    if (!payment) throw offlineError('not_found', `no offline payment "${providerRef}"`);
    return payment;
  }
}
