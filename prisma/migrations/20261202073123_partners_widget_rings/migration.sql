-- CreateEnum
CREATE TYPE "WebRingHealth" AS ENUM ('UNKNOWN', 'UP', 'DOWN');

-- CreateEnum
CREATE TYPE "WebRingJoinStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "PartnerWidgetDailyStat" (
    "partnerId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "impressions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartnerWidgetDailyStat_pkey" PRIMARY KEY ("partnerId","day")
);

-- CreateTable
CREATE TABLE "WebRing" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerPartnerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebRing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebRingMember" (
    "id" TEXT NOT NULL,
    "ringId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "pageUrl" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "health" "WebRingHealth" NOT NULL DEFAULT 'UNKNOWN',
    "healthReason" TEXT,
    "healthCheckedAt" TIMESTAMP(3),
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebRingMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebRingJoinRequest" (
    "id" TEXT NOT NULL,
    "ringId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "pageUrl" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" "WebRingJoinStatus" NOT NULL DEFAULT 'PENDING',
    "decisionNote" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebRingJoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebRingDailyStat" (
    "memberId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "clicksOut" INTEGER NOT NULL DEFAULT 0,
    "clicksIn" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WebRingDailyStat_pkey" PRIMARY KEY ("memberId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "WebRing_slug_key" ON "WebRing"("slug");

-- CreateIndex
CREATE INDEX "WebRingMember_ringId_position_idx" ON "WebRingMember"("ringId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "WebRingMember_ringId_partnerId_key" ON "WebRingMember"("ringId", "partnerId");

-- CreateIndex
CREATE INDEX "WebRingJoinRequest_ringId_status_idx" ON "WebRingJoinRequest"("ringId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "WebRingJoinRequest_ringId_partnerId_key" ON "WebRingJoinRequest"("ringId", "partnerId");

-- AddForeignKey
ALTER TABLE "PartnerWidgetDailyStat" ADD CONSTRAINT "PartnerWidgetDailyStat_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebRing" ADD CONSTRAINT "WebRing_ownerPartnerId_fkey" FOREIGN KEY ("ownerPartnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebRingMember" ADD CONSTRAINT "WebRingMember_ringId_fkey" FOREIGN KEY ("ringId") REFERENCES "WebRing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebRingMember" ADD CONSTRAINT "WebRingMember_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebRingJoinRequest" ADD CONSTRAINT "WebRingJoinRequest_ringId_fkey" FOREIGN KEY ("ringId") REFERENCES "WebRing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebRingJoinRequest" ADD CONSTRAINT "WebRingJoinRequest_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebRingDailyStat" ADD CONSTRAINT "WebRingDailyStat_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "WebRingMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
