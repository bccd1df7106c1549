// The place-order workflow: one transaction prices what is bought (the cart, or another
// `OrderSource` such as a group buy), reserves stock and records the order; then the payment is
// created with the provider (or, for manual capture, authorised). A provider failure cancels
// the order and releases its stock (compensation). The idempotency key makes a double click or
// a retried request return the same order.
import { Prisma, type PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { findActiveCartId } from '../carts/find-cart.ts';
import { cancelOrder } from '../orders/cancel-order.ts';
import { applyPaymentUpdate } from '../orders/apply-payment-update.ts';
import { orderForCustomer } from '../orders/order-views.ts';
import type { OrderView } from '../orders/types.ts';
import { DomainError } from '../shared/index.ts';
import { newOrderNumber } from './order-number.ts';
import { quoteCart } from './quote.ts';
import { stockDemand } from './stock-demand.ts';
import { snapshotJson } from '../configurator/snapshot.ts';
import type { ShippingAddress } from './types.ts';
import { paymentStateOf } from './payment-state.ts';
import { checkoutSettings } from './checkout-settings.ts';
import { attributedClick, recordOrderReferral } from '../partners/index.ts';
import { assertCodeStillApplies, pricingSnapshotOf, reserveRedemptions, toJson } from '../pricing/index.ts';
import { ALREADY_PLACED, type OrderSource } from './order-source.ts';

export interface PlaceOrderInput {
  customer: { id: string; email: string };
  idempotencyKey: string;
  shippingAddress: ShippingAddress;
  shippingMethodCode: string;
  /** The visitor's referral token (attribution cookie), when the storefront forwarded one. */
  referralToken?: string | null;
}

/**
 * Places the customer's active cart as an order.
 *
 * @example await placeOrder(prisma, payments, { customer, idempotencyKey: crypto.randomUUID(), shippingAddress, shippingMethodCode: 'standard' })
 */
export async function placeOrder(prisma: PrismaClient, payments: PaymentProvider, input: PlaceOrderInput, now = new Date()): Promise<OrderView> {
  return placeOrderFrom(prisma, payments, input, cartSource(input), now);
}

/**
 * The workflow for any source of an order; `placeOrder` is it with the customer's cart.
 *
 * @example await placeOrderFrom(prisma, payments, input, groupBuySource(deal, quantity), now)
 */
export async function placeOrderFrom(prisma: PrismaClient, payments: PaymentProvider, input: PlaceOrderInput, source: OrderSource, now = new Date()): Promise<OrderView> {
  const existing = await findByKey(prisma, input);
  if (existing) return orderForCustomer(prisma, input.customer.id, existing);

  let orderId: string | typeof ALREADY_PLACED;
  try {
    orderId = await prisma.$transaction((tx) => reserveAndRecord(tx, input, source, now));
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its order.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await findByKey(prisma, input);
      if (winner) return orderForCustomer(prisma, input.customer.id, winner);
    }
    throw error;
  }
  if (orderId === ALREADY_PLACED) {
    const winner = await findByKey(prisma, input);
    if (winner) return orderForCustomer(prisma, input.customer.id, winner);
    throw new DomainError('conflict', 'Your cart changed while you were checking out; please review it again.');
  }
  await startPayment(prisma, payments, orderId, input.customer.email, source);
  return orderForCustomer(prisma, input.customer.id, orderId);
}

async function findByKey(prisma: PrismaClient, input: PlaceOrderInput): Promise<string | null> {
  const order = await prisma.order.findUnique({
    where: { customerId_idempotencyKey: { customerId: input.customer.id, idempotencyKey: input.idempotencyKey } },
    select: { id: true },
  });
  return order?.id ?? null;
}

/** The customer's active cart, locked, re-quoted, and converted with the order. */
function cartSource(input: PlaceOrderInput): OrderSource {
  let cartId = '';
  let referral: Awaited<ReturnType<typeof attributedClick>> = null;
  const placedWithKey = async (tx: Prisma.TransactionClient) =>
    tx.order.findUnique({
      where: { customerId_idempotencyKey: { customerId: input.customer.id, idempotencyKey: input.idempotencyKey } },
      select: { id: true },
    });
  return {
    capture: 'automatic',
    async price(tx, settings, now) {
      const found = await findActiveCartId(tx, { customerId: input.customer.id });
      if (!found) {
        // A copy of this request may have converted the cart a moment ago.
        if (await placedWithKey(tx)) return ALREADY_PLACED;
        throw new DomainError('invalid_input', 'Your cart is empty.');
      }
      cartId = found;
      // Serialises concurrent placements of the same cart; they re-check after the wait.
      await tx.$queryRaw`SELECT id FROM "Cart" WHERE id = ${cartId} FOR UPDATE`;
      const cart = await tx.cart.findUnique({ where: { id: cartId }, select: { status: true } });
      if (cart?.status !== 'ACTIVE') {
        if (await placedWithKey(tx)) return ALREADY_PLACED;
        throw new DomainError('conflict', 'Your cart changed while you were checking out; please review it again.');
      }
      // The click that refers this order also decides its partner-targeted promotions.
      referral = await attributedClick(tx, input.referralToken, now);
      const quote = await quoteCart(tx, cartId, input.shippingAddress.country, input.shippingMethodCode, settings, now, { referringPartnerId: referral?.partnerId ?? null });
      assertCodeStillApplies(quote);
      return quote;
    },
    reservedUntil: (settings, now) => new Date(now.getTime() + settings.reservationMinutes * 60_000),
    async recorded(tx, order) {
      await recordOrderReferral(tx, order.id, referral);
      await tx.cart.update({ where: { id: cartId }, data: { status: 'CONVERTED' } });
    },
  };
}

