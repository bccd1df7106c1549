// Recording a placed order: the Order with its lines and the `placed` event, in the place-order
// workflow's transaction. The workflow prices and reserves; this is the orders context's step.
import { Prisma, type PrismaClient } from '@tandem/db';
import { toJson, type PriceStep } from '../pricing/index.ts';
import { newOrderNumber } from './order-number.ts';
import { publishOrderEvent } from './order-events.ts';
import { instructionsJson, type PaymentChoice } from './payment-instructions.ts';
import { creditorReference } from './payment-reference.ts';
import { pickupLocationJson, type PickupLocation } from './pickup-location.ts';
import type { OrderLineItem } from './types.ts';
import { orderSelect, type WrittenOrder } from './order-views.ts';

type Db = Prisma.TransactionClient;

// The order's own columns as its view reads them: the INSERT returns them at no extra statement.
const { lines: lineSelect, payments: _payments, events: _events, returns: _returns, ...orderColumns } = orderSelect;

/** One line as it is recorded: the item and its amounts in minor units of the order's currency (exactly the OrderLine's columns). */
export interface NewOrderLine extends OrderLineItem {
  variantId: string;
  unitPriceAmount: number;
  discountAmount: number;
  lineTotalAmount: number;
  taxAmount: number;
  weightGrams: number;
  explanation: PriceStep[];
}

/** Everything an order is recorded with; amounts in minor units of `currency`. */
export interface NewOrder {
  /** The account that orders; `id` is null for a guest, who is then known by `guestScope`. */
  customer: { id: string | null; email: string };
  /** A guest order's idempotency scope (see {@link OrderKeyScope}); absent for an account's order. */
  guestScope?: string | null;
  idempotencyKey: string;
  currency: string;
  pricesIncludeTax: boolean;
  subtotalAmount: number;
  discountAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  /** What pricing keeps of its decisions (promotions applied and not, the code's fate). */
  pricingSnapshot: Prisma.InputJsonValue;
  shippingAddress: Prisma.InputJsonObject;
  shippingMethod: { code: string; name: string };
  /** Until when the stock stays reserved while the order is unpaid. */
  reservationExpiresAt: Date;
  /** The method the shopper chose and the shop's details for it; absent when none was chosen (group buys). */
  payment?: PaymentChoice | undefined;
  /** Collect in store: where and when (the shipping address is then the billing address). */
  pickupLocation?: PickupLocation | null | undefined;
  lines: NewOrderLine[];
}

/**
 * Records the order and publishes its `placed` event (the confirmation e-mail follows from it).
 * A second order with the customer's idempotency key fails on the unique key (P2002).
 */
export async function recordOrder(tx: Db, order: NewOrder, now: Date): Promise<RecordedOrder> {
  const number = newOrderNumber();
  // The order, then its lines in one INSERT: a nested create would add a read-back of the order.
  const created = await tx.order.create({
    data: {
      number,
      paymentMethod: order.payment?.method ?? null,
      // Derived from the unique number, so it is unique too and staff can read the order from it.
      paymentReference: order.payment?.method === 'bank_transfer' ? creditorReference(number) : null,
      paymentInstructions: (order.payment && instructionsJson(order.payment)) ?? Prisma.DbNull,
      pickupLocation: order.pickupLocation ? pickupLocationJson(order.pickupLocation) : Prisma.DbNull,
      customerId: order.customer.id,
      guestScope: order.guestScope ?? null,
      idempotencyKey: order.idempotencyKey,
      email: order.customer.email,
      currency: order.currency,
      pricesIncludeTax: order.pricesIncludeTax,
      subtotalAmount: order.subtotalAmount,
      discountAmount: order.discountAmount,
      pricingSnapshot: order.pricingSnapshot,
      shippingAmount: order.shippingAmount,
      taxAmount: order.taxAmount,
      totalAmount: order.totalAmount,
      shippingAddress: order.shippingAddress,
      shippingMethodCode: order.shippingMethod.code,
      shippingMethodName: order.shippingMethod.name,
      reservationExpiresAt: order.reservationExpiresAt,
    },
    select: orderColumns,
  });
  const lines = await tx.orderLine.createManyAndReturn({
    // A NewOrderLine is the OrderLine's columns; only the JSON ones need converting.
    data: order.lines.map(({ configuration, explanation, ...columns }) => ({
      ...columns,
      orderId: created.id,
      configuration: configuration ? toJson(configuration) : Prisma.DbNull,
      explanation: toJson(explanation),
    })),
    select: lineSelect.select,
  });
  // Without a NOTIFY: the caller announces the job after its commit (publishOrderEvent says why).
  const placed = await publishOrderEvent(tx, { type: 'placed', orderId: created.id, at: now.toISOString() }, { type: 'placed', data: { lines: order.lines.length, total: order.totalAmount } }, { wake: false });
  // As the view reads them: lines by id.
  lines.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { id: created.id, number: created.number, totalAmount: created.totalAmount, currency: created.currency, written: { ...created, lines, events: placed ? [placed] : [] } };
}

/** What the workflow needs of a recorded order to start its payment. */
export interface RecordedOrder {
  id: string;
  number: string;
  totalAmount: number;
  currency: string;
  /** Everything recording wrote, as its view reads it: the placed order's view needs no read back. */
  written: WrittenOrder;
}

/** Whose idempotency keys: an account's, or a guest's (the hash of the cart token they ordered with). */
export type OrderKeyScope = { customerId: string } | { guestScope: string };

/** The id of the order placed in `scope` with `idempotencyKey`, or null. */
export async function orderIdForKey(db: Db | PrismaClient, scope: OrderKeyScope, idempotencyKey: string): Promise<string | null> {
  const where =
    'customerId' in scope
      ? { customerId_idempotencyKey: { customerId: scope.customerId, idempotencyKey } }
      : { guestScope_idempotencyKey: { guestScope: scope.guestScope, idempotencyKey } };
  const order = await db.order.findUnique({ where, select: { id: true } });
  return order?.id ?? null;
}
