// The place-order workflow: one transaction prices what is bought (the cart, or another
// `OrderSource` such as a group buy), reserves stock and records the order; then the payment is
// created with the provider (or, for manual capture, authorised). Each step is the owning
// context's own: carts locks and converts the cart, catalog takes the stock, pricing reserves
// the redemptions, orders records the order and its payment. A provider failure cancels
// the order and releases its stock (compensation). The idempotency key makes a double click or
// a retried request return the same order.
import { Prisma, type PaymentState, type PrismaClient } from '@tandem/db';
import type { PaymentProvider, PaymentProviders } from '@tandem/payments';
import { lockAndConvertCart } from '../carts/index.ts';
import { reserveStock } from '../catalog/index.ts';
import { announceJobEnqueuedLocally } from '../jobs/index.ts';
import {
  cancelOrder,
  orderForCustomer,
  orderIdForKey,
  ORDER_EVENT_JOB,
  placedOrderView,
  recordOrder,
  recordStartedPayment,
  stockDemand,
  type NewOrder,
  type OrderKeyScope,
  type OrderPaymentMethod,
  type OrderView,
  type PaymentChoice,
  type RecordedOrder,
} from '../orders/index.ts';
import { hashToken } from '../accounts/index.ts';
import { DomainError } from '../shared/index.ts';
import { quoteCart } from './quote.ts';
import type { CheckoutQuote, ShippingAddress } from './types.ts';
import { checkoutSettings, type CheckoutSettings } from './checkout-settings.ts';
import { COLLECT_IN_STORE } from './collect-in-store.ts';
import { attributedClick, recordOrderReferral } from '../partners/index.ts';
import { assertCodeStillApplies, pricingSnapshotOf, reserveRedemptions, type VersionedRuleSet } from '../pricing/index.ts';
import { ALREADY_PLACED, type OrderSource } from './order-source.ts';
import { choosePayment, type ChosenPayment } from './payment-methods.ts';
import { assertTotalAsShown } from './total-as-shown.ts';

/** What every order request carries, whoever places it. */
export interface OrderRequest {
  idempotencyKey: string;
  shippingAddress: ShippingAddress;
  shippingMethodCode: string;
  /** The visitor's referral token (attribution cookie), when the storefront forwarded one. */
  referralToken?: string | null;
  /** How the shopper pays (checked against the methods the shop offers); absent: the first offered. */
  paymentMethod?: OrderPaymentMethod | undefined;
  /** The total the checkout page showed, in minor units: a different total refuses the order. */
  expectedTotal?: number | undefined;
}

/** A signed-in customer's order. */
export interface PlaceOrderInput extends OrderRequest {
  customer: { id: string; email: string };
}

/** A guest's order: the cart their token holds, confirmations to `email`. */
export interface GuestBuyerInput extends OrderRequest {
  guest: { email: string; cartToken: string };
}

/** Who places an order: a customer or a guest. */
export type BuyerInput = PlaceOrderInput | GuestBuyerInput;

/**
 * Places the customer's active cart as an order, paid through the provider of the method chosen.
 * `cachedRules` (the process's promotions and price lists) are used only if the order's
 * transaction reads the catalog version they were held at; otherwise the rules are read live.
 *
 * @example await placeOrder(prisma, providers, { customer, idempotencyKey: crypto.randomUUID(), shippingAddress, shippingMethodCode: 'standard', paymentMethod: 'bank_transfer' })
 */
export async function placeOrder(prisma: PrismaClient, providers: PaymentProviders, input: PlaceOrderInput, now = new Date(), cachedRules?: VersionedRuleSet): Promise<OrderView> {
  const chosen = await choosePayment(prisma, providers, input.paymentMethod, input.shippingMethodCode);
  return placeOrderFrom(prisma, chosen.provider, input, cartSource(input, chosen, cachedRules), now);
}

/**
 * The workflow for any source of an order; `placeOrder` is it with the customer's cart.
 *
 * @example await placeOrderFrom(prisma, payments, input, groupBuySource(deal, quantity), now)
 */
