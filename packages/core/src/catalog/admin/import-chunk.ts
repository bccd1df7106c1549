// Writes one chunk of a catalog import inside the caller's transaction, set-based so ten
// thousand rows are a few dozen statements: products upserted by slug, variants by SKU, stock
// changes recorded as IMPORT adjustments, attributes replaced where the file gives them.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@tandem/db';
import type { RejectedRow } from '../../offers/index.ts';
import type { StaffActor } from '../../staff/index.ts';
import type { ImportProductGroup, ImportRow } from './import-rows.ts';

type Tx = Prisma.TransactionClient;

export interface ImportLookups {
  /** Category path or slug → id. */
  categories: ReadonlyMap<string, string>;
  /** Brand slug → id. */
  brands: ReadonlyMap<string, string>;
}

export interface ChunkOutcome {
  created: number;
  updated: number;
  rejected: RejectedRow[];
}

// The status the file gives for the conflicting row (EXCLUDED has the insert's default instead).
const GIVEN_STATUS = `SELECT y.status FROM json_to_recordset($1::json) AS y(slug text, status text) WHERE y.slug = EXCLUDED.slug`;

const UPSERT_PRODUCTS = `
INSERT INTO "Product" (id, slug, title, description, status, "categoryId", "brandId", "publishedAt", "updatedAt")
SELECT x.id, x.slug, x.title, COALESCE(x.description, ''), COALESCE(x.status, 'DRAFT')::"ProductStatus", x."categoryId", x."brandId",
       CASE WHEN x.status = 'ACTIVE' THEN now() END, now()
FROM json_to_recordset($1::json) AS x(id text, slug text, title text, description text, status text, "categoryId" text, "brandId" text)
ON CONFLICT (slug) DO UPDATE SET
  title = COALESCE(EXCLUDED.title, "Product".title),
  description = COALESCE(NULLIF(EXCLUDED.description, ''), "Product".description),
  status = COALESCE((${GIVEN_STATUS})::"ProductStatus", "Product".status),
  "categoryId" = COALESCE(EXCLUDED."categoryId", "Product"."categoryId"),
  "brandId" = COALESCE(EXCLUDED."brandId", "Product"."brandId"),
  "publishedAt" = COALESCE("Product"."publishedAt", CASE WHEN (${GIVEN_STATUS}) = 'ACTIVE' THEN now() END),
  "updatedAt" = now()
RETURNING id, slug`;

const UPSERT_VARIANTS = `
INSERT INTO "ProductVariant" (id, "productId", sku, title, "optionValues", "priceAmount", currency, "compareAtAmount", "stockOnHand", "weightGrams", position, gtin, mpn, "updatedAt")
SELECT x.id, x."productId", x.sku, x.title, x."optionValues", x."priceAmount", x.currency, x."compareAtAmount", COALESCE(x."stockOnHand", 0), COALESCE(x."weightGrams", 0), x.position, x.gtin, x.mpn, now()
FROM json_to_recordset($1::json) AS x(id text, "productId" text, sku text, title text, "optionValues" jsonb, "priceAmount" int, currency text, "compareAtAmount" int, "stockOnHand" int, "weightGrams" int, position int, gtin text, mpn text)
ON CONFLICT (sku) DO UPDATE SET
  title = EXCLUDED.title, "optionValues" = EXCLUDED."optionValues", "priceAmount" = EXCLUDED."priceAmount", currency = EXCLUDED.currency,
  "compareAtAmount" = EXCLUDED."compareAtAmount", gtin = EXCLUDED.gtin, mpn = EXCLUDED.mpn,
  "stockOnHand" = COALESCE((SELECT y."stockOnHand" FROM json_to_recordset($1::json) AS y(sku text, "stockOnHand" int) WHERE y.sku = EXCLUDED.sku), "ProductVariant"."stockOnHand"),
  "weightGrams" = COALESCE((SELECT y."weightGrams" FROM json_to_recordset($1::json) AS y(sku text, "weightGrams" int) WHERE y.sku = EXCLUDED.sku), "ProductVariant"."weightGrams"),
  "updatedAt" = now()
RETURNING (xmax = 0) AS inserted, id, sku, "productId", "stockOnHand"`;

const reject = (rows: readonly ImportRow[], reason: string): RejectedRow[] => rows.map((r) => ({ row: r.row, externalId: r.data.sku, reasons: [reason] }));
const variantTitle = (r: ImportRow) => r.data.variant_title || Object.values(r.data.options).join(' / ') || 'Default';