async function reserveAndRecord(tx: Prisma.TransactionClient, input: PlaceOrderInput, source: OrderSource, now: Date): Promise<string | typeof ALREADY_PLACED> {
  const settings = await checkoutSettings(tx, input.shippingAddress.country);
  const quote = await source.price(tx, settings, now);
  if (quote === ALREADY_PLACED) return ALREADY_PLACED;

  // Stock rows are taken in one global order (by variant id) so two carts holding the same
  // variants can never wait on each other (deadlock). The conditional decrement is the oversell
  // guard: it cannot take stock that is not there.
  // Configured lines also take their components' stock, merged into the same ordering.
  for (const line of stockDemand(quote.lines)) {
    const taken = await tx.$executeRaw`
      UPDATE "ProductVariant" SET "stockOnHand" = "stockOnHand" - ${line.quantity}
      WHERE id = ${line.variantId} AND "stockOnHand" >= ${line.quantity}`;
    if (taken === 0) throw new DomainError('conflict', `${line.productTitle} just sold out in the quantity you asked for; please review your cart.`);
  }

  const shipping = quote.shipping!;
  const order = await tx.order.create({
    data: {
      number: newOrderNumber(),
      customerId: input.customer.id,
      idempotencyKey: input.idempotencyKey,
      email: input.customer.email,
      currency: quote.currency,
      pricesIncludeTax: quote.pricesIncludeTax,
      subtotalAmount: quote.subtotal.amount,
      discountAmount: quote.discount.amount,
      pricingSnapshot: pricingSnapshotOf(quote),
      shippingAmount: shipping.amount,
      taxAmount: quote.tax.amount,
      totalAmount: quote.total.amount,
      shippingAddress: { ...input.shippingAddress },
      shippingMethodCode: shipping.code,
      shippingMethodName: shipping.name,
      reservationExpiresAt: source.reservedUntil(settings, now),
      lines: {
        create: quote.lines.map((line) => ({
          variantId: line.variantId,
          sku: line.sku,
          productTitle: line.productTitle,
          variantTitle: line.variantTitle,
          optionValues: line.optionValues,
          quantity: line.quantity,
          unitPriceAmount: line.unitPrice.amount,
          lineTotalAmount: line.lineTotal.amount,
          taxAmount: line.tax.amount,
          weightGrams: line.weightGrams,
          configuration: line.configuration ? snapshotJson(line.configuration) : Prisma.DbNull,
          discountAmount: line.discount.amount,
          explanation: toJson(line.explanation),
        })),
      },
      events: { create: { type: 'placed', data: { lines: quote.lines.length, total: quote.total.amount } } },
    },
    select: { id: true, number: true, totalAmount: true },
  });
  await reserveRedemptions(tx, { id: order.id, customerId: input.customer.id }, quote.pricing.applied);
  await source.recorded(tx, order, quote);
  await tx.outboxEmail.create({
    data: {
      to: input.customer.email,
      kind: 'order_confirmation',
      subject: `Order ${order.number} confirmed`,
      text: `Thank you for your order ${order.number}. Total: ${(order.totalAmount / 100).toFixed(2)} ${quote.currency}.`,
    },
  });
  return order.id;
}

async function startPayment(prisma: PrismaClient, payments: PaymentProvider, orderId: string, email: string, source: OrderSource): Promise<void> {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { totalAmount: true, currency: true, number: true } });
  const start = source.capture === 'manual' ? payments.authorizePayment.bind(payments) : payments.createPayment.bind(payments);
  let created;
  try {
    created = await start({
      orderId,
      amount: order.totalAmount,
      currency: order.currency,
      idempotencyKey: `order-${orderId}`,
      customerEmail: email,
      metadata: { orderNumber: order.number },
    });
  } catch (error) {
    await cancelOrder(prisma, orderId, 'The payment could not be started.', new Date(), source.paymentFailed && ((tx) => source.paymentFailed!(tx, orderId)));
    void error;
    throw new DomainError('unavailable', 'We could not start the payment. Nothing was charged; please try again in a moment.');
  }
  await prisma.payment.upsert({
    where: { provider_providerRef: { provider: payments.name, providerRef: created.providerRef } },
    create: {
      orderId,
      provider: payments.name,
      providerRef: created.providerRef,
      // What we asked the provider to collect; the provider's echo is not trusted over it.
      amount: order.totalAmount,
      currency: order.currency,
      clientSecret: created.clientSecret,
      state: 'PENDING',
      stateChangedAt: new Date(0),
    },
    update: {},
  });
  const state = paymentStateOf(created.status);
  if (state !== 'PENDING') {
    await applyPaymentUpdate(prisma, { provider: payments.name, providerRef: created.providerRef, state, occurredAt: new Date() });
  }
}
