-- A configurable product is listed at its cheapest valid build, not at its base variant's price
-- (issue #17, finding 4). The configurator works the build out (cheapest-configuration.ts) and
-- stores what it adds to the base price; the roll-up below then lists base + that delta as both
-- the product's min and max, so listings, price filters, sorts and search follow it, and a later
-- change of the base variant's price (admin edit, import) moves the listed price with it.
ALTER TABLE "ConfigurableProduct" ADD COLUMN "fromDeltaAmount" INTEGER;

CREATE OR REPLACE FUNCTION tandem_refresh_product_rollups(product_ids TEXT[]) RETURNS void AS $$
BEGIN
  UPDATE "Product" p SET
    "minPriceAmount" = COALESCE(v.from_price, v.min_price, 0),
    "maxPriceAmount" = COALESCE(v.from_price, v.max_price, 0),
    "currency" = COALESCE(v.currency, p."currency"),
    "inStock" = COALESCE(v.in_stock, false)
  FROM (
    SELECT ids.id AS product_id,
           MIN(pv."priceAmount") AS min_price,
           MAX(pv."priceAmount") AS max_price,
           MIN(pv."currency") AS currency,
           BOOL_OR(pv."stockOnHand" > 0) AS in_stock,
           (SELECT base."priceAmount" + cp."fromDeltaAmount"
              FROM "ConfigurableProduct" cp JOIN "ProductVariant" base ON base.id = cp."baseVariantId"
             WHERE cp."productId" = ids.id) AS from_price
    FROM unnest(product_ids) AS ids(id)
    LEFT JOIN "ProductVariant" pv ON pv."productId" = ids.id
    GROUP BY ids.id
  ) v
  WHERE p."id" = v.product_id
    AND (p."minPriceAmount", p."maxPriceAmount", p."currency", p."inStock")
        IS DISTINCT FROM (COALESCE(v.from_price, v.min_price, 0), COALESCE(v.from_price, v.max_price, 0), COALESCE(v.currency, p."currency"), COALESCE(v.in_stock, false));
END;
$$ LANGUAGE plpgsql;
