// Prices a cart for a destination through the pricing engine: goods at catalog, price-list and
// tier prices less promotions, shipping from the rate tables, tax at the country's rate — all on
// the server. Placing an order re-runs this inside its transaction.
import type { Prisma, PrismaClient } from '@tandem/db';
import { readCartForPricing, type CartLineView, type LockedCart } from '../carts/index.ts';
import { segmentKeysOf } from '../personalization/index.ts';
import { priceStoredCart, type CustomerHints, type PricedCart, type VersionedRuleSet } from '../pricing/index.ts';
import { DomainError, money } from '../shared/index.ts';
import { checkoutSettings, type CheckoutSettings } from './checkout-settings.ts';
import type { CheckoutQuote } from './types.ts';
import type { OrderLineItem } from '../orders/index.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export async function quoteCart(
  db: Db,
  /** The cart's id, or the cart checkout locked (its owner and code are then not read again). */
  cartRef: string | LockedCart | null,
  country: string,
  shippingMethodCode?: string,
  /** The destination's settings when the caller already loaded them. */
  preloaded?: CheckoutSettings,
  now = new Date(),
  /** What other contexts know about the shopper (the referring partner, from affiliate tracking); segments default to personalization's. */
  hints: CustomerHints = {},
  /** Cached promotions and price lists, used only if `db`'s transaction reads their catalog version (checkout). */
  candidateRules?: VersionedRuleSet,
): Promise<CheckoutQuote> {
  const settings = preloaded ?? (await checkoutSettings(db, country));
  const cartId = typeof cartRef === 'string' || cartRef === null ? cartRef : cartRef.cartId;
  const { cart, weightOf } = await readCartForPricing(db, cartId, settings.currency);
  if (cart.lines.length === 0) throw new DomainError('invalid_input', 'Your cart is empty.');
  if (!cart.purchasable) {
    const problems = cart.lines.flatMap((l) => l.problems.map((p) => `${l.productTitle}: ${p}`));
    throw new DomainError('conflict', `Some items cannot be bought as they are. ${problems.join(' ')}`);
  }
  const { currency, pricesIncludeTax, taxRateBps } = settings;
  const weightGrams = cart.lines.reduce((sum, l) => sum + (weightOf.get(l.variantId) ?? 0) * l.quantity, 0);
  const priced = await priceStoredCart(db, {
    cartId,
    cart: typeof cartRef === 'object' && cartRef !== null ? cartRef : undefined,
    lines: cart.lines.map((l) => ({ key: l.id, variantId: l.variantId, quantity: l.quantity, ...pricingBaseOf(l) })),
    currency,
    now,
    tax: { rateBps: taxRateBps, pricesIncludeTax },
    shipping: { methods: settings.methods, country, weightGrams, methodCode: shippingMethodCode },
    hints: { segmentKeysOf: (customerId) => segmentKeysOf(db, customerId), ...hints },
    candidateRules,
  });
  return toCheckoutQuote(
    cart.lines.map((line) => ({ ...line, unitWeightGrams: weightOf.get(line.variantId) ?? 0 })),
    priced,
    settings,
    shippingMethodCode,
  );
}

/** What a quote line shows about the item, whatever it is bought from (cart, deal). */
export interface QuoteItem extends OrderLineItem {
  variantId: string;
  unitWeightGrams: number;
}

/** The engine's priced lines (in the order of `items`) as the checkout quote the order is made from. */
export function toCheckoutQuote(items: readonly QuoteItem[], priced: PricedCart, settings: CheckoutSettings, shippingMethodCode?: string): CheckoutQuote {
  const { currency, pricesIncludeTax, taxRateBps } = settings;
  const lines = items.map((line, i) => {
    const p = priced.lines[i]!;
    return {
      variantId: line.variantId,
      sku: line.sku,
      productTitle: line.productTitle,
      variantTitle: line.variantTitle,
      optionValues: line.optionValues,
      quantity: line.quantity,
      unitPrice: money(p.unitAmount, currency),
      discount: money(p.discountAmount, currency),
      lineTotal: money(p.totalAmount, currency),
      tax: money(p.taxAmount, currency),
      weightGrams: line.unitWeightGrams * line.quantity,
      configuration: line.configuration,
      explanation: p.steps,
    };
  });
  const shipping = priced.shipping;
  if (shippingMethodCode && !shipping) {
    throw new DomainError('invalid_input', 'That shipping method is not available for this address.', { shippingMethodCode: ['Not available'] });
  }
  const { applied, notApplied, code, summary } = priced;
  return {
    droppedCode: null,
    currency,
    pricesIncludeTax,
    lines,
    subtotal: money(priced.subtotalAmount, currency),
    discount: money(priced.discountAmount, currency),
    shippingOptions: priced.shippingOptions,
    shipping,
    taxRateBps,
    tax: money(priced.taxAmount, currency),
    total: money(priced.totalAmount, currency),
    pricing: { applied, notApplied, code, summary },
  };
}

/**
 * What the pricing engine starts from: a plain line's catalog price, or a configured line's base
 * price plus its configuration deltas (the configurator's breakdown, re-evaluated on every cart
 * read), so price lists, tiers and promotions apply to configured products too and the
 * explanation lists every option's surcharge.
 */
function pricingBaseOf(line: Pick<CartLineView, 'unitPrice' | 'configuration'>): { baseUnitAmount: number; configurationDeltas?: { label: string; amount: number }[] } {
  if (!line.configuration) return { baseUnitAmount: line.unitPrice.amount };
  const { base, lines } = line.configuration.price;
  return { baseUnitAmount: base.amount, configurationDeltas: lines.map(({ label, amount }) => ({ label, amount })) };
}
