// The one behaviour suite every PaymentProvider adapter must pass. Stateless backends
// (stripe-mock returns fixed objects) skip the assertions that need remembered state and
// prove instead, from the wire, that the idempotency keys were sent.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PaymentProviderError, WebhookVerificationError, type PaymentErrorCode } from '../errors.ts';
import type { PaymentProvider } from '../port.ts';
import { NEXT_ACTIONS, PAYMENT_STATUSES, REFUND_STATUSES, type CreatePaymentInput } from '../types.ts';

export interface PaymentProviderContractOptions {
  /** The backend remembers payments (offline); false for stripe-mock, which cannot. */
  stateful: boolean;
  /** Brings a created payment to `succeeded` so it can be refunded (offline: `markPaid`). */
  settle(provider: PaymentProvider, providerRef: string): Promise<void>;
  /** Idempotency keys the backend received so far, when they can be observed on the wire. */
  receivedIdempotencyKeys?: () => (string | undefined)[];
}

function paymentInput(overrides: Partial<CreatePaymentInput> = {}): CreatePaymentInput {
  const orderId = `ord_${randomUUID()}`;
  return { orderId, amount: 1000, currency: 'EUR', idempotencyKey: `${orderId}:pay`, metadata: { source: 'contract' }, ...overrides };
}

async function expectPaymentError(promise: Promise<unknown>, code: PaymentErrorCode): Promise<PaymentProviderError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(PaymentProviderError);
  expect(error).toMatchObject({ code });
  return error as PaymentProviderError;
}

