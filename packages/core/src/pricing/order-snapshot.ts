import type { Prisma } from '@tandem/db';
import type { CheckoutQuote } from '../checkout/types.ts';

/** A plain value as Prisma JSON (drops undefined fields, as JSON does). */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** What an order keeps of its pricing: the promotions applied and not, the code's fate, shipping discount. */
export function pricingSnapshotOf(quote: CheckoutQuote): Prisma.InputJsonValue {
  return toJson({ ...quote.pricing, shippingDiscount: quote.shipping?.discountAmount ?? 0, discount: quote.discount.amount });
}
