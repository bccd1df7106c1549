import type { PrismaClient } from '@tandem/db';
import { NotFoundError, money } from '../shared/index.ts';
import { ancestry } from './category-tree.ts';
import { loadCategoryStructure } from './load-categories.ts';
import { toProductCard } from './product-card.ts';
import { loadProductDetailRow, type ProductDetailVariantRow } from './product-detail-row.ts';
import type { CategoryNode, ProductDetail, VariantView } from './types.ts';
import { imageForVariant, plainImage, type TaggedImage } from './variant-images.ts';
import { stockOf, toOptionValues } from './variant-values.ts';

/**
 * A shopper-visible product with its variants, images, attributes and breadcrumbs: one
 * statement, plus one for the category structure unless `categoryTree` hands it over (the
 * catalog service takes it from its facet snapshot).
 */
export async function productBySlug(
  prisma: PrismaClient,
  slug: string,
  categoryTree: () => Promise<readonly CategoryNode[]> = () => loadCategoryStructure(prisma),
): Promise<ProductDetail> {
  const row = await loadProductDetailRow(prisma, slug);
  if (!row) throw new NotFoundError('product', slug);

  // A configurable product's base variant cannot be bought alone: it shows the cheapest build's price.
  const fromPrice = row.configurable ? { baseVariantId: row.configurable.baseVariantId, amount: row.minPriceAmount } : null;
  const variants = row.variants.map((v) => toVariantView(v.id === fromPrice?.baseVariantId ? { ...v, priceAmount: fromPrice.amount, compareAtAmount: null } : v, row.images));
  const cheapest = [...row.variants].sort((a, b) => a.priceAmount - b.priceAmount)[0];
  const card = toProductCard({ ...row, images: row.images.slice(0, 1).map(plainImage), variants: cheapest ? [cheapest] : [] });
  const tree = await categoryTree();
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

function toVariantView(v: ProductDetailVariantRow, images: readonly TaggedImage[]): VariantView {
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