export async function placeOrderFrom(prisma: PrismaClient, payments: PaymentProvider, input: PlaceOrderInput, source: OrderSource, now = new Date()): Promise<OrderView> {
  const placed = await placeOrderOutcome(prisma, payments, input, source, now);
  return placed.view ?? orderForCustomer(prisma, input.customer.id, placed.id);
}

/** The workflow for a customer or a guest: the id of the order placed (or found by the key). */
export async function placeOrderId(prisma: PrismaClient, payments: PaymentProvider, input: BuyerInput, source: OrderSource, now = new Date()): Promise<string> {
  return (await placeOrderOutcome(prisma, payments, input, source, now)).id;
}

/** The order's id, and its view when this request placed it and nothing has changed it since (else null: read it). */
async function placeOrderOutcome(prisma: PrismaClient, payments: PaymentProvider, input: BuyerInput, source: OrderSource, now: Date): Promise<{ id: string; view: OrderView | null }> {
  // Both reads on their own pool connections, at once and before the transaction: under READ
  // COMMITTED a statement inside it would see no more than one just before it.
  const settingsRead = checkoutSettings(prisma, input.shippingAddress.country);
  settingsRead.catch(() => undefined); // a replay answers its order even when this fails
  const existing = await findByKey(prisma, input);
  if (existing) return { id: existing, view: null };
  const settings = await settingsRead;

  let order: RecordedOrder | typeof ALREADY_PLACED;
  try {
    order = await prisma.$transaction((tx) => reserveAndRecord(tx, input, source, settings, now));
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its order.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await findByKey(prisma, input);
      if (winner) return { id: winner, view: null };
    }
    throw error;
  }
  if (order === ALREADY_PLACED) {
    const winner = await findByKey(prisma, input);
    if (winner) return { id: winner, view: null };
    throw new DomainError('conflict', 'Your cart changed while you were checking out; please review it again.');
  }
  // Its "placed" event was queued without a NOTIFY (a hot write): this process's workers take it now.
  announceJobEnqueuedLocally(ORDER_EVENT_JOB);
  const payment = await startPayment(prisma, payments, order, emailOf(input), source);
  // A payment recorded in another state has changed the order (paid, authorised): read it.
  return { id: order.id, view: payment.state === 'PENDING' ? placedOrderView(order.written, payment) : null };
}

const emailOf = (input: BuyerInput): string => ('customer' in input ? input.customer.email : input.guest.email);

/** Whose keys: the customer's, or the guest's cart token (hashed, as the order stores it). */
function keyScopeOf(input: BuyerInput): OrderKeyScope {
  return 'customer' in input ? { customerId: input.customer.id } : { guestScope: hashToken(input.guest.cartToken) };
}

function findByKey(db: PrismaClient | Prisma.TransactionClient, input: BuyerInput): Promise<string | null> {
  return orderIdForKey(db, keyScopeOf(input), input.idempotencyKey);
}

/**
 * The buyer's active cart (the customer's, or the one the guest's token holds), locked, re-quoted,
 * and converted with the order; held as long as the chosen payment method allows. The re-quote
 * prices from `cachedRules` only while the transaction reads their catalog version.
 */
export function cartSource(input: BuyerInput, chosen: ChosenPayment, cachedRules?: VersionedRuleSet): OrderSource {
  let referral: Awaited<ReturnType<typeof attributedClick>> = null;
  return {
    capture: 'automatic',
    async price(tx, settings, now) {
      const cart = await lockAndConvertCart(tx, 'customer' in input ? { customerId: input.customer.id } : { cartToken: input.guest.cartToken });
      if (cart.state !== 'locked') {
        // A copy of this request may have converted the cart a moment ago.
        if (await findByKey(tx, input)) return ALREADY_PLACED;
        if (cart.state === 'empty') throw new DomainError('invalid_input', 'Your cart is empty.');
        throw new DomainError('conflict', 'Your cart changed while you were checking out; please review it again.');
      }
      // The click that refers this order also decides its partner-targeted promotions.
      referral = await attributedClick(tx, input.referralToken, now);
      const quote = await quoteCart(tx, cart, input.shippingAddress.country, input.shippingMethodCode, settings, now, { referringPartnerId: referral?.partnerId ?? null, email: emailOf(input) }, cachedRules);
      assertCodeStillApplies(quote);
      assertTotalAsShown(quote, input.expectedTotal);
      return quote;
    },
    reservedUntil: (settings, now) => new Date(now.getTime() + (chosen.holdMinutes ?? settings.reservationMinutes) * 60_000),
    payment: chosen.choice,
    async recorded(tx, order) {
      await recordOrderReferral(tx, order.id, referral);
    },
  };
}

