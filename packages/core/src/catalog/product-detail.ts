import type { PrismaClient } from '@tandem/db';
import { NotFoundError, money } from '../shared/index.ts';
import { ancestry } from './category-tree.ts';
import { loadCategoryStructure } from './load-categories.ts';
import { productCardSelect, toProductCard } from './product-card.ts';
import { VISIBLE } from './visibility.ts';
import type { ProductDetail, VariantView } from './types.ts';
import { imageForVariant, plainImage, type TaggedImage } from './variant-images.ts';
import { stockOf, toOptionValues } from './variant-values.ts';

/** A shopper-visible product with its variants, images, attributes and breadcrumbs. */
export async function productBySlug(prisma: PrismaClient, slug: string): Promise<ProductDetail> {
  const row = await prisma.product.findFirst({
    where: { AND: [VISIBLE, { slug }] },
    select: {
      ...productCardSelect,
      description: true,
      categoryId: true,
      configurable: { select: { id: true, baseVariantId: true } },
      images: { select: { url: true, alt: true, width: true, height: true, optionValues: true }, orderBy: { position: 'asc' } },
      attributes: { select: { name: true, value: true }, orderBy: [{ name: 'asc' }, { value: 'asc' }] },
      variants: {
        select: { id: true, sku: true, title: true, optionValues: true, priceAmount: true, currency: true, compareAtAmount: true, stockOnHand: true, position: true, gtin: true, mpn: true },
        orderBy: [{ position: 'asc' }, { sku: 'asc' }],
      },
    },
  });
  if (!row) throw new NotFoundError('product', slug);

  // A configurable product's base variant cannot be bought alone: it shows the cheapest build's price.
  const fromPrice = row.configurable ? { baseVariantId: row.configurable.baseVariantId, amount: row.minPriceAmount } : null;
  const variants = row.variants.map((v) => toVariantView(v.id === fromPrice?.baseVariantId ? { ...v, priceAmount: fromPrice.amount, compareAtAmount: null } : v, row.images));
  const cheapest = [...row.variants].sort((a, b) => a.priceAmount - b.priceAmount)[0];
  const card = toProductCard({ ...row, images: row.images.slice(0, 1).map(plainImage), variants: cheapest ? [cheapest] : [] });
  const tree = await loadCategoryStructure(prisma);
  return {
    ...card,
    description: row.description,
    images: row.images.map(plainImage),
    attributes: groupAttributes(row.attributes),
    options: optionsOf(variants),
    variants,
    breadcrumbs: ancestry(tree, row.categoryId).map(({ slug: s, name, path }) => ({ slug: s, name, path })),
  };
}

function toVariantView(v: {
  id: string;
  sku: string;
  title: string;
  optionValues: unknown;
  priceAmount: number;
  currency: string;
  compareAtAmount: number | null;
  stockOnHand: number;
  gtin: string | null;
  mpn: string | null;
}, images: readonly TaggedImage[]): VariantView {
  const optionValues = toOptionValues(v.optionValues);
  return {
    id: v.id,
    sku: v.sku,
    title: v.title,
    optionValues,
    price: money(v.priceAmount, v.currency),
    compareAt: v.compareAtAmount != null && v.compareAtAmount > v.priceAmount ? money(v.compareAtAmount, v.currency) : null,
    stock: stockOf(v.stockOnHand),
    gtin: v.gtin,
    mpn: v.mpn,
    image: imageForVariant(images, optionValues),
  };
}

function groupAttributes(rows: readonly { name: string; value: string }[]): ProductDetail['attributes'] {
  const byName = new Map<string, string[]>();
  for (const { name, value } of rows) byName.set(name, [...(byName.get(name) ?? []), value]);
  return [...byName].map(([name, values]) => ({ name, values }));
}

/** Option names in first-seen order, each with its values in first-seen order. */
export function optionsOf(variants: readonly Pick<VariantView, 'optionValues'>[]): ProductDetail['options'] {
  const options = new Map<string, string[]>();
  for (const variant of variants) {
    for (const [name, value] of Object.entries(variant.optionValues)) {
      const values = options.get(name) ?? [];
      if (!values.includes(value)) values.push(value);
      options.set(name, values);
    }
  }
  return [...options].map(([name, values]) => ({ name, values }));
}
