// What the admin's catalog pages read: the product list (any status), one product with all it
// is made of, the category tree and the brands.
import type { PrismaClient, Prisma, ProductStatus } from '@tandem/db';
import type { AdminProductListInput } from '@tandem/validators';
import { NotFoundError } from '../../shared/index.ts';

/** A row of the admin's product list. */
export interface AdminProductRow {
  id: string;
  slug: string;
  title: string;
  status: ProductStatus;
  categoryName: string;
  brandName: string | null;
  variantCount: number;
  stockOnHand: number;
  minPriceAmount: number;
  currency: string;
  updatedAt: string;
}

export async function listAdminProducts(prisma: PrismaClient, input: AdminProductListInput): Promise<{ items: AdminProductRow[]; total: number; page: number; pages: number }> {
  const query = input.query?.trim();
  const where: Prisma.ProductWhereInput = {
    ...(input.status ? { status: input.status } : {}),
    ...(query ? { OR: [{ title: { contains: query, mode: 'insensitive' } }, { slug: { contains: query.toLowerCase() } }, { variants: { some: { sku: { equals: query, mode: 'insensitive' } } } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.product.count({ where }),
    prisma.product.findMany({
      where, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize,
      select: { id: true, slug: true, title: true, status: true, minPriceAmount: true, currency: true, updatedAt: true, category: { select: { name: true } }, brand: { select: { name: true } }, variants: { select: { stockOnHand: true } } },
    }),
  ]);
  const items = rows.map((r) => ({
    id: r.id, slug: r.slug, title: r.title, status: r.status, categoryName: r.category.name, brandName: r.brand?.name ?? null,
    variantCount: r.variants.length, stockOnHand: r.variants.reduce((sum, v) => sum + v.stockOnHand, 0), minPriceAmount: r.minPriceAmount, currency: r.currency, updatedAt: r.updatedAt.toISOString(),
  }));
  return { items, total, page: input.page, pages: Math.max(1, Math.ceil(total / input.pageSize)) };
}

/** One product with its variants, images, attributes and whether it has a configurator. */
export async function productForEditing(prisma: PrismaClient, id: string) {
  const product = await prisma.product.findUnique({
    where: { id },
    select: {
      id: true, slug: true, title: true, description: true, status: true, featured: true, categoryId: true, brandId: true, publishedAt: true, updatedAt: true,
      variants: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, sku: true, title: true, optionValues: true, priceAmount: true, currency: true, compareAtAmount: true, stockOnHand: true, weightGrams: true, gtin: true, mpn: true } },
      images: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, url: true, alt: true, width: true, height: true, position: true } },
      attributes: { orderBy: [{ name: 'asc' }, { value: 'asc' }], select: { name: true, value: true } },
      configurable: { select: { version: true, baseVariantId: true } },
    },
  });
  if (!product) throw new NotFoundError('product', id);
  return {
    ...product,
    publishedAt: product.publishedAt?.toISOString() ?? null,
    updatedAt: product.updatedAt.toISOString(),
    variants: product.variants.map((v) => ({ ...v, optionValues: v.optionValues as Record<string, string> })),
  };
}
export type ProductForEditing = Awaited<ReturnType<typeof productForEditing>>;

/** A category as the tree page lists it: depth-first, each with its direct counts. */
export interface AdminCategoryRow {
  id: string;
  slug: string;
  name: string;
  path: string;
  depth: number;
  parentId: string | null;
  productCount: number;
  childCount: number;
}

export async function listAdminCategories(prisma: PrismaClient): Promise<AdminCategoryRow[]> {
  const rows = await prisma.category.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, slug: true, name: true, path: true, depth: true, parentId: true, _count: { select: { products: true, children: true } } } });
  const byParent = new Map<string | null, typeof rows>();
  for (const row of rows) byParent.set(row.parentId, [...(byParent.get(row.parentId) ?? []), row]);
  const ordered: AdminCategoryRow[] = [];
  const walk = (parentId: string | null) => {
    for (const row of byParent.get(parentId) ?? []) {
      ordered.push({ id: row.id, slug: row.slug, name: row.name, path: row.path, depth: row.depth, parentId: row.parentId, productCount: row._count.products, childCount: row._count.children });
      walk(row.id);
    }
  };
  walk(null);
  return ordered;
}

export async function listAdminBrands(prisma: PrismaClient) {
  const rows = await prisma.brand.findMany({ orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, description: true, _count: { select: { products: true } } } });
  return rows.map(({ _count, ...brand }) => ({ ...brand, productCount: _count.products }));
}
