-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "guestScope" TEXT,
ALTER COLUMN "customerId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "PromotionRedemption" ALTER COLUMN "customerId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "GuestOrderAccess" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuestOrderAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GuestOrderAccess_tokenHash_key" ON "GuestOrderAccess"("tokenHash");

-- CreateIndex
CREATE INDEX "GuestOrderAccess_orderId_idx" ON "GuestOrderAccess"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_guestScope_idempotencyKey_key" ON "Order"("guestScope", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "GuestOrderAccess" ADD CONSTRAINT "GuestOrderAccess_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
