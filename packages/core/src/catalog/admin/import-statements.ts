// The SQL of a catalog import chunk. Each statement takes the chunk's rows as one JSON array
// ($1) so a chunk is a handful of statements whatever its size. Rows the chunk already knows
// (by slug, by SKU) are UPDATEd from the array; new rows are INSERTed, with ON CONFLICT only for
// a product or variant created by someone else since the chunk looked (its subqueries re-read
// the array, which would cost O(rows²) if every row went that way).

// The status the file gives for the conflicting row (EXCLUDED has the insert's default instead).
const GIVEN_STATUS = `SELECT y.status FROM json_to_recordset($1::json) AS y(slug text, status text) WHERE y.slug = EXCLUDED.slug`;

export const INSERT_PRODUCTS = `
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

/** Empty cells keep what the product has; a product is published the first time it is ACTIVE. */
export const UPDATE_PRODUCTS = `
UPDATE "Product" p SET
  title = COALESCE(x.title, p.title),
  description = COALESCE(NULLIF(x.description, ''), p.description),
  status = COALESCE(x.status::"ProductStatus", p.status),
  "categoryId" = COALESCE(x."categoryId", p."categoryId"),
  "brandId" = COALESCE(x."brandId", p."brandId"),
  "publishedAt" = COALESCE(p."publishedAt", CASE WHEN x.status = 'ACTIVE' THEN now() END),
  "updatedAt" = now()
FROM json_to_recordset($1::json) AS x(slug text, title text, description text, status text, "categoryId" text, "brandId" text)
WHERE p.slug = x.slug
RETURNING p.id, p.slug`;

const VARIANT_RETURNING = `id, sku, "productId", "stockOnHand"`;

export const INSERT_VARIANTS = `
INSERT INTO "ProductVariant" (id, "productId", sku, title, "optionValues", "priceAmount", currency, "compareAtAmount", "stockOnHand", "weightGrams", position, gtin, mpn, "updatedAt")
SELECT x.id, x."productId", x.sku, x.title, x."optionValues", x."priceAmount", x.currency, x."compareAtAmount", COALESCE(x."stockOnHand", 0), COALESCE(x."weightGrams", 0), x.position, x.gtin, x.mpn, now()
FROM json_to_recordset($1::json) AS x(id text, "productId" text, sku text, title text, "optionValues" jsonb, "priceAmount" int, currency text, "compareAtAmount" int, "stockOnHand" int, "weightGrams" int, position int, gtin text, mpn text)
ON CONFLICT (sku) DO UPDATE SET
  title = EXCLUDED.title, "optionValues" = EXCLUDED."optionValues", "priceAmount" = EXCLUDED."priceAmount", currency = EXCLUDED.currency,
  "compareAtAmount" = EXCLUDED."compareAtAmount", gtin = EXCLUDED.gtin, mpn = EXCLUDED.mpn,
  "stockOnHand" = COALESCE((SELECT y."stockOnHand" FROM json_to_recordset($1::json) AS y(sku text, "stockOnHand" int) WHERE y.sku = EXCLUDED.sku), "ProductVariant"."stockOnHand"),
  "weightGrams" = COALESCE((SELECT y."weightGrams" FROM json_to_recordset($1::json) AS y(sku text, "weightGrams" int) WHERE y.sku = EXCLUDED.sku), "ProductVariant"."weightGrams"),
  "updatedAt" = now()
RETURNING ${VARIANT_RETURNING}`;

/** Empty stock and weight cells keep the variant's; the rest is what the file says. */
export const UPDATE_VARIANTS = `
UPDATE "ProductVariant" v SET
  title = x.title, "optionValues" = x."optionValues", "priceAmount" = x."priceAmount", currency = x.currency,
  "compareAtAmount" = x."compareAtAmount", gtin = x.gtin, mpn = x.mpn,
  "stockOnHand" = COALESCE(x."stockOnHand", v."stockOnHand"), "weightGrams" = COALESCE(x."weightGrams", v."weightGrams"),
  "updatedAt" = now()
FROM json_to_recordset($1::json) AS x(sku text, title text, "optionValues" jsonb, "priceAmount" int, currency text, "compareAtAmount" int, "stockOnHand" int, "weightGrams" int, gtin text, mpn text)
WHERE v.sku = x.sku
RETURNING v.id, v.sku, v."productId", v."stockOnHand"`;

export const INSERT_STOCK_ADJUSTMENTS = `
INSERT INTO "StockAdjustment" (id, "variantId", "productId", sku, delta, "stockAfter", reason, note, "actorId", "actorEmail")
SELECT x.id, x."variantId", x."productId", x.sku, x.delta, x."stockAfter", 'IMPORT'::"StockAdjustmentReason", x.note, x."actorId", x."actorEmail"
FROM json_to_recordset($1::json) AS x(id text, "variantId" text, "productId" text, sku text, delta int, "stockAfter" int, note text, "actorId" text, "actorEmail" text)`;

export const REPLACE_ATTRIBUTES = [
  `DELETE FROM "ProductAttribute" WHERE "productId" IN (SELECT x.id FROM json_to_recordset($1::json) AS x(id text))`,
  `INSERT INTO "ProductAttribute" ("productId", name, value) SELECT x."productId", x.name, x.value FROM json_to_recordset($1::json) AS x("productId" text, name text, value text)`,
] as const;
