// Prices a cart for a destination: goods at catalog prices, shipping from the rate tables, tax
// at the country's rate — all on the server. Placing an order re-runs this inside its transaction.
import type { Prisma, PrismaClient } from '@tandem/db';
import { readCart } from '../carts/cart-lines.ts';
import { DomainError } from '../shared/errors.ts';
import { money } from '../shared/money.ts';
import { checkoutSettings, type CheckoutSettings } from './checkout-settings.ts';
import { shippingOptions } from './shipping-rates.ts';
import { taxOf } from './tax.ts';
import type { CheckoutQuote } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export async function quoteCart(
  db: Db,
  cartId: string | null,
  country: string,
  shippingMethodCode?: string,
  /** The destination's settings when the caller already loaded them. */
  preloaded?: CheckoutSettings,
): Promise<CheckoutQuote> {
  const settings = preloaded ?? (await checkoutSettings(db, country));
  const cart = await readCart(db, cartId, settings.currency);
  if (cart.lines.length === 0) throw new DomainError('invalid_input', 'Your cart is empty.');
  if (!cart.purchasable) {
    const problems = cart.lines.flatMap((l) => l.problems.map((p) => `${l.productTitle}: ${p}`));
    throw new DomainError('conflict', `Some items cannot be bought as they are. ${problems.join(' ')}`);
  }
  const weights = await db.productVariant.findMany({ where: { id: { in: cart.lines.map((l) => l.variantId) } }, select: { id: true, weightGrams: true } });
  const weightOf = new Map(weights.map((w) => [w.id, w.weightGrams]));
  const { currency, pricesIncludeTax, taxRateBps } = settings;
  const lines = cart.lines.map((line) => ({
    variantId: line.variantId,
    sku: line.sku,
    productTitle: line.productTitle,
    variantTitle: line.variantTitle,
    optionValues: line.optionValues,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    lineTotal: line.lineTotal,
    tax: money(taxOf(line.lineTotal.amount, taxRateBps, pricesIncludeTax), currency),
    weightGrams: (weightOf.get(line.variantId) ?? 0) * line.quantity,
    configuration: line.configuration,
  }));
  const subtotal = cart.subtotal.amount;
  const options = shippingOptions(settings.methods, {
    country,
    weightGrams: lines.reduce((sum, l) => sum + l.weightGrams, 0),
    goodsAmount: subtotal,
    currency,
  });
  const shipping = shippingMethodCode ? options.find((o) => o.code === shippingMethodCode) : options[0];
  if (shippingMethodCode && !shipping) {
    throw new DomainError('invalid_input', 'That shipping method is not available for this address.', { shippingMethodCode: ['Not available'] });
  }
  const shippingAmount = shipping?.amount ?? 0;
  const tax = lines.reduce((sum, l) => sum + l.tax.amount, 0) + taxOf(shippingAmount, taxRateBps, pricesIncludeTax);
  const total = subtotal + shippingAmount + (pricesIncludeTax ? 0 : tax);
  return {
    currency,
    pricesIncludeTax,
    lines,
    subtotal: money(subtotal, currency),
    shippingOptions: options,
    shipping: shipping ?? null,
    taxRateBps,
    tax: money(tax, currency),
    total: money(total, currency),
  };
}
