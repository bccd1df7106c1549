-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "pickupLocation" JSONB;

-- CreateTable
CREATE TABLE "PickupSettings" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "address" TEXT NOT NULL DEFAULT '',
    "openingHours" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PickupSettings_pkey" PRIMARY KEY ("id")
);
