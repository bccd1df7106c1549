// What the order-placed e-mail lists beyond its number and total: the lines, the amounts that
// make up the total, where it ships and how the payment stands. Read in the transaction that
// queues the e-mail, from the order as it was recorded.
import type { Prisma } from '@tandem/db';
import { toOptionValues } from '../catalog/index.ts';
import { formatted } from './email-text.ts';
import { bankTransferFacts, howToPayOf } from './payment-instructions.ts';
import { pickupLocationOf, type PickupLocation } from './pickup-location.ts';

/** One line of the order as the e-mail lists it; amounts in minor units of the order's currency. */
export interface OrderEmailLine {
  productTitle: string;
  variantTitle: string;
  quantity: number;
  unitPriceAmount: number;
  lineTotalAmount: number;
  /** Promotions already taken off `lineTotalAmount`. */
  discountAmount: number;
}

/** The order-placed e-mail's details (all amounts in minor units of the order's currency). */
export interface OrderEmailDetails {
  lines: OrderEmailLine[];
  subtotalAmount: number;
  discountAmount: number;
  shippingAmount: number;
  taxAmount: number;
  pricesIncludeTax: boolean;
  shippingMethodName: string;
  /** name, line1, line2, postalCode, city, region, country, as checkout recorded them. */
  shippingAddress: Record<string, string>;
  /** The latest payment: its provider (`offline`, `stripe`) and whether it already succeeded. */
  payment: { provider: string; succeeded: boolean } | null;
  /** Until when an unpaid order holds its stock (ISO 8601). */
  reservationExpiresAt: string;
  /**
   * How to pay, when the shop has such details (account holder, IBAN, reference): shown as
   * given, in order. Absent: the e-mail names no bank details.
   */
  paymentInstructions?: { label: string; value: string }[];
  /** Where to collect and pay, for an order paid on pickup. */
  pickupInstructions?: string;
  /** Collect in store: where and when; the recorded address is then the billing address. */
  pickupLocation?: PickupLocation;
}

/** The details of one order for its confirmation e-mail. */
export async function orderEmailDetails(tx: Prisma.TransactionClient, orderId: string): Promise<OrderEmailDetails> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      subtotalAmount: true,
      discountAmount: true,
      shippingAmount: true,
      taxAmount: true,
      pricesIncludeTax: true,
      shippingMethodName: true,
      shippingAddress: true,
      reservationExpiresAt: true,
      totalAmount: true,
      currency: true,
      paymentMethod: true,
      paymentReference: true,
      paymentInstructions: true,
      pickupLocation: true,
      lines: { select: { productTitle: true, variantTitle: true, quantity: true, unitPriceAmount: true, lineTotalAmount: true, discountAmount: true }, orderBy: { id: 'asc' } },
      payments: { select: { provider: true, state: true }, orderBy: { createdAt: 'desc' }, take: 1 },
    },
  });
  const payment = order.payments[0];
  const how = howToPayOf(order);
  const pickupLocation = pickupLocationOf(order.pickupLocation);
  return {
    ...(pickupLocation ? { pickupLocation } : {}),
    ...(how?.method === 'bank_transfer' ? { paymentInstructions: bankTransferFacts(how, formatted(order.totalAmount, order.currency)) } : {}),
    ...(how?.method === 'pickup' ? { pickupInstructions: how.instructions } : {}),
    lines: order.lines,
    subtotalAmount: order.subtotalAmount,
    discountAmount: order.discountAmount,
    shippingAmount: order.shippingAmount,
    taxAmount: order.taxAmount,
    pricesIncludeTax: order.pricesIncludeTax,
    shippingMethodName: order.shippingMethodName,
    shippingAddress: toOptionValues(order.shippingAddress),
    payment: payment ? { provider: payment.provider, succeeded: payment.state === 'SUCCEEDED' } : null,
    reservationExpiresAt: order.reservationExpiresAt.toISOString(),
  };
}
