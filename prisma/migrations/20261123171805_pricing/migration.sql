-- CreateEnum
CREATE TYPE "CustomerGroup" AS ENUM ('CONSUMER', 'RETAILER', 'WHOLESALE', 'PARTNER');

-- CreateEnum
CREATE TYPE "PromotionKind" AS ENUM ('PERCENT', 'FIXED_AMOUNT', 'FREE_SHIPPING', 'BUY_X_GET_Y', 'GIFT_WITH_PURCHASE');

-- CreateEnum
CREATE TYPE "DiscountClass" AS ENUM ('PRODUCT', 'ORDER', 'SHIPPING');

-- AlterTable
ALTER TABLE "Cart" ADD COLUMN     "promotionCode" TEXT;

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "customerGroup" "CustomerGroup" NOT NULL DEFAULT 'CONSUMER';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "pricingSnapshot" JSONB;

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "discountAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "explanation" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Promotion" (
    "id" TEXT NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "kind" "PromotionKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "percentBps" INTEGER,
    "amount" INTEGER,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "buyQuantity" INTEGER,
    "getQuantity" INTEGER,
    "giftVariantId" TEXT,
    "productIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "variantIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "categoryIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "minSubtotalAmount" INTEGER,
    "minQuantity" INTEGER,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "usageLimit" INTEGER,
    "usedCount" INTEGER NOT NULL DEFAULT 0,
    "perCustomerLimit" INTEGER,
    "customerGroups" "CustomerGroup"[] DEFAULT ARRAY[]::"CustomerGroup"[],
    "segmentKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "firstOrderOnly" BOOLEAN NOT NULL DEFAULT false,
    "partnerIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "combinesWith" "DiscountClass"[] DEFAULT ARRAY[]::"DiscountClass"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Promotion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromotionRedemption" (
    "id" TEXT NOT NULL,
    "promotionId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMP(3),

    CONSTRAINT "PromotionRedemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceList" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "customerGroup" "CustomerGroup" NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceListEntry" (
    "id" TEXT NOT NULL,
    "priceListId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,

    CONSTRAINT "PriceListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolumeTier" (
    "id" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "minQuantity" INTEGER NOT NULL,
    "unitAmount" INTEGER NOT NULL,

    CONSTRAINT "VolumeTier_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Promotion_code_key" ON "Promotion"("code");

-- CreateIndex
CREATE INDEX "Promotion_active_code_idx" ON "Promotion"("active", "code");

-- CreateIndex
CREATE INDEX "PromotionRedemption_promotionId_customerId_idx" ON "PromotionRedemption"("promotionId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "PromotionRedemption_promotionId_orderId_key" ON "PromotionRedemption"("promotionId", "orderId");

-- CreateIndex
CREATE INDEX "PriceList_customerGroup_active_idx" ON "PriceList"("customerGroup", "active");

-- CreateIndex
CREATE INDEX "PriceListEntry_variantId_idx" ON "PriceListEntry"("variantId");

-- CreateIndex
CREATE UNIQUE INDEX "PriceListEntry_priceListId_variantId_key" ON "PriceListEntry"("priceListId", "variantId");

-- CreateIndex
CREATE UNIQUE INDEX "VolumeTier_variantId_minQuantity_key" ON "VolumeTier"("variantId", "minQuantity");

-- AddForeignKey
ALTER TABLE "PromotionRedemption" ADD CONSTRAINT "PromotionRedemption_promotionId_fkey" FOREIGN KEY ("promotionId") REFERENCES "Promotion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromotionRedemption" ADD CONSTRAINT "PromotionRedemption_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromotionRedemption" ADD CONSTRAINT "PromotionRedemption_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceListEntry" ADD CONSTRAINT "PriceListEntry_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "PriceList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceListEntry" ADD CONSTRAINT "PriceListEntry_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolumeTier" ADD CONSTRAINT "VolumeTier_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Guards the engine relies on: counters and prices never go negative, limits are positive.
ALTER TABLE "Promotion" ADD CONSTRAINT "Promotion_usedCount_check" CHECK ("usedCount" >= 0 AND ("usageLimit" IS NULL OR "usedCount" <= "usageLimit"));
ALTER TABLE "Promotion" ADD CONSTRAINT "Promotion_percent_check" CHECK ("percentBps" IS NULL OR ("percentBps" > 0 AND "percentBps" <= 10000));
ALTER TABLE "PriceListEntry" ADD CONSTRAINT "PriceListEntry_amount_check" CHECK ("amount" >= 0);
ALTER TABLE "VolumeTier" ADD CONSTRAINT "VolumeTier_check" CHECK ("minQuantity" >= 2 AND "unitAmount" >= 0);
