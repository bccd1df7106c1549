-- DropIndex
DROP INDEX "Product_status_createdAt_id_idx";

-- DropIndex
DROP INDEX "Product_status_minPriceAmount_id_idx";

-- DropIndex
DROP INDEX "Product_status_title_id_idx";

-- CreateIndex
CREATE INDEX "Product_listing_price_idx" ON "Product"("status", "minPriceAmount", "id", "categoryId", "brandId", "currency", "inStock");

-- CreateIndex
CREATE INDEX "Product_listing_newest_idx" ON "Product"("status", "createdAt", "id", "categoryId", "brandId", "currency", "inStock");

-- CreateIndex
CREATE INDEX "Product_listing_title_idx" ON "Product"("status", "title", "id", "categoryId", "brandId", "currency", "inStock");
