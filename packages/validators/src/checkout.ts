import { z } from 'zod';
import { line } from './text.ts';
import { AddressInput, Email, NewPassword } from './accounts.ts';
import { wholeNumber } from './numbers.ts';
import { PaymentMethodCode } from './payment-methods.ts';
import { MinorAmount } from './catalog.ts';

/** A delivery address as given at checkout (the same fields as a saved address). */
export const ShippingAddressInput = AddressInput.omit({ isDefault: true });

const MethodCode = line().trim().min(1).max(40);

/** Which payment methods checkout offers depends on the shipping method (pay on pickup only when collecting). */
export const PaymentMethodsInput = z.object({ shippingMethodCode: MethodCode.optional() }).optional();

export const CheckoutQuoteInput = z.object({
  country: ShippingAddressInput.shape.country,
  shippingMethodCode: MethodCode.optional(),
  /**
   * A guest's e-mail, once typed: first-order promotions also count orders placed with it, so the
   * quote shows the total the order will charge. Ignored for a signed-in customer (their account's).
   */
  email: Email.optional(),
});

/** What every order request carries (checkout, group-buy joins). */
export const OrderRequestInput = z.object({
  /** A fresh random key per checkout attempt (e.g. a UUID made when the checkout page loads). */
  idempotencyKey: line().trim().min(16, 'The idempotency key is too short').max(100),
  shippingAddress: ShippingAddressInput,
  shippingMethodCode: MethodCode,
});

/** The shopper's acknowledgement of the terms and the right of withdrawal: checked on the server, not only by the form. */
export const AcceptedTerms = z.literal(true, { error: 'Please accept the terms and the right of withdrawal to place your order.' });

/**
 * A checkout's order: the shopper's acknowledgement and the payment method they chose (checked
 * against the methods the shop offers; absent, the shop's first offered method, for older clients).
 */
export const PlaceOrderInput = OrderRequestInput.extend({
  acceptedTerms: AcceptedTerms,
  paymentMethod: PaymentMethodCode.optional(),
  /** The total the shopper was shown, in minor units: when the order's total differs, it is refused (CONFLICT) with the new total. */
  expectedTotal: MinorAmount.optional(),
});
export type PlaceOrderInput = z.input<typeof PlaceOrderInput>;

/** A guest's order: the checkout fields plus the e-mail the confirmation and the order link go to. */
export const GuestPlaceOrderInput = PlaceOrderInput.extend({ email: Email });
export type GuestPlaceOrderInput = z.input<typeof GuestPlaceOrderInput>;

/** A guest order link's token (43 URL-safe characters, from the confirmation page or the e-mail). */
export const GuestOrderTokenInput = z.object({ token: line().trim().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid order link') });

/** The password of the account a guest creates to keep their order; the e-mail is the order's. */
export const GuestAccountInput = GuestOrderTokenInput.extend({ password: NewPassword });
export type GuestAccountInput = z.output<typeof GuestAccountInput>;

export const OrderIdInput = z.object({ id: line().trim().min(1).max(64) });

export const RefundOrderInput = z.object({
  id: line().trim().min(1).max(64),
  /** Minor units. */
  amount: wholeNumber('Amounts are whole minor units (cents)').min(1, 'Refund at least one cent'),
  idempotencyKey: line().trim().min(16).max(100),
});
