// One order as staff see it: lines, totals, address, every payment, the whole timeline with
// its details, the shipment, and which actions the state machine allows next.
import type { PrismaClient } from '@tandem/db';
import { NotFoundError, money } from '../shared/index.ts';
import type { AdminOrderView } from './admin-types.ts';
import { canTransition } from './order-status.ts';
import { orderSelect, toOrderView } from './order-views.ts';

export async function orderForAdmin(prisma: PrismaClient, orderId: string): Promise<AdminOrderView> {
  const row = await prisma.order.findUnique({
    where: { id: orderId },
    select: {
      ...orderSelect,
      deliveredAt: true,
      customer: { select: { id: true, name: true, email: true } },
      payments: { select: { provider: true, providerRef: true, state: true, amount: true, refundedAmount: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
      events: { select: { type: true, createdAt: true, data: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!row) throw new NotFoundError('order', orderId);
  const { payment: _latest, timeline: _timeline, canCancel: _shopperCancel, ...view } = toOrderView({ ...row, payments: row.payments.slice(-1).map((p) => ({ ...p, clientSecret: null })) });
  const timeline = row.events.map((e) => ({ type: e.type, at: e.createdAt.toISOString(), data: isRecord(e.data) ? e.data : {} }));
  const paid = row.payments.find((p) => p.state === 'SUCCEEDED');
  const refundable = paid ? paid.amount - paid.refundedAmount : 0;
  const latest = row.payments.at(-1);
  const collecting = view.pickup !== null;
  return {
    ...view,
    customer: row.customer,
    payments: row.payments.map((p) => ({
      provider: p.provider,
      providerRef: p.providerRef,
      state: p.state,
      amount: money(p.amount, row.currency),
      refunded: money(p.refundedAmount, row.currency),
      createdAt: p.createdAt.toISOString(),
    })),
    timeline,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    can: {
      // A collect-in-store order is handed over at the counter: ready for pickup, then collected.
      fulfil: !collecting && canTransition(row.status, 'FULFILLED') && row.refundedAmount < row.totalAmount,
      deliver: !collecting && canTransition(row.status, 'DELIVERED'),
      readyForPickup: collecting && (row.status === 'AWAITING_PAYMENT' || row.status === 'PAID') && !row.events.some((e) => e.type === 'ready_for_pickup'),
      collected: collecting && row.status === 'PAID' && row.refundedAmount < row.totalAmount,
      cancel: canTransition(row.status, 'CANCELLED') && (row.status !== 'PAID' || row.refundedAmount >= row.totalAmount),
      refund: refundable > 0,
      markPaid: row.status === 'AWAITING_PAYMENT' && latest?.provider === 'offline',
    },
    refundable,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
