// Writes the catalog to the database: brands and categories are upserted by slug, products are
// inserted only when their slug is missing (check-and-skip), each batch in one transaction of
// bulk inserts so large catalogs load quickly. Product price/stock roll-ups are left to the
// variant trigger.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { attributeColumns, imageColumns, insertRows, productColumns, variantColumns } from './bulk-insert.ts';
import { createId } from '../create-id.ts';
import type { BrandData } from './data/brands.ts';
import type { CategoryNode } from './data/categories.ts';
import { productImageUrl } from './media-files.ts';
import { demoGtin, demoMpn } from './product-codes.ts';
import { imageSize, type ProductSpec } from './product-spec.ts';

export interface CatalogRefs {
  brandIds: Map<string, string>;
  /** Category id by path ("bikes/road"). */
  categoryIds: Map<string, string>;
}

export interface InsertResult {
  products: number;
  variants: number;
}

const longTransaction = { maxWait: 60_000, timeout: 10 * 60_000 };

/** Creates missing brands and updates changed ones (matched by slug); returns id by slug. */
export async function upsertBrands(prisma: PrismaClient, brands: BrandData[]): Promise<Map<string, string>> {
  const existing = new Map((await prisma.brand.findMany()).map((row) => [row.slug, row]));
  const ids = new Map<string, string>();
  const missing: { id: string; slug: string; name: string; description: string }[] = [];
  for (const { slug, name, description } of brands) {
    const row = existing.get(slug);
    const id = row?.id ?? createId();
    ids.set(slug, id);
    if (!row) missing.push({ id, slug, name, description });
    else if (row.name !== name || row.description !== description) await prisma.brand.update({ where: { id }, data: { name, description } });
  }
  if (missing.length) await prisma.brand.createMany({ data: missing });
  return ids;
}

interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  parentId: string | null;
  path: string;
  depth: number;
  position: number;
  featured: boolean;
}

function flattenTree(nodes: CategoryNode[], parent: { id: string; path: string; depth: number } | undefined, ids: (slug: string) => string): CategoryRow[] {
  return nodes.flatMap((node, position) => {
    const row: CategoryRow = {
      id: ids(node.slug),
      slug: node.slug,
      name: node.name,
      description: node.description,
      parentId: parent?.id ?? null,
      path: parent ? `${parent.path}/${node.slug}` : node.slug,
      depth: parent ? parent.depth + 1 : 0,
      position,
      featured: node.featured ?? false,
    };
    return [row, ...flattenTree(node.children ?? [], row, ids)];
  });
}

/** Creates missing categories and updates changed ones (matched by slug); returns id by path. */
export async function upsertCategories(prisma: PrismaClient, tree: CategoryNode[]): Promise<Map<string, string>> {
  const existing = new Map((await prisma.category.findMany()).map((row) => [row.slug, row]));
  const rows = flattenTree(tree, undefined, (slug) => existing.get(slug)?.id ?? createId());
  const missing = rows.filter((row) => !existing.has(row.slug));
  // One multi-row INSERT, parents first; foreign keys are checked at the end of the statement.
  if (missing.length) await prisma.category.createMany({ data: missing });
  for (const row of rows) {
    const current = existing.get(row.slug);
    if (current && (Object.keys(row) as (keyof CategoryRow)[]).some((key) => current[key] !== row[key])) {
      await prisma.category.update({ where: { id: row.id }, data: row });
    }
  }
  return new Map(rows.map((row) => [row.path, row.id]));
}

/** The subset of `specs` whose slug is not in the database yet. */
export async function missingProducts(prisma: PrismaClient, specs: ProductSpec[]): Promise<ProductSpec[]> {
  const existing = await prisma.product.findMany({ where: { slug: { in: specs.map((spec) => spec.slug) } }, select: { slug: true } });
  const known = new Set(existing.map((row) => row.slug));
  return specs.filter((spec) => !known.has(spec.slug));
}

/** Inserts products that do not exist yet, with their variants, attributes and images. */
export async function insertProducts(prisma: PrismaClient, specs: ProductSpec[], refs: CatalogRefs): Promise<InsertResult> {
  const fresh = await missingProducts(prisma, specs);
  if (fresh.length === 0) return { products: 0, variants: 0 };
  const now = new Date().toISOString();
  const products = fresh.map((spec) => ({ spec, id: createId() }));
  const variants = products.flatMap(({ spec, id }) =>
    spec.variants.map((variant) => ({ ...variant, id: createId(), productId: id, currency: 'EUR', createdAt: spec.createdAt, updatedAt: now, gtin: demoGtin(variant.sku), mpn: demoMpn(variant.sku) })),
  );
  await prisma.$transaction(async (tx) => {
    await insertRows(tx, 'Product', productColumns, products.map(({ spec, id }) => ({
      id,
      slug: spec.slug,
      title: spec.title,
      description: spec.description,
      status: spec.status,
      featured: spec.featured,
      brandId: lookup(refs.brandIds, spec.brandSlug, 'brand'),
      categoryId: lookup(refs.categoryIds, spec.categoryPath, 'category'),
      publishedAt: spec.publishedAt,
      createdAt: spec.createdAt,
      updatedAt: now,
    })));
    await insertRows(tx, 'ProductVariant', variantColumns, variants);
    await insertRows(tx, 'ProductAttribute', attributeColumns, products.flatMap(({ spec, id }) =>
      spec.attributes.map((attribute) => ({ ...attribute, productId: id }))));
    await insertRows(tx, 'ProductImage', imageColumns, products.flatMap(({ spec, id }) =>
      spec.images.map((image) => ({ id: createId(), productId: id, url: productImageUrl(image.file), alt: image.alt, position: image.position, optionValues: image.optionValues, ...imageSize }))));
  }, longTransaction);
  return { products: products.length, variants: variants.length };
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Seed refers to unknown ${what} "${key}"`);
  return id;
}