/** Writes the chunk; rows the database refuses (unknown category, SKU of another product…) come back rejected. */
export async function writeImportChunk(tx: Tx, groups: readonly ImportProductGroup[], lookups: ImportLookups, context: { actor: StaffActor; fileName: string }): Promise<ChunkOutcome> {
  const rejected: RejectedRow[] = [];
  const skus = groups.flatMap((g) => g.rows.map((r) => r.data.sku));
  const [products, variants] = await Promise.all([
    tx.product.findMany({ where: { slug: { in: groups.map((g) => g.slug) } }, select: { id: true, slug: true } }),
    tx.productVariant.findMany({ where: { sku: { in: skus } }, select: { sku: true, stockOnHand: true, product: { select: { slug: true } } } }),
  ]);
  const existingProduct = new Map(products.map((p) => [p.slug, p.id]));
  const existingVariant = new Map(variants.map((v) => [v.sku, v]));

  const accepted: { group: ImportProductGroup; rows: ImportRow[]; categoryId: string | null; brandId: string | null }[] = [];
  for (const group of groups) {
    const categoryId = group.category ? (lookups.categories.get(group.category) ?? null) : null;
    const brandId = group.brand ? (lookups.brands.get(group.brand) ?? null) : null;
    if (group.category && !categoryId) rejected.push(...reject(group.rows, `category: no category "${group.category}" (give its path, e.g. bikes/road, or its slug)`));
    else if (group.brand && !brandId) rejected.push(...reject(group.rows, `brand: no brand "${group.brand}"; create it on the brands page first`));
    else if (!existingProduct.has(group.slug) && (!group.title || !categoryId)) rejected.push(...reject(group.rows, `product_title, category: "${group.slug}" is a new product, so its first row needs a title and a category`));
    else {
      const rows: ImportRow[] = [];
      for (const r of group.rows) {
        const owner = existingVariant.get(r.data.sku)?.product.slug;
        if (owner && owner !== group.slug) rejected.push({ row: r.row, externalId: r.data.sku, reasons: [`sku: "${r.data.sku}" belongs to product "${owner}"`] });
        else rows.push(r);
      }
      if (rows.length) accepted.push({ group, rows, categoryId, brandId });
    }
  }
  if (accepted.length === 0) return { created: 0, updated: 0, rejected };

  const productRecords = accepted.map(({ group, categoryId, brandId }) => ({ id: randomUUID(), slug: group.slug, title: group.title ?? null, description: group.description ?? null, status: group.status ?? null, categoryId, brandId }));
  const written = await tx.$queryRawUnsafe<{ id: string; slug: string }[]>(UPSERT_PRODUCTS, JSON.stringify(productRecords));
  const productId = new Map(written.map((p) => [p.slug, p.id]));

  const variantRecords = accepted.flatMap(({ group, rows }) =>
    rows.map((r, position) => ({
      id: randomUUID(), productId: productId.get(group.slug)!, sku: r.data.sku, title: variantTitle(r), optionValues: r.data.options, priceAmount: r.data.price_amount, currency: r.data.currency,
      compareAtAmount: r.data.compare_at_amount ?? null, stockOnHand: r.data.stock ?? null, weightGrams: r.data.weight_grams ?? null, position, gtin: r.data.gtin ?? null, mpn: r.data.mpn ?? null,
    })),
  );
  const upserted = await tx.$queryRawUnsafe<{ inserted: boolean; id: string; sku: string; productId: string; stockOnHand: number }[]>(UPSERT_VARIANTS, JSON.stringify(variantRecords));

  const adjustments = upserted.flatMap((v) => {
    const before = existingVariant.get(v.sku)?.stockOnHand ?? 0;
    const delta = v.stockOnHand - before;
    return delta === 0 ? [] : [{ variantId: v.id, productId: v.productId, sku: v.sku, delta, stockAfter: v.stockOnHand, reason: 'IMPORT' as const, note: `Import of ${context.fileName}`, actorId: context.actor.id, actorEmail: context.actor.email }];
  });
  if (adjustments.length) await tx.stockAdjustment.createMany({ data: adjustments });

  const withAttributes = accepted.filter((a) => a.group.attributes !== undefined);
  if (withAttributes.length) {
    const ids = withAttributes.map((a) => productId.get(a.group.slug)!);
    await tx.productAttribute.deleteMany({ where: { productId: { in: ids } } });
    const data = withAttributes.flatMap((a) => [...new Map((a.group.attributes ?? []).map(([name, value]) => [`${name}=${value}`, { productId: productId.get(a.group.slug)!, name, value }])).values()]);
    if (data.length) await tx.productAttribute.createMany({ data });
  }
  const created = upserted.filter((v) => v.inserted).length;
  return { created, updated: upserted.length - created, rejected };
}
