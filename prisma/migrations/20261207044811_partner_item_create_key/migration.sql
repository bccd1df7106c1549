-- AlterTable
ALTER TABLE "PartnerContentItem" ADD COLUMN     "createKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "PartnerContentItem_partnerId_createKey_key" ON "PartnerContentItem"("partnerId", "createKey");
