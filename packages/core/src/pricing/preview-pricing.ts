// The admin's preview: a sample cart priced by the engine with the rules as they are plus the
// draft being edited (not saved), so staff see a rule's effect and its explanation first.
import type { PrismaClient } from '@tandem/db';
import type { PricingPreviewInput } from '@tandem/validators';
import { DomainError } from '../shared/index.ts';
import { withLineFacts } from './line-facts.ts';
import { loadPricingRules } from './load-pricing-rules.ts';
import { priceCart } from './price-cart.ts';
import type { PricedCart, PricingRules, PromotionRule } from './types.ts';

export interface PricingPreview extends PricedCart {
  /** What each priced line is, in the order of the request. */
  items: { sku: string; title: string; quantity: number }[];
}

const DRAFT_ID = 'draft';

export async function previewPricing(prisma: PrismaClient, input: PricingPreviewInput, now = new Date()): Promise<PricingPreview> {
  const variants = await prisma.productVariant.findMany({
    where: { sku: { in: input.lines.map((l) => l.sku) } },
    select: { id: true, sku: true, title: true, priceAmount: true, currency: true, product: { select: { title: true } } },
  });
  const bySku = new Map(variants.map((v) => [v.sku, v]));
  const missing = input.lines.filter((l) => !bySku.has(l.sku)).map((l) => l.sku);
  if (missing.length) throw new DomainError('invalid_input', `No variant with SKU ${missing.join(', ')}.`, { lines: [`Unknown SKU ${missing.join(', ')}`] });
  const currency = variants[0]!.currency;
  const code = input.code ?? input.promotion?.code ?? null;
  const saved = await loadPricingRules(prisma, { currency, now, code, variantIds: variants.map((v) => v.id) });
  const rules = await withDraft(prisma, saved, input);
  const lines = await withLineFacts(
    prisma,
    input.lines.map((l, i) => ({ key: `l${i}`, variantId: bySku.get(l.sku)!.id, quantity: l.quantity, baseUnitAmount: bySku.get(l.sku)!.priceAmount })),
  );
  const priced = priceCart({
    currency,
    now,
    lines,
    customer: { customerId: null, group: input.customerGroup, segmentKeys: input.segmentKeys, isFirstOrder: input.firstOrder, referringPartnerId: null, redemptions: {} },
    code,
    rules,
    // Like the cart page: goods and promotions; shipping and tax depend on the destination.
    tax: { rateBps: 0, pricesIncludeTax: true },
  });
  const items = input.lines.map((l) => {
    const v = bySku.get(l.sku)!;
    return { sku: v.sku, title: v.title ? `${v.product.title} — ${v.title}` : v.product.title, quantity: l.quantity };
  });
  return { ...priced, items };
}

async function withDraft(prisma: PrismaClient, saved: PricingRules, input: PricingPreviewInput): Promise<PricingRules> {
  let { promotions, priceLists, tiers } = saved;
  if (input.promotion) {
    const id = input.promotionId ?? DRAFT_ID;
    const usedCount = input.promotionId ? ((await prisma.promotion.findUnique({ where: { id }, select: { usedCount: true } }))?.usedCount ?? 0) : 0;
    const draft: PromotionRule = { ...input.promotion, id, usedCount };
    promotions = [...promotions.filter((p) => p.id !== id), ...(input.promotion.active ? [draft] : [])];
  }
  if (input.priceList) {
    const { id = DRAFT_ID, entries, ...list } = input.priceList;
    if (list.active) priceLists = [...priceLists.filter((l) => l.id !== id), { ...list, id, prices: Object.fromEntries(entries.map((e) => [e.variantId, e.amount])) }];
    else priceLists = priceLists.filter((l) => l.id !== id);
  }
  if (input.tiers) {
    const { variantId } = input.tiers;
    tiers = [...tiers.filter((t) => t.variantId !== variantId), ...input.tiers.tiers.map((t) => ({ ...t, variantId }))];
  }
  return { ...saved, promotions, priceLists, tiers };
}
