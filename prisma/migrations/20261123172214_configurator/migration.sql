-- DropIndex
DROP INDEX "CartLine_cartId_variantId_key";

-- AlterTable
ALTER TABLE "CartLine" ADD COLUMN     "configuration" JSONB,
ADD COLUMN     "configurationKey" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "configuration" JSONB;

-- CreateTable
CREATE TABLE "ConfigurableProduct" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "baseVariantId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConfigurableProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedConfiguration" (
    "id" TEXT NOT NULL,
    "configurableProductId" TEXT NOT NULL,
    "definitionVersion" INTEGER NOT NULL,
    "choices" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedConfiguration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConfigurableProduct_productId_key" ON "ConfigurableProduct"("productId");

-- CreateIndex
CREATE INDEX "SavedConfiguration_configurableProductId_idx" ON "SavedConfiguration"("configurableProductId");

-- CreateIndex
CREATE UNIQUE INDEX "CartLine_cartId_variantId_configurationKey_key" ON "CartLine"("cartId", "variantId", "configurationKey");

-- AddForeignKey
ALTER TABLE "ConfigurableProduct" ADD CONSTRAINT "ConfigurableProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigurableProduct" ADD CONSTRAINT "ConfigurableProduct_baseVariantId_fkey" FOREIGN KEY ("baseVariantId") REFERENCES "ProductVariant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedConfiguration" ADD CONSTRAINT "SavedConfiguration_configurableProductId_fkey" FOREIGN KEY ("configurableProductId") REFERENCES "ConfigurableProduct"("id") ON DELETE CASCADE ON UPDATE CASCADE;
