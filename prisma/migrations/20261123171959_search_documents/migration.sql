-- Product search on PostgreSQL (packages/search, PostgreSQL adapter) and the sync of catalog
-- changes into the job queue.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it depends on the dictionary setting); this wrapper names the
-- dictionary explicitly so it may be used wherever an IMMUTABLE function is required.
CREATE OR REPLACE FUNCTION tandem_unaccent(input text) RETURNS text AS $$
  SELECT public.unaccent('public.unaccent'::regdictionary, input)
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;

-- A text search configuration that folds accents and keeps words as written (no stemming:
-- the catalog mixes languages and brand names; prefix matching and trigrams do the rest).
-- ts_headline with it marks "Café" for the query "cafe".
CREATE TEXT SEARCH CONFIGURATION tandem_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION tandem_search
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;

-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "searchVector" tsvector NOT NULL,
    "searchText" TEXT NOT NULL,
    "brandSlug" TEXT,
    "categoryPaths" TEXT[],
    "attributes" TEXT[],
    "priceMinAmount" INTEGER NOT NULL,
    "bestPriceAmount" INTEGER NOT NULL,
    "inStock" BOOLEAN NOT NULL,
    "ratingAverage" DOUBLE PRECISION,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "indexedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,
    "documents" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "SearchSynonym" (
    "term" TEXT NOT NULL,
    "synonym" TEXT NOT NULL,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("term","synonym")
);

-- CreateTable
CREATE TABLE "SearchStopWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchStopWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchDocument_searchVector_idx" ON "SearchDocument" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "SearchDocument_searchText_idx" ON "SearchDocument" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchDocument_categoryPaths_idx" ON "SearchDocument" USING GIN ("categoryPaths");

-- CreateIndex
CREATE INDEX "SearchDocument_attributes_idx" ON "SearchDocument" USING GIN ("attributes");

-- CreateIndex
CREATE INDEX "SearchDocument_priceMinAmount_idx" ON "SearchDocument"("priceMinAmount");

-- CreateIndex
CREATE INDEX "SearchDocument_bestPriceAmount_idx" ON "SearchDocument"("bestPriceAmount");

-- CreateIndex
CREATE INDEX "SearchDocument_brandSlug_idx" ON "SearchDocument"("brandSlug");

-- CreateIndex
CREATE INDEX "SearchDocument_createdAt_idx" ON "SearchDocument"("createdAt");

-- CreateIndex
CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

-- ── Catalog changes → search sync jobs ──────────────────────────────────────────────────
-- Whoever writes the catalog (services, seed, imports, checkout through the roll-ups), the
-- affected products get a 'search.sync-product' job in the same transaction (transactional
-- outbox). A product with a job still waiting gets no second one: the job reads the product
-- when it runs. The waiting job is locked until this transaction ends, so a worker cannot run
-- it on data older than this change.
CREATE OR REPLACE FUNCTION tandem_enqueue_search_sync(product_ids TEXT[]) RETURNS void AS $$
DECLARE
  product_id TEXT;
