import { describe, expect, it } from 'vitest';
import { runPaymentProviderContract } from '../contract/payment-provider.contract.ts';
import { PaymentProviderError, WebhookVerificationError } from '../errors.ts';
import { supportsManualSettlement } from '../port.ts';
import { OfflinePaymentProvider } from './offline-provider.ts';
import { MemoryOfflinePaymentStore } from './offline-store.ts';

runPaymentProviderContract('offline', () => new OfflinePaymentProvider(), {
  stateful: true,
  settle: async (provider, providerRef) => {
    if (!supportsManualSettlement(provider)) throw new Error('offline provider must support markPaid');
    await provider.markPaid(providerRef);
  },
});

const order = { orderId: 'ord_1', amount: 4990, currency: 'EUR', idempotencyKey: 'ord_1:pay' };

describe('OfflinePaymentProvider', () => {
  it('waits for an admin by default', async () => {
    const payment = await new OfflinePaymentProvider().createPayment(order);
    expect(payment).toMatchObject({ status: 'pending', nextAction: 'await_admin', clientSecret: null });
  });

  it('pays at once in demo mode (autoConfirm)', async () => {
    const provider = new OfflinePaymentProvider({ autoConfirm: true });
    const payment = await provider.createPayment(order);
    expect(payment).toMatchObject({ status: 'succeeded', nextAction: 'none' });
    expect(await provider.getPayment(payment.providerRef)).toMatchObject({ status: 'succeeded', amountRefunded: 0 });
  });

  it('turns "admin marked paid" into a payment.succeeded event, the same event when repeated', async () => {
    const at = new Date('2026-11-23T10:00:00Z');
    const provider = new OfflinePaymentProvider({ now: () => at });
    const { providerRef } = await provider.createPayment(order);
    const event = await provider.markPaid(providerRef);
    expect(event).toMatchObject({
      type: 'payment.succeeded', provider: 'offline', rawType: 'offline.marked_paid', occurredAt: at,
      providerRef, orderId: 'ord_1', amount: 4990, currency: 'EUR', amountRefunded: 0, refund: null,
    });
    expect(event.id).toMatch(/^evt_off_/);
    expect((await provider.markPaid(providerRef)).id).toBe(event.id);
    expect((await provider.getPayment(providerRef)).status).toBe('succeeded');
  });

  it('refuses to mark a canceled payment paid', async () => {
    const provider = new OfflinePaymentProvider();
    const { providerRef } = await provider.createPayment(order);
    await provider.cancelPayment(providerRef, 'cancel-1');
    await expect(provider.markPaid(providerRef)).rejects.toMatchObject({ code: 'invalid_state' });
  });

  it('creates one payment when the same key arrives twice at the same time', async () => {
    const store = new MemoryOfflinePaymentStore();
    const provider = new OfflinePaymentProvider({ store });
    const [a, b] = await Promise.all([provider.createPayment(order), provider.createPayment(order)]);
    expect(a.providerRef).toBe(b.providerRef);
  });

  it('never refunds more than captured, even with concurrent refunds', async () => {
    const provider = new OfflinePaymentProvider({ autoConfirm: true });
    const { providerRef } = await provider.createPayment(order);
    const results = await Promise.allSettled([1, 2, 3].map((n) => provider.refund({ providerRef, amount: 2000, idempotencyKey: `r${n}` })));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2);
    const rejected = results.find((result) => result.status === 'rejected');
    expect(rejected?.reason).toMatchObject({ code: 'refund_exceeds_captured' });
    expect((await provider.getPayment(providerRef)).amountRefunded).toBe(4000);
  });

  it('refuses a refund key reused with another amount', async () => {
    const provider = new OfflinePaymentProvider({ autoConfirm: true });
    const { providerRef } = await provider.createPayment(order);
    await provider.refund({ providerRef, amount: 100, idempotencyKey: 'r1' });
    const error = await provider.refund({ providerRef, amount: 200, idempotencyKey: 'r1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentProviderError);
    expect(error).toMatchObject({ code: 'idempotency_conflict', retryable: false, provider: 'offline' });
  });

  it('keeps working across restarts when given a shared store', async () => {
    const store = new MemoryOfflinePaymentStore();
    const { providerRef } = await new OfflinePaymentProvider({ store }).createPayment(order);
    const restarted = new OfflinePaymentProvider({ store });
    expect((await restarted.markPaid(providerRef)).type).toBe('payment.succeeded');
    expect((await restarted.createPayment(order)).providerRef).toBe(providerRef);
  });

  it('keeps copies in its memory store, so a caller cannot change a payment behind its back', async () => {
    const store = new MemoryOfflinePaymentStore();
    const { providerRef } = await new OfflinePaymentProvider({ store }).createPayment(order);
    const loaded = await store.get(providerRef);
    if (!loaded) throw new Error('payment not stored');
    loaded.status = 'succeeded';
    expect((await store.get(providerRef))?.status).toBe('pending');
  });

  it('explains that it has no webhooks', async () => {
    const error = await new OfflinePaymentProvider().parseWebhook().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({ reason: 'not_supported' });
    expect((error as Error).message).toMatch(/STRIPE_SECRET_KEY/);
  });
});
