import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createJobWorker, type JobHandler } from '../jobs/index.ts';
import { orderEventJobHandlers, publishOrderEvent, recordOrder, type OrderEvent, type OrderEventSubscriber } from './index.ts';

let db: TestDatabase;
let customer: { id: string; email: string };

beforeAll(async () => {
  db = await createTestDatabase();
  customer = await db.prisma.customer.create({ data: { email: `${randomUUID()}@example.test`, name: 'E', passwordHash: 'x' }, select: { id: true, email: true } });
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.prisma.job.deleteMany();
});

/** An order with no lines, recorded (and its `placed` event published) as checkout does. */
async function placed(): Promise<string> {
  const order = await db.prisma.$transaction((tx) =>
    recordOrder(
      tx,
      {
        customer,
        idempotencyKey: randomUUID(),
        currency: 'EUR',
        pricesIncludeTax: true,
        subtotalAmount: 0,
        discountAmount: 0,
        shippingAmount: 0,
        taxAmount: 0,
        totalAmount: 0,
        pricingSnapshot: {},
        shippingAddress: {},
        shippingMethod: { code: 'standard', name: 'Standard' },
        reservationExpiresAt: new Date(Date.now() + 3_600_000),
        lines: [],
      },
      new Date(),
    ),
  );
  return order.id;
}

const paid = (orderId: string): OrderEvent => ({ type: 'paid', orderId, at: new Date().toISOString() });

async function drain(handlers: Record<string, JobHandler>): Promise<void> {
  const worker = createJobWorker(db.prisma, { handlers, backoff: { baseMs: 60_000, maxMs: 60_000 } });
  while (await worker.runOnce()) { /* until nothing is due */ }
}

const makeDue = () => db.prisma.$executeRawUnsafe(`UPDATE "Job" SET "runAt" = LOCALTIMESTAMP - interval '1 second' WHERE state = 'PENDING'`);

describe('order events', () => {
  it('gives each subscriber its own job: a failing subscriber retries alone, in order, and the others run once', async () => {
    const seen: Record<string, string[]> = { steady: [], flaky: [] };
    let failures = 1;
    const subscribers: OrderEventSubscriber[] = [
      { name: 'steady', on: { placed: async (e) => void seen.steady!.push(e.type), paid: async (e) => void seen.steady!.push(e.type) } },
      {
        name: 'flaky',
        on: {
          placed: async (e) => {
            if (failures-- > 0) throw new Error('mail server down');
            seen.flaky!.push(e.type);
          },
          paid: async (e) => void seen.flaky!.push(e.type),
        },
      },
    ];
    const orderId = await placed();
    await db.prisma.$transaction((tx) => publishOrderEvent(tx, paid(orderId), { type: 'paid' }));
    const handlers = orderEventJobHandlers(db.prisma, subscribers);

    await drain(handlers);
    expect(seen).toEqual({ steady: ['placed', 'paid'], flaky: [] });
    // The flaky subscriber's `paid` waits behind its failed `placed`, never overtaking it.
    expect(await db.prisma.job.count({ where: { kind: 'orders.event.flaky', state: 'PENDING' } })).toBe(2);

    await makeDue();
    await drain(handlers);
    expect(seen).toEqual({ steady: ['placed', 'paid'], flaky: ['placed', 'paid'] });
    expect(await db.prisma.job.count({ where: { state: { not: 'DONE' } } })).toBe(0);
  });

  it('sends a subscriber only the event types it handles', async () => {
    const seen: string[] = [];
    const orderId = await placed();
    await drain(orderEventJobHandlers(db.prisma, [{ name: 'payments-only', on: { paid: async (e) => void seen.push(e.type) } }]));
    expect(seen).toEqual([]);
    expect(await db.prisma.job.count({ where: { kind: 'orders.event.payments-only' } })).toBe(0);
    await db.prisma.$transaction((tx) => publishOrderEvent(tx, paid(orderId), null));
    await drain(orderEventJobHandlers(db.prisma, [{ name: 'payments-only', on: { paid: async (e) => void seen.push(e.type) } }]));
    expect(seen).toEqual(['paid']);
  });

  it('publishes with the change that causes it: the timeline entry and the job roll back together', async () => {
    const orderId = await placed();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await publishOrderEvent(tx, paid(orderId), { type: 'paid', data: { provider: 'offline' } });
        throw new Error('the payment update failed');
      }),
    ).rejects.toThrow('the payment update failed');
    expect(await db.prisma.orderEvent.findMany({ where: { orderId }, select: { type: true } })).toEqual([{ type: 'placed' }]);
    expect(await db.prisma.job.count({ where: { key: `order:${orderId}:events` } })).toBe(1);
  });
});
