// The catalog rows behind search documents, for any number of products in one statement. It is
// set-based (one grouped pass over each child table for the whole page, not a sub-query per
// product) and hands the page back as one JSON text: on PGlite, turning thousands of rows of a
// dozen columns into objects cost more than running the query (issue #18, bulk indexing).
import { Prisma, type PrismaClient } from '@tandem/db';
import type { SearchDocument } from '@tandem/search/port';

/** One product as the document builder reads it. */
export interface ProductRow {
  id: string;
  slug: string;
  title: string;
  description: string;
  minPriceAmount: number;
  maxPriceAmount: number;
  currency: string;
  inStock: boolean;
  /** A Date from Prisma, or JSON's text form of the UTC timestamp. */
  createdAt: Date | string;
  brand: { slug: string; name: string } | null;
  category: { slug: string; name: string; path: string };
  categoryNames: string[];
  categoryPaths: string[];
  attributes: { name: string; value: string }[];
  skus: string[];
  compareAtAmount: number | null;
  configurable: boolean;
  image: SearchDocument['image'];
}

/** The rows of the given products (whatever their status; the caller decides visibility), by id. */
export async function productRows(prisma: PrismaClient, ids: readonly string[]): Promise<ProductRow[]> {
  if (!ids.length) return [];
  const [result] = await prisma.$queryRaw<{ rows: string | null }[]>(Prisma.sql`
    WITH page AS (SELECT * FROM "Product" p WHERE p.id = ANY(${[...ids]}::text[])),
    cats AS (
      SELECT c.id, json_build_object('slug', c.slug, 'name', c.name, 'path', c.path) AS category,
             array_agg(a.name ORDER BY a.depth) AS "categoryNames", array_agg(a.path ORDER BY a.depth) AS "categoryPaths"
        FROM "Category" c JOIN "Category" a ON c.path = a.path OR c.path LIKE a.path || '/%'
       WHERE c.id IN (SELECT DISTINCT "categoryId" FROM page)
       GROUP BY c.id),
    attrs AS (
      SELECT pa."productId", json_agg(json_build_object('name', pa.name, 'value', pa.value) ORDER BY pa.name, pa.value) AS attributes
        FROM "ProductAttribute" pa WHERE pa."productId" IN (SELECT id FROM page) GROUP BY pa."productId"),
    vars AS (
      SELECT v."productId", array_agg(v.sku ORDER BY v.position, v.id) AS skus,
             (array_agg(v."compareAtAmount" ORDER BY v."priceAmount", v.position))[1] AS "compareAtAmount"
        FROM "ProductVariant" v WHERE v."productId" IN (SELECT id FROM page) GROUP BY v."productId"),
    imgs AS (
      SELECT DISTINCT ON (i."productId") i."productId", json_build_object('url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height) AS image
        FROM "ProductImage" i WHERE i."productId" IN (SELECT id FROM page) ORDER BY i."productId", i.position)
    SELECT json_agg(r ORDER BY r.id)::text AS rows FROM (
      SELECT p.id, p.slug, p.title, p.description, p."minPriceAmount", p."maxPriceAmount", p.currency, p."inStock", p."createdAt",
             CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object('slug', b.slug, 'name', b.name) END AS brand,
             cats.category, cats."categoryNames", cats."categoryPaths",
             COALESCE(attrs.attributes, '[]'::json) AS attributes, COALESCE(vars.skus, '{}') AS skus, vars."compareAtAmount",
             EXISTS (SELECT 1 FROM "ConfigurableProduct" cp WHERE cp."productId" = p.id) AS configurable, imgs.image
        FROM page p
        JOIN cats ON cats.id = p."categoryId"
        LEFT JOIN "Brand" b ON b.id = p."brandId"
        LEFT JOIN attrs ON attrs."productId" = p.id
        LEFT JOIN vars ON vars."productId" = p.id
        LEFT JOIN imgs ON imgs."productId" = p.id) r`);
  return result?.rows ? (JSON.parse(result.rows) as ProductRow[]) : [];
}
