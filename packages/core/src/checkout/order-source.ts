// What an order is made from. The place-order workflow (place-order.ts) is the same for every
// source: one transaction prices what is bought, reserves stock and records the order, then the
// payment is started; the source says how it is priced and what else changes with the order.
import type { Prisma } from '@tandem/db';
import type { PaymentChoice } from '../orders/index.ts';
import type { CheckoutSettings } from './checkout-settings.ts';
import type { CheckoutQuote } from './types.ts';

type Tx = Prisma.TransactionClient;

/** Returned by `price` when a copy of this request already placed the order. */
export const ALREADY_PLACED = Symbol('already placed');

export interface OrderSource {
  /** `automatic`: the payment is taken when the shopper pays; `manual`: authorised now, captured later. */
  capture: 'automatic' | 'manual';
  /** Locks and prices what is bought, inside the order's transaction. */
  price(tx: Tx, settings: CheckoutSettings, now: Date): Promise<CheckoutQuote | typeof ALREADY_PLACED>;
  /** Until when the stock stays reserved while the order is unpaid. */
  reservedUntil(settings: CheckoutSettings, now: Date): Date;
  /** The payment method chosen and the shop's details for it, recorded with the order; absent for none. */
  payment?: PaymentChoice | undefined;
  /** Runs in the order's transaction once the order exists (convert the cart, record a participant). */
  recorded(tx: Tx, order: { id: string; totalAmount: number }, quote: CheckoutQuote): Promise<void>;
  /** Runs in the cancellation's transaction when starting the payment failed (compensation). */
  paymentFailed?(tx: Tx, orderId: string): Promise<void>;
}
