-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "paymentInstructions" JSONB,
ADD COLUMN     "paymentMethod" TEXT,
ADD COLUMN     "paymentReference" TEXT;

-- CreateTable
CREATE TABLE "PaymentSettings" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "bankTransferEnabled" BOOLEAN NOT NULL DEFAULT false,
    "bankAccountHolder" TEXT NOT NULL DEFAULT '',
    "bankIban" TEXT NOT NULL DEFAULT '',
    "bankBic" TEXT NOT NULL DEFAULT '',
    "bankTransferHoldDays" INTEGER NOT NULL DEFAULT 3,
    "cardEnabled" BOOLEAN NOT NULL DEFAULT true,
    "pickupEnabled" BOOLEAN NOT NULL DEFAULT false,
    "pickupInstructions" TEXT NOT NULL DEFAULT '',
    "pickupHoldDays" INTEGER NOT NULL DEFAULT 7,

    CONSTRAINT "PaymentSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_paymentReference_key" ON "Order"("paymentReference");
