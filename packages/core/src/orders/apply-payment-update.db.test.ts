import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPaymentUpdate } from './index.ts';
import { deliveries, paymentSequence } from './testing/payment-sequences.ts';

let db: TestDatabase;
let customerId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  customerId = (await db.prisma.customer.create({ data: { email: `${randomUUID()}@example.test`, name: 'P', passwordHash: 'x' } })).id;
});
afterAll(() => db.close());

/** An order awaiting payment with a payment just started (PENDING, never updated), as checkout leaves it. */
async function awaitingPayment(amount = 1_000) {
  const providerRef = `pi_${randomUUID().replace(/-/g, '')}`;
  const order = await db.prisma.order.create({
    data: {
      number: `T-${randomUUID().slice(0, 8)}`, customerId, idempotencyKey: randomUUID(), email: 'p@example.test', currency: 'EUR', pricesIncludeTax: true,
      subtotalAmount: amount, shippingAmount: 0, taxAmount: 0, totalAmount: amount, shippingAddress: {}, shippingMethodCode: 'standard', shippingMethodName: 'Standard',
      reservationExpiresAt: new Date(Date.now() + 3_600_000),
      payments: { create: { provider: 'stripe', providerRef, amount, currency: 'EUR', stateChangedAt: new Date(0) } },
    },
  });
  return { orderId: order.id, base: { provider: 'stripe', providerRef } };
}

async function stored(orderId: string) {
  const order = await db.prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, refundedAmount: true, payments: { select: { state: true, refundedAmount: true } } } });
  return { status: order.status, refundedAmount: order.refundedAmount, payment: order.payments[0] };
}

const second = new Date(Math.floor(Date.now() / 1_000) * 1_000);

describe('applyPaymentUpdate, whatever the order of arrival', () => {
  it('keeps a succeeded payment and its paid order when a processing event of the same second arrives after it', async () => {
    const { orderId, base } = await awaitingPayment();
    expect(await applyPaymentUpdate(db.prisma, { ...base, eventId: `e-${randomUUID()}`, state: 'SUCCEEDED', occurredAt: second })).toBe('applied');
    expect(await applyPaymentUpdate(db.prisma, { ...base, eventId: `e-${randomUUID()}`, state: 'PROCESSING', occurredAt: second })).toBe('stale');
    expect(await stored(orderId)).toEqual({ status: 'PAID', refundedAmount: 0, payment: { state: 'SUCCEEDED', refundedAmount: 0 } });
  });

  it('never lowers the refunded amount when a smaller refund total arrives late', async () => {
    const { orderId, base } = await awaitingPayment();
    await applyPaymentUpdate(db.prisma, { ...base, eventId: `e-${randomUUID()}`, state: 'SUCCEEDED', occurredAt: second });
    expect(await applyPaymentUpdate(db.prisma, { ...base, eventId: `e-${randomUUID()}`, occurredAt: second, amountRefunded: 600 })).toBe('applied');
    expect(await applyPaymentUpdate(db.prisma, { ...base, eventId: `e-${randomUUID()}`, occurredAt: second, amountRefunded: 300 })).toBe('stale');
    expect(await stored(orderId)).toEqual({ status: 'PAID', refundedAmount: 600, payment: { state: 'SUCCEEDED', refundedAmount: 600 } });
    expect(await db.prisma.orderEvent.count({ where: { orderId, type: 'refund_updated' } })).toBe(1);
  });

  it('ends where a realistic event sequence left the payment, for any order of delivery and any replays', async () => {
    await fc.assert(
      fc.asyncProperty(
        paymentSequence.chain((sequence) => deliveries(sequence).map((delivered) => ({ sequence, delivered }))),
        async ({ sequence, delivered }) => {
          const { orderId, base } = await awaitingPayment(sequence.amount);
          for (const event of delivered) {
            const at = new Date(second.getTime() + event.at * 1_000);
            await applyPaymentUpdate(db.prisma, { ...base, eventId: `${base.providerRef}-${event.id}`, state: event.state, occurredAt: at, amountRefunded: event.amountRefunded });
          }
          const paid = sequence.finalState === 'SUCCEEDED';
          expect(await stored(orderId)).toEqual({
            status: paid ? 'PAID' : 'AWAITING_PAYMENT',
            refundedAmount: sequence.finalRefunded,
            payment: { state: sequence.finalState, refundedAmount: sequence.finalRefunded },
          });
          expect(await db.prisma.orderEvent.count({ where: { orderId, type: 'paid' } })).toBe(paid ? 1 : 0);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
