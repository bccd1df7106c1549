// Small builders for catalog rows in tests: say only what a test cares about.
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ProductStatus } from '../generated/prisma/enums.ts';

let counter = 0;
const next = () => ++counter;

export async function makeCategory(prisma: PrismaClient, slug: string, parent?: { id: string; path: string; depth: number }) {
  return prisma.category.create({
    data: {
      slug,
      name: slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
      path: parent ? `${parent.path}/${slug}` : slug,
      depth: parent ? parent.depth + 1 : 0,
      parentId: parent?.id ?? null,
      position: next(),
    },
  });
}

export async function makeBrand(prisma: PrismaClient, slug: string) {
  return prisma.brand.create({ data: { slug, name: slug.toUpperCase() } });
}

export interface ProductSpec {
  slug: string;
  categoryId: string;
  brandId?: string;
  title?: string;
  status?: ProductStatus;
  featured?: boolean;
  createdAt?: Date;
  attributes?: Record<string, string[]>;
  /** Price in minor units, stock and options of each variant; one €10 variant in stock by default. */
  variants?: { priceAmount: number; stockOnHand?: number; compareAtAmount?: number; optionValues?: Record<string, string>; currency?: string; sku?: string; gtin?: string; mpn?: string; weightGrams?: number }[];
}

export async function makeProduct(prisma: PrismaClient, spec: ProductSpec) {
  const variants = spec.variants ?? [{ priceAmount: 1000, stockOnHand: 5 }];
  return prisma.product.create({
    data: {
      slug: spec.slug,
      title: spec.title ?? spec.slug,
      status: spec.status ?? 'ACTIVE',
      featured: spec.featured ?? false,
      categoryId: spec.categoryId,
      brandId: spec.brandId ?? null,
      ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
      variants: {
        create: variants.map((v, i) => ({
          sku: v.sku ?? `${spec.slug}-${i}-${next()}`,
          gtin: v.gtin ?? null,
          mpn: v.mpn ?? null,
          weightGrams: v.weightGrams ?? 0,
          title: Object.values(v.optionValues ?? {}).join(' / ') || 'Default',
          optionValues: v.optionValues ?? {},
          priceAmount: v.priceAmount,
          currency: v.currency ?? 'EUR',
          compareAtAmount: v.compareAtAmount ?? null,
          stockOnHand: v.stockOnHand ?? 5,
          position: i,
        })),
      },
      attributes: {
        create: Object.entries(spec.attributes ?? {}).flatMap(([name, values]) => values.map((value) => ({ name, value }))),
      },
      images: { create: [{ url: `/media/products/${spec.slug}.svg`, alt: spec.title ?? spec.slug, width: 600, height: 450 }] },
    },
  });
}
