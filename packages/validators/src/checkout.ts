import { z } from 'zod';
import { line } from './text.ts';
import { AddressInput } from './accounts.ts';
import { wholeNumber } from './numbers.ts';

/** A delivery address as given at checkout (the same fields as a saved address). */
export const ShippingAddressInput = AddressInput.omit({ isDefault: true });

const MethodCode = line().trim().min(1).max(40);

export const CheckoutQuoteInput = z.object({
  country: ShippingAddressInput.shape.country,
  shippingMethodCode: MethodCode.optional(),
});

export const PlaceOrderInput = z.object({
  /** A fresh random key per checkout attempt (e.g. a UUID made when the checkout page loads). */
  idempotencyKey: line().trim().min(16, 'The idempotency key is too short').max(100),
  shippingAddress: ShippingAddressInput,
  shippingMethodCode: MethodCode,
});
export type PlaceOrderInput = z.input<typeof PlaceOrderInput>;

export const OrderIdInput = z.object({ id: line().trim().min(1).max(64) });

export const RefundOrderInput = z.object({
  id: line().trim().min(1).max(64),
  /** Minor units. */
  amount: wholeNumber('Amounts are whole minor units (cents)').min(1, 'Refund at least one cent'),
  idempotencyKey: line().trim().min(16).max(100),
});
