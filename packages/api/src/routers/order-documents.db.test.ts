import { randomUUID } from 'node:crypto';
import { type TestDatabase } from '@tandem/db/testing';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, type Caller } from '../testing/callers.ts';
import { placedOrder as placeOrder } from '../testing/orders.ts';
import { adminStore } from '../testing/admin-store.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;
let support: Caller;

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
  support = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'SUPPORT'])).sessionToken });
});
afterAll(() => db.close());

async function paidOrder() {
  const placed = await placeOrder(db.prisma, services);
  await admin.adminOrders.markPaid({ id: placed.order.id });
  return placed;
}

describe('order documents', () => {
  it('gives the shopper the invoice of their paid order as a PDF, and staff with orders.read the same file', async () => {
    const { order, api } = await paidOrder();
    const [invoice] = await api.orders.documents({ id: order.id });
    expect(invoice).toMatchObject({ kind: 'invoice', total: order.total });
    const file = await api.orders.document({ kind: 'invoice', id: invoice!.id });
    expect(file).toMatchObject({ filename: `${invoice!.number}.pdf`, contentType: 'application/pdf' });
    const pdf = await PDFDocument.load(Buffer.from(file.base64, 'base64'));
    expect(pdf.getTitle()).toBe(`Invoice ${invoice!.number}`);
    expect(await support.adminOrders.documents({ id: order.id })).toEqual([invoice]);
    expect((await support.adminOrders.document({ kind: 'invoice', id: invoice!.id })).base64).toBe(file.base64);
  });

  it('never gives a shopper another shopper’s invoice or document list', async () => {
    const { order, api } = await paidOrder();
    const [invoice] = await api.orders.documents({ id: order.id });
    const other = (await placeOrder(db.prisma, services)).api;
    await expect(other.orders.document({ kind: 'invoice', id: invoice!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(other.orders.documents({ id: order.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(callerFor(services).orders.document({ kind: 'invoice', id: invoice!.id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('lists a credit note after a refund, and an unpaid order has no documents', async () => {
    const { order, api } = await paidOrder();
    await admin.adminOrders.refund({ id: order.id, amount: 2_500, idempotencyKey: randomUUID() });
    expect((await api.orders.documents({ id: order.id })).map((d) => [d.kind, d.total.amount])).toEqual([['invoice', order.total.amount], ['credit_note', -2_500]]);
    const unpaid = await placeOrder(db.prisma, services);
    expect(await unpaid.api.orders.documents({ id: unpaid.order.id })).toEqual([]);
  });
});
