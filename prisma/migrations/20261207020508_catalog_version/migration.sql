-- CreateTable
CREATE TABLE "CatalogVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "CatalogVersion" ("id", "version") VALUES (1, 0);

-- Cached public catalog reads (catalog.list, catalog.bySlug, catalog.categories; core
-- catalog/catalog-read-cache.ts) stay correct because every change they could show bumps this
-- version in the writer's own transaction and announces it with NOTIFY tandem_catalog, delivered
-- at commit to every API process (apps/api catalog-invalidation.ts). Triggers rather than bumps in
-- each writing service: imports, the clearance job, the configurator, admin edits and raw SQL are
-- all covered, including writers added later. Stock levels alone do not bump (an order would then
-- serialise on this row, and two orders could deadlock on it): they may lag by the cache's
-- time-to-live. A variant or product crossing into or out of "low" or "out of stock" sends the
-- NOTIFY without the bump (payload 'stock'): no lock, delivered at commit all the same.
CREATE OR REPLACE FUNCTION tandem_bump_catalog_version() RETURNS void AS $$
DECLARE
  bumped BIGINT;
BEGIN
  UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO bumped;
  PERFORM pg_notify('tandem_catalog', bumped::text);
END;
$$ LANGUAGE plpgsql;

-- Inserts and deletes: any row at all. `changed_rows` is the statement's transition table.
CREATE OR REPLACE FUNCTION tandem_catalog_rows_changed() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_rows) THEN
    PERFORM tandem_bump_catalog_version();
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Updates: only rows whose shopper-visible content changed (updatedAt alone does not count).
CREATE OR REPLACE FUNCTION tandem_catalog_rows_updated() RETURNS trigger AS $$
BEGIN
  -- A row whose content (updatedAt aside) is not among the old rows is a visible change.
  IF EXISTS (SELECT to_jsonb(n) - 'updatedAt' FROM new_rows n EXCEPT SELECT to_jsonb(o) - 'updatedAt' FROM old_rows o) THEN
    PERFORM tandem_bump_catalog_version();
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION tandem_notify_catalog_stock() RETURNS void AS $$
BEGIN
  PERFORM pg_notify('tandem_catalog', 'stock');
END;
$$ LANGUAGE plpgsql;

-- Products: a change of the in-stock roll-up alone is a stock change (see above).
CREATE OR REPLACE FUNCTION tandem_catalog_products_updated() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT to_jsonb(n) - 'updatedAt' - 'inStock' FROM new_rows n EXCEPT SELECT to_jsonb(o) - 'updatedAt' - 'inStock' FROM old_rows o) THEN
    PERFORM tandem_bump_catalog_version();
  ELSIF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."inStock" <> o."inStock") THEN
    PERFORM tandem_notify_catalog_stock();
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- The stock state a shopper sees, as core catalog/variant-values.ts `stockOf` shows it
-- (LOW_STOCK_THRESHOLD = 5): 0 out of stock, 1 low, 2 in stock.
CREATE OR REPLACE FUNCTION tandem_stock_state(stock INTEGER) RETURNS INTEGER AS $$
  SELECT CASE WHEN stock <= 0 THEN 0 WHEN stock < 5 THEN 1 ELSE 2 END
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;

CREATE OR REPLACE FUNCTION tandem_catalog_variants_updated() RETURNS trigger AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (to_jsonb(n) - 'updatedAt' - 'stockOnHand') IS DISTINCT FROM (to_jsonb(o) - 'updatedAt' - 'stockOnHand')
  ) THEN
    PERFORM tandem_bump_catalog_version();
  ELSIF EXISTS (
    SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE tandem_stock_state(n."stockOnHand") <> tandem_stock_state(o."stockOnHand")
  ) THEN
    PERFORM tandem_notify_catalog_stock();
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ProductVariant_catalog_update" AFTER UPDATE ON "ProductVariant" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_variants_updated();
CREATE TRIGGER "ProductVariant_catalog_insert" AFTER INSERT ON "ProductVariant" REFERENCING NEW TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();
CREATE TRIGGER "ProductVariant_catalog_delete" AFTER DELETE ON "ProductVariant" REFERENCING OLD TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();

CREATE TRIGGER "Product_catalog_update" AFTER UPDATE ON "Product" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_products_updated();
CREATE TRIGGER "Product_catalog_insert" AFTER INSERT ON "Product" REFERENCING NEW TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();
CREATE TRIGGER "Product_catalog_delete" AFTER DELETE ON "Product" REFERENCING OLD TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();

CREATE TRIGGER "ProductImage_catalog_update" AFTER UPDATE ON "ProductImage" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_updated();
CREATE TRIGGER "ProductImage_catalog_insert" AFTER INSERT ON "ProductImage" REFERENCING NEW TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();
CREATE TRIGGER "ProductImage_catalog_delete" AFTER DELETE ON "ProductImage" REFERENCING OLD TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();

CREATE TRIGGER "ProductAttribute_catalog_update" AFTER UPDATE ON "ProductAttribute" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_updated();
CREATE TRIGGER "ProductAttribute_catalog_insert" AFTER INSERT ON "ProductAttribute" REFERENCING NEW TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();
CREATE TRIGGER "ProductAttribute_catalog_delete" AFTER DELETE ON "ProductAttribute" REFERENCING OLD TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();

CREATE TRIGGER "Category_catalog_update" AFTER UPDATE ON "Category" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_updated();
CREATE TRIGGER "Category_catalog_insert" AFTER INSERT ON "Category" REFERENCING NEW TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();
CREATE TRIGGER "Category_catalog_delete" AFTER DELETE ON "Category" REFERENCING OLD TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();

CREATE TRIGGER "Brand_catalog_update" AFTER UPDATE ON "Brand" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_updated();
CREATE TRIGGER "Brand_catalog_insert" AFTER INSERT ON "Brand" REFERENCING NEW TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();
CREATE TRIGGER "Brand_catalog_delete" AFTER DELETE ON "Brand" REFERENCING OLD TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();

CREATE TRIGGER "ConfigurableProduct_catalog_update" AFTER UPDATE ON "ConfigurableProduct" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_updated();
CREATE TRIGGER "ConfigurableProduct_catalog_insert" AFTER INSERT ON "ConfigurableProduct" REFERENCING NEW TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();
CREATE TRIGGER "ConfigurableProduct_catalog_delete" AFTER DELETE ON "ConfigurableProduct" REFERENCING OLD TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed();
