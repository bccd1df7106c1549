import type { Prisma } from '@tandem/db';
import type { PricedCart, PriceStep, PricingOutcome } from './types.ts';

/** What an order is priced from, as far as its pricing snapshot goes (a checkout quote is one). */
export interface PricedOrder {
  pricing: PricingOutcome;
  shipping: PricedCart['shipping'];
  /** Goods promotions taken off the lines. */
  discount: { amount: number };
}

/** A plain value as Prisma JSON (drops undefined fields, as JSON does). */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** What an order keeps of its pricing: the promotions applied and not, the code's fate, shipping discount. */
export function pricingSnapshotOf(quote: PricedOrder): Prisma.InputJsonValue {
  return toJson({ ...quote.pricing, shippingDiscount: quote.shipping?.discountAmount ?? 0, discount: quote.discount.amount });
}

const stepKinds = new Set(['base', 'price_list', 'tier', 'clearance', 'group_buy', 'configuration', 'promotion']);

/** An order line's stored explanation read back; anything malformed is left out rather than trusted. */
export function stepsFromJson(value: Prisma.JsonValue): PriceStep[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
    const { kind, label, amount, unitAmount } = raw as Record<string, unknown>;
    if (typeof kind !== 'string' || !stepKinds.has(kind) || typeof label !== 'string' || typeof amount !== 'number') return [];
    return [{ kind: kind as PriceStep['kind'], label, amount, ...(typeof unitAmount === 'number' ? { unitAmount } : {}) }];
  });
}
