// A visible product with everything its page shows in one SQL statement: brand, category and
// configurable row joined, images, attributes and variants aggregated as JSON. Prisma's nested
// select (without its relation-join preview) issues a query per relation it selects.
import { Prisma, type PrismaClient } from '@tandem/db';
import type { ProductCardRow } from './product-card.ts';
import type { TaggedImage } from './variant-images.ts';

/** One variant as the product page reads it. */
export interface ProductDetailVariantRow {
  id: string;
  sku: string;
  title: string;
  optionValues: unknown;
  priceAmount: number;
  currency: string;
  compareAtAmount: number | null;
  stockOnHand: number;
  position: number;
  gtin: string | null;
  mpn: string | null;
}

/** The row `productBySlug` maps: a product card's fields plus what only the page shows. */
export type ProductDetailRow = Omit<ProductCardRow, 'configurable' | 'images' | 'variants'> & {
  description: string;
  categoryId: string;
  configurable: { id: string; baseVariantId: string } | null;
  images: TaggedImage[];
  attributes: { name: string; value: string }[];
  variants: ProductDetailVariantRow[];
};

/** The active product with this slug, or null (unknown, draft and archived alike). */
export async function loadProductDetailRow(prisma: PrismaClient, slug: string): Promise<ProductDetailRow | null> {
  const [row] = await prisma.$queryRaw<(Omit<ProductDetailRow, 'createdAt'> & { createdAt: Date | string })[]>(Prisma.sql`
    SELECT p.id, p.slug, p.title, p.description, p."categoryId", p."minPriceAmount", p."maxPriceAmount", p.currency, p."inStock", p."createdAt",
      CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object('slug', b.slug, 'name', b.name) END AS brand,
      json_build_object('slug', c.slug, 'name', c.name, 'path', c.path) AS category,
      CASE WHEN cp.id IS NULL THEN NULL ELSE json_build_object('id', cp.id, 'baseVariantId', cp."baseVariantId") END AS configurable,
      COALESCE((SELECT json_agg(json_build_object('url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height, 'optionValues', i."optionValues") ORDER BY i.position)
                FROM "ProductImage" i WHERE i."productId" = p.id), '[]'::json) AS images,
      COALESCE((SELECT json_agg(json_build_object('name', a.name, 'value', a.value) ORDER BY a.name, a.value)
                FROM "ProductAttribute" a WHERE a."productId" = p.id), '[]'::json) AS attributes,
      COALESCE((SELECT json_agg(json_build_object('id', v.id, 'sku', v.sku, 'title', v.title, 'optionValues', v."optionValues",
                  'priceAmount', v."priceAmount", 'currency', v.currency, 'compareAtAmount', v."compareAtAmount", 'stockOnHand', v."stockOnHand",
                  'position', v.position, 'gtin', v.gtin, 'mpn', v.mpn) ORDER BY v.position, v.sku)
                FROM "ProductVariant" v WHERE v."productId" = p.id), '[]'::json) AS variants
    FROM "Product" p
    JOIN "Category" c ON c.id = p."categoryId"
    LEFT JOIN "Brand" b ON b.id = p."brandId"
    LEFT JOIN "ConfigurableProduct" cp ON cp."productId" = p.id
    WHERE p.slug = ${slug} AND p.status = 'ACTIVE'`);
  return row ? { ...row, createdAt: new Date(row.createdAt) } : null;
}
