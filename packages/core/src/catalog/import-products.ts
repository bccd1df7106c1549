// Products from another shop's history (the import:history workflow), written set-based: one
// category for the source with a sub-category per kind of product, then every product and its single variant upserted in a few
// statements keyed by the source's code, so a second import of the same log adds nothing and
// only changes a title or price that moved. Stock is left as the catalog holds it (0 for a new
// product): a transaction log says what sold, not what is on the shelf.
import { Prisma, type PrismaClient } from '@tandem/db';

type Sql = Pick<PrismaClient, '$executeRaw' | '$queryRaw'>;

/** One product of the source: its code there, latest title, unit price in minor units and kind (a slug: "holder"). */
export interface ImportedProduct {
  code: string;
  title: string;
  unitAmount: number;
  kind: string;
}

/** What an upsert of imported products did. */
export interface ImportedProductsResult {
  added: number;
  /** Existing products whose title or price changed. */
  updated: number;
  /** The variant id of each code, for order lines. */
  variantIdOf: Map<string, string>;
}

const CHUNK = 5_000;

/** The natural keys of an imported product: ids, slug and SKU carry the source, so they never meet the store's own. */
export function importedProductKeys(source: string, code: string): { productId: string; variantId: string; slug: string; sku: string } {
  const safe = code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { productId: `${source}-p-${safe}`, variantId: `${source}-v-${safe}`, slug: `${source}-${safe}`, sku: `${source.toUpperCase()}-${code.toUpperCase()}` };
}

/**
 * Upserts the products of one source under its own category, published and priced in `currency`.
 *
 * @example await upsertImportedProducts(tx, { source: 'online-retail', categoryName: 'Online Retail', currency: 'GBP', products, now })
 */
export async function upsertImportedProducts(
  sql: Sql,
  input: { source: string; categoryName: string; currency: string; products: readonly ImportedProduct[]; now: Date },
): Promise<ImportedProductsResult> {
  const { source, currency, now } = input;
  const categoryId = `${source}-category`;
  await sql.$executeRaw(Prisma.sql`INSERT INTO "Category" (id, slug, name, path, depth, position)
    VALUES (${categoryId}, ${source}, ${input.categoryName}, ${source}, 0, (SELECT COALESCE(max(position), 0) + 1 FROM "Category" WHERE "parentId" IS NULL))
    ON CONFLICT (slug) DO NOTHING`);
  const [category] = await sql.$queryRaw<{ id: string; path: string }[]>(Prisma.sql`SELECT id, path FROM "Category" WHERE slug = ${source}`);
  const kinds = [...new Set(input.products.map((p) => p.kind))].sort();
  // A sub-category per kind: complements are of another kind, substitutes of the same.
  await sql.$executeRaw(Prisma.sql`INSERT INTO "Category" (id, slug, name, path, depth, position, "parentId")
    SELECT ${categoryId} || '-' || u.kind, ${source} || '-' || u.kind, initcap(replace(u.kind, '-', ' ')), ${category!.path} || '/' || ${source} || '-' || u.kind, 1, u.position, ${category!.id}
      FROM unnest(${kinds}::text[]) WITH ORDINALITY AS u(kind, position)
    ON CONFLICT (slug) DO NOTHING`);
  const kindIds = new Map((await sql.$queryRaw<{ id: string; slug: string }[]>(Prisma.sql`SELECT id, slug FROM "Category" WHERE "parentId" = ${category!.id}`)).map((c) => [c.slug, c.id]));
  let added = 0;
  let updated = 0;
  const variantIdOf = new Map<string, string>();
  for (let start = 0; start < input.products.length; start += CHUNK) {
    const chunk = input.products.slice(start, start + CHUNK);
    const keys = chunk.map((p) => importedProductKeys(source, p.code));
    for (const [i, p] of chunk.entries()) variantIdOf.set(p.code, keys[i]!.variantId);
    const rows = await sql.$queryRaw<{ inserted: boolean; product_id: string }[]>(Prisma.sql`
      INSERT INTO "Product" (id, slug, title, status, "categoryId", currency, "publishedAt", "createdAt", "updatedAt")
      SELECT u.id, u.slug, u.title, 'ACTIVE'::"ProductStatus", u.category_id, ${currency}, ${now}, ${now}, ${now}
        FROM unnest(${keys.map((k) => k.productId)}::text[], ${keys.map((k) => k.slug)}::text[], ${chunk.map((p) => p.title)}::text[],
                    ${chunk.map((p) => kindIds.get(`${source}-${p.kind}`) ?? category!.id)}::text[]) AS u(id, slug, title, category_id)
      ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, "categoryId" = EXCLUDED."categoryId", "updatedAt" = EXCLUDED."updatedAt"
        WHERE "Product".title IS DISTINCT FROM EXCLUDED.title OR "Product"."categoryId" IS DISTINCT FROM EXCLUDED."categoryId"
      RETURNING (xmax = 0) AS inserted, id AS product_id`);
    added += rows.filter((r) => r.inserted).length;
    const variants = await sql.$queryRaw<{ inserted: boolean; product_id: string }[]>(Prisma.sql`
      INSERT INTO "ProductVariant" (id, "productId", sku, title, "priceAmount", currency, "createdAt", "updatedAt")
      SELECT u.id, u.product_id, u.sku, 'Standard', u.amount, ${currency}, ${now}, ${now}
        FROM unnest(${keys.map((k) => k.variantId)}::text[], ${keys.map((k) => k.productId)}::text[], ${keys.map((k) => k.sku)}::text[], ${chunk.map((p) => p.unitAmount)}::int[]) AS u(id, product_id, sku, amount)
      ON CONFLICT (id) DO UPDATE SET "priceAmount" = EXCLUDED."priceAmount", "updatedAt" = EXCLUDED."updatedAt"
        WHERE "ProductVariant"."priceAmount" <> EXCLUDED."priceAmount"
      RETURNING (xmax = 0) AS inserted, "productId" AS product_id`);
    // A product whose title and price both moved counts once.
    updated += new Set([...rows, ...variants].filter((r) => !r.inserted).map((r) => r.product_id)).size;
  }
  return { added, updated, variantIdOf };
}
