-- AlterEnum
ALTER TYPE "PromotionKind" ADD VALUE 'BUNDLE';

-- AlterTable
ALTER TABLE "Promotion" ADD COLUMN     "bundlePickQuantity" INTEGER,
ADD COLUMN     "bundleVariantIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- A bundle of one unit is not a bundle.
ALTER TABLE "Promotion" ADD CONSTRAINT "Promotion_bundlePickQuantity_check" CHECK ("bundlePickQuantity" IS NULL OR "bundlePickQuantity" >= 2);
