-- CreateEnum
CREATE TYPE "PartnerContentStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PartnerContentOrigin" AS ENUM ('PORTAL', 'FEED');

-- CreateTable
CREATE TABLE "PartnerContentItem" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "origin" "PartnerContentOrigin" NOT NULL DEFAULT 'PORTAL',
    "externalId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "priceAmount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "url" TEXT NOT NULL,
    "imageUrl" TEXT,
    "categoryIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "PartnerContentStatus" NOT NULL DEFAULT 'PENDING',
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerContentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerContentFeed" (
    "partnerId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "lastFetchedAt" TIMESTAMP(3),
    "lastStatus" TEXT,
    "lastReport" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerContentFeed_pkey" PRIMARY KEY ("partnerId")
);

-- CreateTable
CREATE TABLE "PartnerContentStat" (
    "itemId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "impressions" INTEGER NOT NULL DEFAULT 0,
    "clicks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartnerContentStat_pkey" PRIMARY KEY ("itemId","day")
);

-- CreateIndex
CREATE INDEX "PartnerContentItem_status_partnerId_idx" ON "PartnerContentItem"("status", "partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerContentItem_partnerId_externalId_key" ON "PartnerContentItem"("partnerId", "externalId");

-- CreateIndex
CREATE INDEX "PartnerContentStat_day_idx" ON "PartnerContentStat"("day");

-- AddForeignKey
ALTER TABLE "PartnerContentItem" ADD CONSTRAINT "PartnerContentItem_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerContentFeed" ADD CONSTRAINT "PartnerContentFeed_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerContentStat" ADD CONSTRAINT "PartnerContentStat_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PartnerContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