/** Registers the contract's tests for one adapter; `makeProvider` runs inside each test. */
export function runPaymentProviderContract(
  name: string,
  makeProvider: () => PaymentProvider | Promise<PaymentProvider>,
  options: PaymentProviderContractOptions,
): void {
  const expectKeyReceived = (key: string) => {
    if (options.receivedIdempotencyKeys) expect(options.receivedIdempotencyKeys()).toContain(key);
  };

  // Tests that need remembered state are not registered for stateless backends at all.
  const statefulIt = options.stateful ? it : () => undefined;

  describe(`PaymentProvider contract: ${name}`, () => {
    it('creates a payment with a reference, a known status and the amount in minor units', async () => {
      const provider = await makeProvider();
      const input = paymentInput({ amount: 2499, currency: 'eur' });
      const payment = await provider.createPayment(input);
      expect(payment.providerRef).toMatch(/\S/);
      expect(PAYMENT_STATUSES).toContain(payment.status);
      expect(NEXT_ACTIONS).toContain(payment.nextAction);
      expect(payment).toMatchObject({ amount: 2499, currency: 'EUR' });
      expect(payment.nextAction === 'confirm_in_browser').toBe(typeof payment.clientSecret === 'string' && payment.clientSecret !== '');
      expectKeyReceived(input.idempotencyKey);
    });

    it('refuses amounts that are not positive whole minor units, and bad currencies', async () => {
      const provider = await makeProvider();
      for (const amount of [0, -100, 10.5, Number.NaN]) {
        const error = await expectPaymentError(provider.createPayment(paymentInput({ amount })), 'invalid_request');
        expect(error.retryable).toBe(false);
      }
      await expectPaymentError(provider.createPayment(paymentInput({ currency: 'EURO' })), 'invalid_request');
      await expectPaymentError(provider.createPayment(paymentInput({ idempotencyKey: ' ' })), 'invalid_request');
    });

    it('uses the idempotency key: the same key gives the same payment', async () => {
      const provider = await makeProvider();
      const input = paymentInput();
      const first = await provider.createPayment(input);
      const second = await provider.createPayment({ ...input });
      expectKeyReceived(input.idempotencyKey);
      if (options.stateful) expect(second.providerRef).toBe(first.providerRef);
    });

    statefulIt('refuses the same idempotency key for a different amount', async () => {
      const provider = await makeProvider();
      const input = paymentInput();
      await provider.createPayment(input);
      await expectPaymentError(provider.createPayment({ ...input, amount: input.amount + 1 }), 'idempotency_conflict');
    });

    it('reads a payment back with its status, amount and refunded amount', async () => {
      const provider = await makeProvider();
      const input = paymentInput({ amount: 1500 });
      const { providerRef } = await provider.createPayment(input);
      const snapshot = await provider.getPayment(providerRef);
      expect(snapshot.providerRef).toBe(providerRef);
      expect(PAYMENT_STATUSES).toContain(snapshot.status);
      expect(Number.isSafeInteger(snapshot.amount)).toBe(true);
      expect(snapshot.amountRefunded).toBeGreaterThanOrEqual(0);
      expect(snapshot.amountRefunded).toBeLessThanOrEqual(snapshot.amount);
      expect(snapshot.currency).toMatch(/^[A-Z]{3}$/);
      if (options.stateful) expect(snapshot).toMatchObject({ amount: 1500, currency: 'EUR', amountRefunded: 0, orderId: input.orderId });
    });

    it('refunds part of a settled payment, with the idempotency key', async () => {
      const provider = await makeProvider();
      const { providerRef } = await provider.createPayment(paymentInput({ amount: 1000 }));
      await options.settle(provider, providerRef);
      const key = `refund:${randomUUID()}`;
      const refund = await provider.refund({ providerRef, amount: 300, idempotencyKey: key, reason: 'requested_by_customer' });
      expect(refund.refundRef).toMatch(/\S/);
      expect(REFUND_STATUSES).toContain(refund.status);
      expect(refund.amount).toBe(300);
      expectKeyReceived(key);
      if (options.stateful) {
        expect((await provider.getPayment(providerRef)).amountRefunded).toBe(300);
        const again = await provider.refund({ providerRef, amount: 300, idempotencyKey: key });
        expect(again.refundRef).toBe(refund.refundRef);
        expect((await provider.getPayment(providerRef)).amountRefunded).toBe(300);
      }
    });

    statefulIt('never refunds more than was captured', async () => {
      const provider = await makeProvider();
      const { providerRef } = await provider.createPayment(paymentInput({ amount: 1000 }));
      await options.settle(provider, providerRef);
      await provider.refund({ providerRef, amount: 600, idempotencyKey: randomUUID() });
      await expectPaymentError(provider.refund({ providerRef, amount: 401, idempotencyKey: randomUUID() }), 'refund_exceeds_captured');
      await provider.refund({ providerRef, amount: 400, idempotencyKey: randomUUID() });
      expect(await provider.getPayment(providerRef)).toMatchObject({ amount: 1000, amountRefunded: 1000 });
      await expectPaymentError(provider.refund({ providerRef, amount: 1, idempotencyKey: randomUUID() }), 'refund_exceeds_captured');
    });

    it('refuses a refund that is not a positive whole amount', async () => {
      const provider = await makeProvider();
      for (const amount of [0, -1, 0.5]) {
        await expectPaymentError(provider.refund({ providerRef: 'pay_x', amount, idempotencyKey: randomUUID() }), 'invalid_request');
      }
    });

    it('cancels an unpaid payment, with the idempotency key', async () => {
      const provider = await makeProvider();
      const { providerRef } = await provider.createPayment(paymentInput());
      const key = `cancel:${randomUUID()}`;
      const snapshot = await provider.cancelPayment(providerRef, key);
      expect(snapshot.providerRef).toBe(providerRef);
      expect(PAYMENT_STATUSES).toContain(snapshot.status);
      expectKeyReceived(key);
      if (options.stateful) {
        expect(snapshot.status).toBe('canceled');
        expect((await provider.getPayment(providerRef)).status).toBe('canceled');
      }
    });

    statefulIt('refuses to cancel a paid payment or refund an unpaid one', async () => {
      const provider = await makeProvider();
      const paid = await provider.createPayment(paymentInput());
      await options.settle(provider, paid.providerRef);
      await expectPaymentError(provider.cancelPayment(paid.providerRef, randomUUID()), 'invalid_state');
      const unpaid = await provider.createPayment(paymentInput());
      await provider.cancelPayment(unpaid.providerRef, randomUUID());
      await expectPaymentError(provider.refund({ providerRef: unpaid.providerRef, amount: 1, idempotencyKey: randomUUID() }), 'invalid_state');
    });

    statefulIt('reports an unknown payment as not_found', async () => {
      const provider = await makeProvider();
      await expectPaymentError(provider.getPayment('pay_does_not_exist'), 'not_found');
    });

    it('authorizes a manual-capture payment with the idempotency key', async () => {
      const provider = await makeProvider();
      const input = paymentInput({ amount: 3000 });
      const payment = await provider.authorizePayment(input);
      expect(payment.providerRef).toMatch(/\S/);
      expect(PAYMENT_STATUSES).toContain(payment.status);
      expect(payment).toMatchObject({ amount: 3000, currency: 'EUR' });
      expectKeyReceived(input.idempotencyKey);
      if (options.stateful) {
        expect(payment.status).toBe('authorized');
        expect((await provider.authorizePayment({ ...input })).providerRef).toBe(payment.providerRef);
        expect(await provider.getPayment(payment.providerRef)).toMatchObject({ status: 'authorized', amount: 3000, orderId: input.orderId });
      }
    });

    it('captures part of an authorisation once, with the idempotency key', async () => {
      const provider = await makeProvider();
      const { providerRef } = await provider.authorizePayment(paymentInput({ amount: 3000 }));
      const key = `capture:${randomUUID()}`;
      const captured = await provider.capturePayment({ providerRef, amount: 2400, idempotencyKey: key });
      expect(captured.providerRef).toBe(providerRef);
      expect(PAYMENT_STATUSES).toContain(captured.status);
      expectKeyReceived(key);
      if (options.stateful) {
        expect(captured).toMatchObject({ status: 'succeeded', amount: 2400, amountRefunded: 0 });
        // A retry of the same capture changes nothing; another capture is refused.
        expect(await provider.capturePayment({ providerRef, amount: 2400, idempotencyKey: key })).toMatchObject({ status: 'succeeded', amount: 2400 });
        await expectPaymentError(provider.capturePayment({ providerRef, amount: 100, idempotencyKey: randomUUID() }), 'invalid_state');
        await expectPaymentError(provider.cancelPayment(providerRef, randomUUID()), 'invalid_state');
        const refund = await provider.refund({ providerRef, amount: 2400, idempotencyKey: randomUUID() });
        expect(refund.amount).toBe(2400);
        await expectPaymentError(provider.refund({ providerRef, amount: 1, idempotencyKey: randomUUID() }), 'refund_exceeds_captured');
      }
    });

    statefulIt('never captures more than was authorised, nor a payment that was not authorised', async () => {
      const provider = await makeProvider();
      const { providerRef } = await provider.authorizePayment(paymentInput({ amount: 1000 }));
      await expectPaymentError(provider.capturePayment({ providerRef, amount: 1001, idempotencyKey: randomUUID() }), 'invalid_request');
      const automatic = await provider.createPayment(paymentInput({ amount: 1000 }));
      if (automatic.status !== 'succeeded') {
        await expectPaymentError(provider.capturePayment({ providerRef: automatic.providerRef, amount: 1000, idempotencyKey: randomUUID() }), 'invalid_state');
      }
      expect((await provider.getPayment(providerRef)).status).toBe('authorized');
    });

    it('cancels an authorisation with the idempotency key, after which it cannot be captured', async () => {
      const provider = await makeProvider();
      const { providerRef } = await provider.authorizePayment(paymentInput());
      const key = `cancel-hold:${randomUUID()}`;
      const snapshot = await provider.cancelPayment(providerRef, key);
      expect(snapshot.providerRef).toBe(providerRef);
      expectKeyReceived(key);
      if (options.stateful) {
        expect(snapshot.status).toBe('canceled');
        await expectPaymentError(provider.capturePayment({ providerRef, amount: 1, idempotencyKey: randomUUID() }), 'invalid_state');
      }
    });

    it('refuses a capture that is not a positive whole amount', async () => {
      const provider = await makeProvider();
      for (const amount of [0, -5, 1.5]) {
        await expectPaymentError(provider.capturePayment({ providerRef: 'pay_x', amount, idempotencyKey: randomUUID() }), 'invalid_request');
      }
    });

    it('refuses an unsigned webhook with WebhookVerificationError', async () => {
      const provider = await makeProvider();
      const body = JSON.stringify({ id: 'evt_1', type: 'payment_intent.succeeded' });
      await expect(provider.parseWebhook(body, { 'content-type': 'application/json' })).rejects.toBeInstanceOf(WebhookVerificationError);
    });
  });
}
