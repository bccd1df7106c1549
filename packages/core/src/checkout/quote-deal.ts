// Prices one variant at a deal's unit price (a group buy's tier) for a destination: the same
// engine and quote shape as a cart, with the deal price replacing price lists, tiers and
// promotions (deals do not stack with promotions), shipping and tax as at checkout.
import type { Prisma, PrismaClient } from '@tandem/db';
import { isShownToShoppers, toOptionValues } from '../catalog/index.ts';
import { priceCart } from '../pricing/index.ts';
import { DomainError, NotFoundError } from '../shared/index.ts';
import type { CheckoutSettings } from './checkout-settings.ts';
import { toCheckoutQuote } from './quote.ts';
import type { CheckoutQuote } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** One variant bought at a deal price. */
export interface DealLine {
  variantId: string;
  quantity: number;
  unitAmount: number;
  /** How the price step is explained, e.g. "Group buy: 5+ buyers". */
  label: string;
}

const NO_RULES = { promotions: [], priceLists: [], tiers: [] };

export async function quoteDealLine(
  db: Db,
  deal: DealLine,
  destination: { country: string; shippingMethodCode?: string | undefined; settings: CheckoutSettings },
  now = new Date(),
): Promise<CheckoutQuote> {
  const { settings, country, shippingMethodCode } = destination;
  const variant = await db.productVariant.findUnique({
    where: { id: deal.variantId },
    select: { id: true, sku: true, title: true, optionValues: true, priceAmount: true, currency: true, weightGrams: true, stockOnHand: true, product: { select: { id: true, title: true, status: true } } },
  });
  if (!variant || !isShownToShoppers(variant.product)) throw new NotFoundError('product variant', deal.variantId);
  if (variant.currency !== settings.currency) throw new DomainError('invalid_input', `This item is not sold in ${settings.currency}.`);
  if (variant.stockOnHand < deal.quantity) throw new DomainError('conflict', `Only ${Math.max(0, variant.stockOnHand)} left in stock.`);
  const priced = priceCart({
    currency: settings.currency,
    now,
    lines: [{ key: variant.id, productId: variant.product.id, variantId: variant.id, categoryIds: [], quantity: deal.quantity, baseUnitAmount: variant.priceAmount, dealUnit: { amount: deal.unitAmount, label: deal.label } }],
    customer: { customerId: null, group: 'CONSUMER', segmentKeys: [], isFirstOrder: false, referringPartnerId: null, redemptions: {} },
    code: null,
    rules: NO_RULES,
    tax: { rateBps: settings.taxRateBps, pricesIncludeTax: settings.pricesIncludeTax },
    shipping: { methods: settings.methods, country, weightGrams: variant.weightGrams * deal.quantity, methodCode: shippingMethodCode },
  });
  const item = {
    variantId: variant.id,
    sku: variant.sku,
    productTitle: variant.product.title,
    variantTitle: variant.title,
    optionValues: toOptionValues(variant.optionValues),
    quantity: deal.quantity,
    unitWeightGrams: variant.weightGrams,
    configuration: null,
  };
  return toCheckoutQuote([item], priced, settings, shippingMethodCode);
}
