-- CreateEnum
CREATE TYPE "GroupBuyStatus" AS ENUM ('OPEN', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "GroupBuyParticipantStatus" AS ENUM ('JOINED', 'LEFT', 'CAPTURED', 'RELEASED', 'FAILED');

-- AlterEnum
ALTER TYPE "PaymentState" ADD VALUE 'AUTHORIZED';

-- CreateTable
CREATE TABLE "GroupBuy" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "variantId" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "minParticipants" INTEGER NOT NULL,
    "maxParticipants" INTEGER,
    "maxQuantity" INTEGER NOT NULL DEFAULT 1,
    "startsAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" "GroupBuyStatus" NOT NULL DEFAULT 'OPEN',
    "peakParticipants" INTEGER NOT NULL DEFAULT 0,
    "finalUnitAmount" INTEGER,
    "closedAt" TIMESTAMP(3),
    "settledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupBuy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupBuyTier" (
    "id" TEXT NOT NULL,
    "groupBuyId" TEXT NOT NULL,
    "minParticipants" INTEGER NOT NULL,
    "unitAmount" INTEGER NOT NULL,

    CONSTRAINT "GroupBuyTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupBuyParticipant" (
    "id" TEXT NOT NULL,
    "groupBuyId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "joinUnitAmount" INTEGER NOT NULL,
    "authorizedAmount" INTEGER NOT NULL,
    "taxRateBps" INTEGER NOT NULL,
    "capturedAmount" INTEGER,
    "status" "GroupBuyParticipantStatus" NOT NULL DEFAULT 'JOINED',
    "lastError" TEXT,
    "settledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupBuyParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GroupBuy_slug_key" ON "GroupBuy"("slug");

-- CreateIndex
CREATE INDEX "GroupBuy_status_endsAt_idx" ON "GroupBuy"("status", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "GroupBuyTier_groupBuyId_minParticipants_key" ON "GroupBuyTier"("groupBuyId", "minParticipants");

-- CreateIndex
CREATE UNIQUE INDEX "GroupBuyParticipant_orderId_key" ON "GroupBuyParticipant"("orderId");

-- CreateIndex
CREATE INDEX "GroupBuyParticipant_groupBuyId_status_idx" ON "GroupBuyParticipant"("groupBuyId", "status");

-- CreateIndex
CREATE INDEX "GroupBuyParticipant_customerId_idx" ON "GroupBuyParticipant"("customerId");

-- AddForeignKey
ALTER TABLE "GroupBuyTier" ADD CONSTRAINT "GroupBuyTier_groupBuyId_fkey" FOREIGN KEY ("groupBuyId") REFERENCES "GroupBuy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupBuyParticipant" ADD CONSTRAINT "GroupBuyParticipant_groupBuyId_fkey" FOREIGN KEY ("groupBuyId") REFERENCES "GroupBuy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
