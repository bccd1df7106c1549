-- Keeps Product's listing roll-ups (min/max price, currency, in stock) equal to what its
-- variants say, whoever writes the variants: the catalog service, the seed, an import, or a
-- checkout decrementing stock. Listings filter and sort on these indexed columns.
-- Statement-level triggers with transition tables touch each affected product once per
-- statement (a bulk insert of 3,000 variants updates 1,000 products once each, not 3,000
-- times), and a product row is only rewritten when a roll-up actually changes.
CREATE OR REPLACE FUNCTION tandem_refresh_product_rollups(product_ids TEXT[]) RETURNS void AS $$
BEGIN
  UPDATE "Product" p SET
    "minPriceAmount" = COALESCE(v.min_price, 0),
    "maxPriceAmount" = COALESCE(v.max_price, 0),
    "currency" = COALESCE(v.currency, p."currency"),
    "inStock" = COALESCE(v.in_stock, false)
  FROM (
    SELECT ids.id AS product_id,
           MIN(pv."priceAmount") AS min_price,
           MAX(pv."priceAmount") AS max_price,
           MIN(pv."currency") AS currency,
           BOOL_OR(pv."stockOnHand" > 0) AS in_stock
    FROM unnest(product_ids) AS ids(id)
    LEFT JOIN "ProductVariant" pv ON pv."productId" = ids.id
    GROUP BY ids.id
  ) v
  WHERE p."id" = v.product_id
    AND (p."minPriceAmount", p."maxPriceAmount", p."currency", p."inStock")
        IS DISTINCT FROM (COALESCE(v.min_price, 0), COALESCE(v.max_price, 0), COALESCE(v.currency, p."currency"), COALESCE(v.in_stock, false));
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION tandem_product_variants_inserted() RETURNS trigger AS $$
BEGIN
  PERFORM tandem_refresh_product_rollups(ARRAY(SELECT DISTINCT "productId" FROM new_rows));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION tandem_product_variants_updated() RETURNS trigger AS $$
BEGIN
  PERFORM tandem_refresh_product_rollups(ARRAY(
    SELECT "productId" FROM new_rows UNION SELECT "productId" FROM old_rows));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION tandem_product_variants_deleted() RETURNS trigger AS $$
BEGIN
  PERFORM tandem_refresh_product_rollups(ARRAY(SELECT DISTINCT "productId" FROM old_rows));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ProductVariant_rollups_insert"
AFTER INSERT ON "ProductVariant" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_product_variants_inserted();

CREATE TRIGGER "ProductVariant_rollups_update"
AFTER UPDATE ON "ProductVariant" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_product_variants_updated();

CREATE TRIGGER "ProductVariant_rollups_delete"
AFTER DELETE ON "ProductVariant" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_product_variants_deleted();