async function reserveAndRecord(tx: Prisma.TransactionClient, input: BuyerInput, source: OrderSource, settings: CheckoutSettings, now: Date): Promise<RecordedOrder | typeof ALREADY_PLACED> {
  const quote = await source.price(tx, settings, now);
  if (quote === ALREADY_PLACED) return ALREADY_PLACED;

  const order = await recordOrder(tx, newOrderOf(input, quote, settings, source.reservedUntil(settings, now), source.payment), now);
  await reserveRedemptions(tx, { id: order.id, customerId: 'customer' in input ? input.customer.id : null }, quote.pricing.applied);
  await source.recorded(tx, order, quote);

  // Stock last: every placement of a popular variant queues on its row, which stays locked from
  // this statement to COMMIT, so nothing else runs in between. Short stock throws and rolls back
  // everything above: a refused order writes nothing. Rows are taken in one global order (by
  // variant id) so two carts holding the same variants can never wait on each other (deadlock);
  // the conditional decrement is the oversell guard. Configured lines also take their
  // components' stock, merged into the same ordering.
  const short = await reserveStock(tx, stockDemand(quote.lines));
  if (short) throw new DomainError('conflict', `${short.productTitle} just sold out in the quantity you asked for; please review your cart.`);
  return order;
}

/** The order as it is recorded from the quote: amounts in minor units. */
function newOrderOf(input: BuyerInput, quote: CheckoutQuote, settings: CheckoutSettings, reservationExpiresAt: Date, payment: PaymentChoice | undefined): NewOrder {
  const shipping = quote.shipping!;
  const scope = keyScopeOf(input);
  return {
    customer: { id: 'customerId' in scope ? scope.customerId : null, email: emailOf(input) },
    guestScope: 'guestScope' in scope ? scope.guestScope : null,
    idempotencyKey: input.idempotencyKey,
    currency: quote.currency,
    pricesIncludeTax: quote.pricesIncludeTax,
    subtotalAmount: quote.subtotal.amount,
    discountAmount: quote.discount.amount,
    shippingAmount: shipping.amount,
    taxAmount: quote.tax.amount,
    totalAmount: quote.total.amount,
    pricingSnapshot: pricingSnapshotOf(quote),
    shippingAddress: { ...input.shippingAddress },
    shippingMethod: { code: shipping.code, name: shipping.name },
    pickupLocation: shipping.code === COLLECT_IN_STORE ? settings.pickupLocation : null,
    reservationExpiresAt,
    payment,
    lines: quote.lines.map(({ unitPrice, discount, lineTotal, tax, ...line }) => ({
      ...line,
      unitPriceAmount: unitPrice.amount,
      discountAmount: discount.amount,
      lineTotalAmount: lineTotal.amount,
      taxAmount: tax.amount,
    })),
  };
}

/** Starts the order's payment with the provider and records it; answers the payment as its view shows it. */
async function startPayment(prisma: PrismaClient, payments: PaymentProvider, order: RecordedOrder, email: string, source: OrderSource): Promise<{ provider: string; state: PaymentState; clientSecret: string | null }> {
  const orderId = order.id;
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
  const state = await recordStartedPayment(prisma, {
    orderId,
    provider: payments.name,
    providerRef: created.providerRef,
    amount: order.totalAmount,
    currency: order.currency,
    clientSecret: created.clientSecret,
    status: created.status,
  });
  return { provider: payments.name, state, clientSecret: created.clientSecret };
}
