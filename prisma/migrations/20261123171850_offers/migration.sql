-- CreateEnum
CREATE TYPE "OfferSourceKind" AS ENUM ('PARTNER', 'COMPETITOR');

-- CreateEnum
CREATE TYPE "OfferAvailability" AS ENUM ('IN_STOCK', 'OUT_OF_STOCK', 'PREORDER', 'BACKORDER');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('ACTIVE', 'REMOVED');

-- CreateEnum
CREATE TYPE "OfferMatchMethod" AS ENUM ('GTIN', 'MPN', 'SKU', 'TITLE', 'MANUAL');

-- CreateEnum
CREATE TYPE "OfferMatchStatus" AS ENUM ('UNMATCHED', 'AUTO', 'NEEDS_REVIEW', 'CONFIRMED', 'REJECTED');

-- CreateEnum
CREATE TYPE "OfferFeedFormat" AS ENUM ('CSV', 'JSON');

-- AlterTable
ALTER TABLE "ProductVariant" ADD COLUMN     "gtin" TEXT,
ADD COLUMN     "mpn" TEXT;

-- CreateTable
CREATE TABLE "OfferSource" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OfferSourceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "homepageUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "gtin" TEXT,
    "mpn" TEXT,
    "brand" TEXT,
    "title" TEXT NOT NULL,
    "priceAmount" INTEGER NOT NULL,
    "saleAmount" INTEGER,
    "currency" CHAR(3) NOT NULL,
    "availability" "OfferAvailability" NOT NULL,
    "shippingAmount" INTEGER NOT NULL DEFAULT 0,
    "link" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'ACTIVE',
    "productId" TEXT,
    "variantId" TEXT,
    "matchMethod" "OfferMatchMethod",
    "matchConfidence" DOUBLE PRECISION,
    "matchStatus" "OfferMatchStatus" NOT NULL DEFAULT 'UNMATCHED',
    "matchedAt" TIMESTAMP(3),

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferFeedImport" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "format" "OfferFeedFormat" NOT NULL,
    "full" BOOLEAN NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "createdCount" INTEGER NOT NULL,
    "updatedCount" INTEGER NOT NULL,
    "removedCount" INTEGER NOT NULL,
    "rejectedCount" INTEGER NOT NULL,
    "matchedCount" INTEGER NOT NULL,
    "reviewCount" INTEGER NOT NULL,
    "rejectedRows" JSONB NOT NULL DEFAULT '[]',
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfferFeedImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OfferSource_slug_key" ON "OfferSource"("slug");

-- CreateIndex
CREATE INDEX "Offer_productId_status_idx" ON "Offer"("productId", "status");

-- CreateIndex
CREATE INDEX "Offer_matchStatus_status_idx" ON "Offer"("matchStatus", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_sourceId_externalId_key" ON "Offer"("sourceId", "externalId");

-- CreateIndex
CREATE INDEX "OfferFeedImport_sourceId_startedAt_idx" ON "OfferFeedImport"("sourceId", "startedAt");

-- CreateIndex
CREATE INDEX "ProductVariant_gtin_idx" ON "ProductVariant"("gtin");

-- CreateIndex
CREATE INDEX "ProductVariant_mpn_idx" ON "ProductVariant"("mpn");

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "OfferSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferFeedImport" ADD CONSTRAINT "OfferFeedImport_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "OfferSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Money and confidence stay in range whatever writes them.
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_amounts_check" CHECK ("priceAmount" >= 0 AND ("saleAmount" IS NULL OR "saleAmount" >= 0) AND "shippingAmount" >= 0);
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_confidence_check" CHECK ("matchConfidence" IS NULL OR ("matchConfidence" >= 0 AND "matchConfidence" <= 1));
