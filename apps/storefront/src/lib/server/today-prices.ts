// Listing and product prices through the pricing engine: the shopper's price list and running
// sales replace the catalog price, and the catalog price becomes the struck-through "was".
import type { Api } from './api';

interface Priced {
  id: string;
  price: { min: { amount: number; currency: string }; max: { amount: number; currency: string } };
  compareAt: { amount: number; currency: string } | null;
}

type Prices = Awaited<ReturnType<Api['promotions']['productPrices']['query']>>;

/** The products with today's prices; on an API failure the catalog prices stay (never a broken page). */
export async function withTodayPrices<T extends Priced>(api: Api, products: readonly T[]): Promise<T[]> {
  if (products.length === 0) return [...products];
  return applyTodayPrices(products, await todayPrices(api, products.map((p) => p.id)));
}

/** `products` with the prices of `prices` where they are lower than the catalog's. */
function applyTodayPrices<T extends Priced>(products: readonly T[], prices: Prices): T[] {
  return products.map((product) => {
    const today = prices.find((p) => p.productId === product.id);
    if (!today || today.min >= product.price.min.amount) return product;
    const currency = product.price.min.currency;
    const was = Math.max(today.regularMin, product.compareAt?.amount ?? 0);
    const max = Math.max(...today.variants.map((v) => v.amount));
    return { ...product, price: { min: { amount: today.min, currency }, max: { amount: max, currency } }, compareAt: { amount: was, currency } };
  });
}

export async function todayPrices(api: Api, productIds: string[]): Promise<Prices> {
  try {
    return await api.promotions.productPrices.query({ productIds });
  } catch (cause) {
    console.error('Pricing unavailable; showing catalog prices:', cause);
    return [];
  }
}

interface PricedDetail extends Priced {
  variants: { id: string; price: { amount: number; currency: string }; compareAt: { amount: number; currency: string } | null }[];
}

/** A product page's product with today's variant prices, and each variant's volume tiers by variant id. */
export async function withTodayVariantPrices<T extends PricedDetail>(api: Api, product: T): Promise<{ product: T; tiers: Record<string, { minQuantity: number; unitAmount: number }[]>; labels: Record<string, string> }> {
  // One call: the product's range and its variants' prices come from the same answer.
  const prices = await todayPrices(api, [product.id]);
  const [today] = prices;
  if (!today) return { product, tiers: {}, labels: {} };
  const [priced] = applyTodayPrices([product], prices);
  const variants = product.variants.map((variant) => {
    const v = today.variants.find((t) => t.variantId === variant.id);
    if (!v || v.amount >= variant.price.amount) return variant;
    const was = Math.max(variant.price.amount, variant.compareAt?.amount ?? 0);
    return { ...variant, price: { ...variant.price, amount: v.amount }, compareAt: { ...variant.price, amount: was } };
  });
  return {
    product: { ...priced!, variants },
    tiers: Object.fromEntries(today.variants.filter((v) => v.tiers.length).map((v) => [v.variantId, v.tiers])),
    labels: Object.fromEntries(today.variants.flatMap((v) => (v.label ? [[v.variantId, v.label]] : []))),
  };
}
