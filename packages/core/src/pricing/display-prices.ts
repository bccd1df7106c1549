// Prices for listings and product pages: what one unit costs this shopper today (price list,
// sale promotions) and the volume tiers. Only automatic product promotions without conditions
// count as a "sale price": a code or a minimum spend is only known in the cart.
import type { PrismaClient } from '@tandem/db';
import { VISIBLE_VARIANTS } from '../catalog/index.ts';
import { loadCustomerContext } from './load-customer-context.ts';
import type { ActiveRuleSet } from './active-rule-set.ts';
import { loadPricingRules } from './load-pricing-rules.ts';
import { withLineFacts } from './line-facts.ts';
import { discountClassOf } from './eligibility.ts';
import { priceCart } from './price-cart.ts';
import type { PromotionRule } from './types.ts';

export interface VariantDisplayPrice {
  variantId: string;
  /** One unit today, for this shopper. */
  amount: number;
  /** The catalog price, when `amount` is lower. */
  regularAmount: number;
  /** Why it is lower (the price list or sale), or null. */
  label: string | null;
  tiers: { minQuantity: number; unitAmount: number }[];
  /** When the sale promotions behind a lower `amount` started and end (null: open-ended or no sale). */
  saleWindow: SaleWindow | null;
}

/** The time a sale price holds: the overlap of its promotions' windows. */
export interface SaleWindow {
  startsAt: Date | null;
  endsAt: Date | null;
}

export interface ProductDisplayPrice {
  productId: string;
  currency: string;
  /** The cheapest variant's price today and its regular price. */
  min: number;
  regularMin: number;
  label: string | null;
  variants: VariantDisplayPrice[];
}

const isShownAsSale = (p: PromotionRule) =>
  p.code === null && discountClassOf(p) === 'PRODUCT' && (p.kind === 'PERCENT' || p.kind === 'FIXED_AMOUNT') && p.minSubtotalAmount === null && p.minQuantity === null && !p.firstOrderOnly && p.usageLimit === null && p.perCustomerLimit === null;

/**
 * Display prices of the visible products among `productIds`, in their order. Draft, archived and
 * unknown products are left out alike (the catalog's visibility rule), so no price leaks early.
 */
export async function productDisplayPrices(prisma: PrismaClient, productIds: readonly string[], customerId: string | null, now = new Date(), activeRules?: ActiveRuleSet): Promise<ProductDisplayPrice[]> {
  const variants = await prisma.productVariant.findMany({
    where: { AND: [VISIBLE_VARIANTS, { productId: { in: [...productIds] } }] },
    select: { id: true, productId: true, priceAmount: true, currency: true, configurableBases: { select: { fromDeltaAmount: true } } },
    orderBy: [{ productId: 'asc' }, { position: 'asc' }],
  });
  // A configurable product's base variant is shown at its cheapest valid build, priced as the
  // cart prices a configured line: the base, then the build's options as a configuration delta.
  const buildDelta = (v: (typeof variants)[number]) => v.configurableBases[0]?.fromDeltaAmount ?? null;
  const regularOf = (v: (typeof variants)[number]) => v.priceAmount + (buildDelta(v) ?? 0);
  if (variants.length === 0) return [];
  const currency = variants[0]!.currency;
  const rules = await loadPricingRules(prisma, { currency, now, code: null, variantIds: variants.map((v) => v.id) }, activeRules);
  const saleRules = { ...rules, promotions: rules.promotions.filter(isShownAsSale) };
  const customer = await loadCustomerContext(prisma, customerId, {}, { group: true, firstOrder: false, redemptions: false });
  const lines = await withLineFacts(prisma, variants.map((v) => {
    const delta = buildDelta(v);
    return { key: v.id, variantId: v.id, quantity: 1, baseUnitAmount: v.priceAmount, ...(delta === null ? {} : { configurationDeltas: [{ label: 'Cheapest build', amount: delta }] }) };
  }));
  const priced = new Map(
    lines.map((line) => {
      const p = priceCart({ currency, now, lines: [line], customer, code: null, rules: saleRules, tax: { rateBps: 0, pricesIncludeTax: true } }).lines[0]!;
      const reasons = p.steps.slice(1).filter((s) => s.kind !== 'configuration');
      return [line.variantId, { amount: p.totalAmount, label: reasons.map((s) => s.label).join(', ') || null, saleWindow: saleWindowOf(p.steps, saleRules.promotions) }];
    }),
  );
  return productIds.flatMap((productId) => {
    const own = variants.filter((v) => v.productId === productId);
    if (own.length === 0) return [];
    const shown = own.map((v) => ({
      variantId: v.id,
      amount: priced.get(v.id)!.amount,
      regularAmount: regularOf(v),
      label: priced.get(v.id)!.label,
      saleWindow: priced.get(v.id)!.saleWindow,
      tiers: rules.tiers.filter((t) => t.variantId === v.id).map(({ minQuantity, unitAmount }) => ({ minQuantity, unitAmount })),
    }));
    const cheapest = shown.reduce((a, b) => (b.amount < a.amount ? b : a));
    return [{ productId, currency, min: cheapest.amount, regularMin: Math.min(...own.map(regularOf)), label: cheapest.label, variants: shown }];
  });
}

function saleWindowOf(steps: readonly { promotionId?: string }[], promotions: readonly PromotionRule[]): SaleWindow | null {
  const applied = promotions.filter((p) => steps.some((s) => s.promotionId === p.id));
  if (applied.length === 0) return null;
  const starts = applied.flatMap((p) => (p.startsAt ? [p.startsAt.getTime()] : []));
  const ends = applied.flatMap((p) => (p.endsAt ? [p.endsAt.getTime()] : []));
  return { startsAt: starts.length ? new Date(Math.max(...starts)) : null, endsAt: ends.length ? new Date(Math.min(...ends)) : null };
}
