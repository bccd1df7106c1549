-- Keeps Product's listing roll-ups (min/max price, currency, in stock) equal to what its
-- variants say, whoever writes the variants: the catalog service, the seed, an import, or a
-- checkout decrementing stock. Listings filter and sort on these indexed columns.
CREATE OR REPLACE FUNCTION tandem_refresh_product_rollups(target_product_id TEXT) RETURNS void AS $$
BEGIN
  UPDATE "Product" p SET
    "minPriceAmount" = COALESCE(v.min_price, 0),
    "maxPriceAmount" = COALESCE(v.max_price, 0),
    "currency" = COALESCE(v.currency, p."currency"),
    "inStock" = COALESCE(v.in_stock, false)
  FROM (
    SELECT MIN("priceAmount") AS min_price,
           MAX("priceAmount") AS max_price,
           MIN("currency") AS currency,
           BOOL_OR("stockOnHand" > 0) AS in_stock
    FROM "ProductVariant" WHERE "productId" = target_product_id
  ) v
  WHERE p."id" = target_product_id;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION tandem_product_variant_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM tandem_refresh_product_rollups(OLD."productId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW."productId" <> OLD."productId") THEN
    PERFORM tandem_refresh_product_rollups(NEW."productId");
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ProductVariant_rollups"
AFTER INSERT OR UPDATE OF "priceAmount", "currency", "stockOnHand", "productId" OR DELETE ON "ProductVariant"
FOR EACH ROW EXECUTE FUNCTION tandem_product_variant_changed();