BEGIN
  -- One index probe per product (on "Job"("key", "state", "id")): a bulk load of thousands of
  -- products stays linear whatever the planner's statistics say (PGlite never analyses).
  FOR product_id IN SELECT DISTINCT id FROM unnest(product_ids) AS u(id) WHERE id IS NOT NULL ORDER BY id LOOP
    PERFORM 1 FROM "Job"
     WHERE "key" = 'product:' || product_id AND "state" = 'PENDING' AND "kind" = 'search.sync-product'
     FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO "Job" ("kind", "key", "payload")
      VALUES ('search.sync-product', 'product:' || product_id, jsonb_build_object('productId', product_id));
    END IF;
  END LOOP;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION tandem_search_products_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM tandem_enqueue_search_sync(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM tandem_enqueue_search_sync(ARRAY(SELECT id FROM new_rows));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Variants, attributes and images name their product in "productId".
CREATE OR REPLACE FUNCTION tandem_search_product_parts_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM tandem_enqueue_search_sync(ARRAY(SELECT "productId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM tandem_enqueue_search_sync(ARRAY(SELECT "productId" FROM old_rows));
  ELSE
    PERFORM tandem_enqueue_search_sync(ARRAY(SELECT "productId" FROM new_rows UNION SELECT "productId" FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Stock-only variant updates (every checkout) reach search through the product's inStock
-- roll-up, which fires the product trigger only when it flips.
CREATE OR REPLACE FUNCTION tandem_search_variants_updated() RETURNS trigger AS $$
BEGIN
  PERFORM tandem_enqueue_search_sync(ARRAY(
    SELECT n."productId" FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (n."productId", n.sku, n.title, n."priceAmount", n."compareAtAmount", n.currency, n.position)
           IS DISTINCT FROM (o."productId", o.sku, o.title, o."priceAmount", o."compareAtAmount", o.currency, o.position)
    UNION
    SELECT o."productId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."productId" <> o."productId"));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION tandem_search_brands_updated() RETURNS trigger AS $$
BEGIN
  PERFORM tandem_enqueue_search_sync(ARRAY(
    SELECT p.id FROM "Product" p JOIN new_rows n ON n.id = p."brandId" JOIN old_rows o ON o.id = n.id
     WHERE (n.slug, n.name) IS DISTINCT FROM (o.slug, o.name)));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A renamed or moved category changes the names and paths of every product below it.
CREATE OR REPLACE FUNCTION tandem_search_categories_updated() RETURNS trigger AS $$
BEGIN
  PERFORM tandem_enqueue_search_sync(ARRAY(
    SELECT p.id FROM "Product" p JOIN "Category" c ON c.id = p."categoryId"
      JOIN old_rows o ON (c.path = o.path OR c.path LIKE o.path || '/%')
      JOIN new_rows n ON n.id = o.id
     WHERE (n.slug, n.name, n.path) IS DISTINCT FROM (o.slug, o.name, o.path)
    UNION
    SELECT p.id FROM "Product" p JOIN "Category" c ON c.id = p."categoryId"
      JOIN new_rows n ON (c.path = n.path OR c.path LIKE n.path || '/%')
      JOIN old_rows o ON o.id = n.id
     WHERE (n.slug, n.name, n.path) IS DISTINCT FROM (o.slug, o.name, o.path)));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Product_search_insert" AFTER INSERT ON "Product" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_products_changed();
CREATE TRIGGER "Product_search_update" AFTER UPDATE ON "Product" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_products_changed();
CREATE TRIGGER "Product_search_delete" AFTER DELETE ON "Product" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_products_changed();

CREATE TRIGGER "ProductVariant_search_insert" AFTER INSERT ON "ProductVariant" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();
CREATE TRIGGER "ProductVariant_search_update" AFTER UPDATE ON "ProductVariant" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_variants_updated();
CREATE TRIGGER "ProductVariant_search_delete" AFTER DELETE ON "ProductVariant" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();

CREATE TRIGGER "ProductAttribute_search_insert" AFTER INSERT ON "ProductAttribute" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();
CREATE TRIGGER "ProductAttribute_search_update" AFTER UPDATE ON "ProductAttribute" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();
CREATE TRIGGER "ProductAttribute_search_delete" AFTER DELETE ON "ProductAttribute" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();

CREATE TRIGGER "ProductImage_search_insert" AFTER INSERT ON "ProductImage" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();
CREATE TRIGGER "ProductImage_search_update" AFTER UPDATE ON "ProductImage" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();
CREATE TRIGGER "ProductImage_search_delete" AFTER DELETE ON "ProductImage" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();

CREATE TRIGGER "Brand_search_update" AFTER UPDATE ON "Brand" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_brands_updated();
CREATE TRIGGER "Category_search_update" AFTER UPDATE ON "Category" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_categories_updated();
