-- CreateEnum
CREATE TYPE "ReferralSource" AS ENUM ('LINK', 'WIDGET', 'RING', 'CONTENT');

-- CreateEnum
CREATE TYPE "ClickFilter" AS ENUM ('BOT', 'FLOOD');

-- CreateEnum
CREATE TYPE "AttributionModel" AS ENUM ('LAST_CLICK', 'FIRST_CLICK');

-- CreateEnum
CREATE TYPE "CommissionRuleKind" AS ENUM ('PERCENT', 'FIXED');

-- CreateEnum
CREATE TYPE "CommissionStatus" AS ENUM ('PENDING', 'APPROVED', 'PAID', 'REVERSED');

-- CreateEnum
CREATE TYPE "CommissionFlag" AS ENUM ('SELF_REFERRAL');

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "fingerprint" TEXT;

-- CreateTable
CREATE TABLE "AffiliateClick" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "visitorTokenHash" TEXT,
    "targetPath" TEXT NOT NULL,
    "source" "ReferralSource" NOT NULL DEFAULT 'LINK',
    "ipHash" TEXT NOT NULL,
    "userAgent" TEXT NOT NULL DEFAULT '',
    "filterReason" "ClickFilter",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AffiliateClick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderReferral" (
    "orderId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "clickId" TEXT NOT NULL,
    "model" "AttributionModel" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderReferral_pkey" PRIMARY KEY ("orderId")
);

-- CreateTable
CREATE TABLE "AffiliateProgram" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "attributionWindowDays" INTEGER NOT NULL DEFAULT 30,
    "attributionModel" "AttributionModel" NOT NULL DEFAULT 'LAST_CLICK',
    "holdDays" INTEGER NOT NULL DEFAULT 30,
    "defaultKind" "CommissionRuleKind" NOT NULL DEFAULT 'PERCENT',
    "defaultPercentBps" INTEGER NOT NULL DEFAULT 500,
    "defaultFixedAmount" INTEGER NOT NULL DEFAULT 0,
    "defaultCurrency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "floodClicksPerMinute" INTEGER NOT NULL DEFAULT 10,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AffiliateProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionRule" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT,
    "categoryId" TEXT,
    "kind" "CommissionRuleKind" NOT NULL,
    "percentBps" INTEGER,
    "fixedAmount" INTEGER,
    "currency" CHAR(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommissionRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commission" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "categoryId" TEXT,
    "currency" CHAR(3) NOT NULL,
    "baseAmount" INTEGER NOT NULL,
    "ruleId" TEXT,
    "ruleKind" "CommissionRuleKind" NOT NULL,
    "percentBps" INTEGER,
    "fixedAmount" INTEGER,
    "amount" INTEGER NOT NULL,
    "reversedAmount" INTEGER NOT NULL DEFAULT 0,
    "paidOutAmount" INTEGER NOT NULL DEFAULT 0,
    "status" "CommissionStatus" NOT NULL DEFAULT 'PENDING',
    "flag" "CommissionFlag",
    "holdUntil" TIMESTAMP(3) NOT NULL,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payout" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "paidById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayoutItem" (
    "payoutId" TEXT NOT NULL,
    "commissionId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,

    CONSTRAINT "PayoutItem_pkey" PRIMARY KEY ("payoutId","commissionId")
);

-- CreateIndex
CREATE INDEX "AffiliateClick_partnerId_createdAt_idx" ON "AffiliateClick"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "AffiliateClick_visitorTokenHash_createdAt_idx" ON "AffiliateClick"("visitorTokenHash", "createdAt");

-- CreateIndex
CREATE INDEX "AffiliateClick_ipHash_partnerId_createdAt_idx" ON "AffiliateClick"("ipHash", "partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "OrderReferral_partnerId_createdAt_idx" ON "OrderReferral"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "CommissionRule_partnerId_idx" ON "CommissionRule"("partnerId");

-- CreateIndex
CREATE INDEX "CommissionRule_categoryId_idx" ON "CommissionRule"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Commission_orderLineId_key" ON "Commission"("orderLineId");

-- CreateIndex
CREATE INDEX "Commission_partnerId_status_idx" ON "Commission"("partnerId", "status");

-- CreateIndex
CREATE INDEX "Commission_orderId_idx" ON "Commission"("orderId");

-- CreateIndex
CREATE INDEX "Commission_status_holdUntil_idx" ON "Commission"("status", "holdUntil");

-- CreateIndex
CREATE UNIQUE INDEX "Payout_idempotencyKey_key" ON "Payout"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Payout_partnerId_createdAt_idx" ON "Payout"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "PayoutItem_commissionId_idx" ON "PayoutItem"("commissionId");

-- AddForeignKey
ALTER TABLE "AffiliateClick" ADD CONSTRAINT "AffiliateClick_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderReferral" ADD CONSTRAINT "OrderReferral_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderReferral" ADD CONSTRAINT "OrderReferral_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderReferral" ADD CONSTRAINT "OrderReferral_clickId_fkey" FOREIGN KEY ("clickId") REFERENCES "AffiliateClick"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionRule" ADD CONSTRAINT "CommissionRule_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutItem" ADD CONSTRAINT "PayoutItem_payoutId_fkey" FOREIGN KEY ("payoutId") REFERENCES "Payout"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutItem" ADD CONSTRAINT "PayoutItem_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A commission can never be clawed back below zero nor be negative.
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_amounts_check" CHECK ("amount" >= 0 AND "reversedAmount" >= 0 AND "reversedAmount" <= "amount");
ALTER TABLE "AffiliateProgram" ADD CONSTRAINT "AffiliateProgram_single_row" CHECK ("id" = 1);

-- The programme's one settings row, with the defaults.
INSERT INTO "AffiliateProgram" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING;
