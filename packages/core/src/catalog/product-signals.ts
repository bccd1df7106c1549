// What other contexts need to recommend products: cards for a set of ids (visible ones only, in
// the order asked), and the content features of the whole visible catalog.
import type { PrismaClient } from '@tandem/db';
import { productCardSelect, toProductCard } from './product-card.ts';
import type { ProductCard } from './types.ts';
import { VISIBLE } from './visibility.ts';

/** Cards of the visible products among `ids`, in the order of `ids`; others are left out. */
export async function productCardsByIds(prisma: PrismaClient, ids: readonly string[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.product.findMany({ where: { ...VISIBLE, id: { in: [...new Set(ids)] } }, select: productCardSelect });
  const byId = new Map(rows.map((row) => [row.id, toProductCard(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface CatalogProductFeatures {
  productId: string;
  /** Category path from the root, by slug: ["bikes", "road"]. */
  categoryPath: string[];
  brandId: string | null;
  /** `name=value`, lower-cased. */
  attributes: string[];
  title: string;
  inStock: boolean;
}

/** Every visible product's content features, ordered by id. */
export async function catalogFeatures(prisma: PrismaClient): Promise<CatalogProductFeatures[]> {
  const rows = await prisma.product.findMany({
    where: VISIBLE,
    orderBy: { id: 'asc' },
    select: { id: true, title: true, brandId: true, inStock: true, category: { select: { path: true } }, attributes: { select: { name: true, value: true } } },
  });
  return rows.map((row) => ({
    productId: row.id,
    categoryPath: row.category.path.split('/'),
    brandId: row.brandId,
    attributes: row.attributes.map((a) => `${a.name}=${a.value}`.toLowerCase()),
    title: row.title,
    inStock: row.inStock,
  }));
}

/** Product ids for references that are either a product id or a variant SKU (imports from other shops). */
export async function resolveProductRefs(prisma: PrismaClient, refs: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return new Map();
  const [products, variants] = await Promise.all([
    prisma.product.findMany({ where: { id: { in: unique } }, select: { id: true } }),
    prisma.productVariant.findMany({ where: { sku: { in: unique } }, select: { sku: true, productId: true } }),
  ]);
  const resolved = new Map<string, string>(variants.map((v) => [v.sku, v.productId]));
  for (const product of products) resolved.set(product.id, product.id);
  return resolved;
}
