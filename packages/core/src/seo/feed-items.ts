// The catalog as comparison-shopping items: one per variant of every ACTIVE product, priced by
// the pricing engine as an anonymous shopper sees it today (sale promotions and clearance), in
// stock or not from the variant, shipping from the store's rate tables. Read in keyset chunks
// so a large catalog streams. Each item's image is its variant's own, as a PNG: Google Merchant
// takes no SVG.
import type { PrismaClient } from '@tandem/db';
import { rasterMediaUrl } from '@tandem/media/raster-url';
import { VISIBLE_PRODUCTS, imageForVariant, toOptionValues } from '../catalog/index.ts';
import { cheapestShipping, productDisplayPrices, type SaleWindow } from '../pricing/index.ts';
import { normalizeBaseUrl } from './xml.ts';

/** One feed item (a variant), with money in minor units. */
export interface FeedItem {
  id: string;
  title: string;
  description: string;
  link: string;
  imageLink: string | null;
  availability: 'in_stock' | 'out_of_stock';
  currency: string;
  priceAmount: number;
  /** Set only while a sale price is lower than the regular price. */
  sale: { amount: number; window: SaleWindow | null } | null;
  brand: string | null;
  gtin: string | null;
  mpn: string | null;
  condition: 'new';
  /** The product, when it has more than one variant. */
  itemGroupId: string | null;
  /** The category trail, "Bikes > Road". */
  productType: string;
  shipping: { country: string; amount: number }[];
}

export interface FeedOptions {
  baseUrl: string;
  now?: Date;
  /** Countries to quote shipping for (ISO 3166-1 alpha-2). */
  shippingCountries?: readonly string[];
  /** Products read per query. */
  chunkSize?: number;
}

/** Every visible variant as a feed item, chunk by chunk. */
export async function* feedItems(prisma: PrismaClient, options: FeedOptions): AsyncGenerator<FeedItem[]> {
  const base = normalizeBaseUrl(options.baseUrl);
  const now = options.now ?? new Date();
  const countries = options.shippingCountries ?? ['NL'];
  const chunkSize = options.chunkSize ?? 500;
  const trail = await categoryTrails(prisma);
  let after: string | null = null;
  for (;;) {
    const products: FeedProduct[] = await prisma.product.findMany({
      where: { AND: [VISIBLE_PRODUCTS, after ? { id: { gt: after } } : {}] },
      orderBy: { id: 'asc' },
      take: chunkSize,
      select: {
        id: true, slug: true, title: true, description: true, categoryId: true,
        brand: { select: { name: true } },
        images: { select: { url: true, alt: true, width: true, height: true, optionValues: true }, orderBy: { position: 'asc' } },
        variants: { select: { id: true, sku: true, title: true, optionValues: true, stockOnHand: true, priceAmount: true, currency: true, gtin: true, mpn: true, weightGrams: true }, orderBy: { position: 'asc' } },
      },
    });
    if (products.length === 0) return;
    after = products.at(-1)!.id;
    const prices = new Map((await pricesByCurrency(prisma, products, now)).flatMap((p) => p.variants.map((v) => [v.variantId, v] as const)));
    const variants = products.flatMap((p) => p.variants);
    const shipping = await Promise.all(countries.map(async (country) => ({
      country,
      amounts: await cheapestShipping(prisma, country, variants.map((v) => ({ weightGrams: v.weightGrams, goodsAmount: prices.get(v.id)?.amount ?? v.priceAmount, currency: v.currency }))),
    })));
    let index = 0;
    yield products.flatMap((product) => product.variants.map((variant) => {
      const at = index++;
      const price = prices.get(variant.id);
      const regular = price?.regularAmount ?? variant.priceAmount;
      const today = price?.amount ?? regular;
      const many = product.variants.length > 1;
      return {
        id: variant.sku,
        title: many ? `${product.title} – ${variant.title}` : product.title,
        description: product.description || product.title,
        link: `${base}/p/${product.slug}${many ? `?variant=${encodeURIComponent(variant.sku)}` : ''}`,
        imageLink: feedImage(product.images, variant.optionValues, base),
        availability: variant.stockOnHand > 0 ? 'in_stock' : 'out_of_stock',
        currency: variant.currency,
        priceAmount: regular,
        sale: today < regular ? { amount: today, window: price?.saleWindow ?? null } : null,
        brand: product.brand?.name ?? null,
        gtin: variant.gtin,
        mpn: variant.mpn,
        condition: 'new',
        itemGroupId: many ? product.slug : null,
        productType: trail(product.categoryId),
        shipping: shipping.flatMap(({ country, amounts }) => (amounts[at] == null ? [] : [{ country, amount: amounts[at]! }])),
      } satisfies FeedItem;
    }));
    if (products.length < chunkSize) return;
  }
}

interface FeedProduct {
  id: string;
  slug: string;
  title: string;
  description: string;
  categoryId: string;
  brand: { name: string } | null;
  images: { url: string; alt: string; width: number; height: number; optionValues: unknown }[];
  variants: { id: string; sku: string; title: string; optionValues: unknown; stockOnHand: number; priceAmount: number; currency: string; gtin: string | null; mpn: string | null; weightGrams: number }[];
}

/** The absolute URL of a PNG showing the variant, or null when the product has no image. */
function feedImage(images: FeedProduct['images'], optionValues: unknown, base: string): string | null {
  const image = imageForVariant(images, toOptionValues(optionValues));
  return image ? rasterMediaUrl(new URL(image.url, base + '/').href) : null;
}

// The pricing engine prices one currency per call.
async function pricesByCurrency(prisma: PrismaClient, products: readonly { id: string; variants: readonly { currency: string }[] }[], now: Date) {
  const byCurrency = new Map<string, string[]>();
  for (const p of products) {
    const currency = p.variants[0]?.currency;
    if (currency) byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), p.id]);
  }
  const out = [];
  for (const ids of byCurrency.values()) out.push(...(await productDisplayPrices(prisma, ids, null, now)));
  return out;
}

async function categoryTrails(prisma: PrismaClient): Promise<(categoryId: string) => string> {
  const rows = await prisma.category.findMany({ select: { id: true, name: true, parentId: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (id) => {
    const names: string[] = [];
    for (let c = byId.get(id); c && names.length < 20; c = c.parentId ? byId.get(c.parentId) : undefined) names.unshift(c.name);
    return names.join(' > ');
  };
}
