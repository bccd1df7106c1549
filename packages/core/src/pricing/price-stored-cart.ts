// Prices a stored cart through the engine: its lines, its owner and the code kept on it.
import type { Prisma, PrismaClient } from '@tandem/db';
import { loadCustomerContext, type CustomerHints } from './load-customer-context.ts';
import type { ActiveRuleSet } from './active-rule-set.ts';
import type { VersionedRuleSet } from './rules-cache.ts';
import { loadPricingRules } from './load-pricing-rules.ts';
import { withLineFacts, type LineToPrice } from './line-facts.ts';
import { priceCart } from './price-cart.ts';
import type { PricedCart, PricingInput, PricingRules } from './types.ts';

function needsOf(rules: PricingRules) {
  const { promotions } = rules;
  return {
    group: rules.priceLists.length > 0 || promotions.some((p) => p.customerGroups.length > 0),
    firstOrder: promotions.some((p) => p.firstOrderOnly),
    redemptions: promotions.some((p) => p.perCustomerLimit !== null),
    segments: promotions.some((p) => p.segmentKeys.length > 0),
  };
}

type Db = PrismaClient | Prisma.TransactionClient;

export interface StoredCartPricing {
  cartId: string | null;
  /** The cart's owner and kept code when the caller already read the row (checkout locked it). */
  cart?: { customerId: string | null; promotionCode: string | null } | undefined;
  lines: readonly LineToPrice[];
  currency: string;
  now: Date;
  tax: PricingInput['tax'];
  shipping?: PricingInput['shipping'];
  hints?: CustomerHints;
  /** The process's cached promotions and price lists (rules-cache.ts), trusted as they are (quotes); read live when absent. */
  activeRules?: ActiveRuleSet | undefined;
  /** Checkout's cached rules: used only while the catalog version read in `db`'s transaction is theirs. */
  candidateRules?: VersionedRuleSet | undefined;
}

export async function priceStoredCart(db: Db, q: StoredCartPricing): Promise<PricedCart> {
  const cart = q.cart ?? (q.cartId ? await db.cart.findUnique({ where: { id: q.cartId }, select: { customerId: true, promotionCode: true } }) : null);
  const code = cart?.promotionCode ?? null;
  const rules = await loadPricingRules(db, { currency: q.currency, now: q.now, code, variantIds: q.lines.map((l) => l.variantId) }, q.activeRules, q.candidateRules);
  // Only what the loaded rules can use is read: most carts meet no targeted promotion.
  const targeted = rules.promotions.some((p) => p.productIds.length + p.categoryIds.length > 0);
  const lines = targeted ? await withLineFacts(db, q.lines) : q.lines.map((l) => ({ ...l, productId: '', categoryIds: [] }));
  const customer = await loadCustomerContext(db, cart?.customerId ?? null, q.hints, needsOf(rules));
  return priceCart({ currency: q.currency, now: q.now, lines, customer, code, rules, tax: q.tax, shipping: q.shipping });
}
