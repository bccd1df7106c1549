-- CreateEnum
CREATE TYPE "BehaviourEventType" AS ENUM ('VIEW', 'SEARCH', 'ADD_TO_CART', 'PURCHASE', 'CONFIGURATOR', 'WIDGET_CLICK');

-- CreateEnum
CREATE TYPE "NeighbourKind" AS ENUM ('BOUGHT_TOGETHER', 'VIEWED_TOGETHER', 'SIMILAR');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "marketingConsent" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "trackingConsent" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "BehaviourEvent" (
    "id" BIGSERIAL NOT NULL,
    "anonymousId" TEXT,
    "customerId" TEXT,
    "type" "BehaviourEventType" NOT NULL,
    "productId" TEXT,
    "query" TEXT,
    "resultCount" INTEGER,
    "quantity" INTEGER,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BehaviourEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductNeighbour" (
    "kind" "NeighbourKind" NOT NULL,
    "productId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "neighbourId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ProductNeighbour_pkey" PRIMARY KEY ("kind","productId","rank")
);

-- CreateTable
CREATE TABLE "PopularProduct" (
    "scope" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "productId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "PopularProduct_pkey" PRIMARY KEY ("scope","list","rank")
);

-- CreateTable
CREATE TABLE "CustomerSegment" (
    "customerId" TEXT NOT NULL,
    "segment" TEXT NOT NULL,
    "recencyDays" INTEGER NOT NULL,
    "frequency" INTEGER NOT NULL,
    "monetaryAmount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "recencyScore" INTEGER NOT NULL,
    "frequencyScore" INTEGER NOT NULL,
    "monetaryScore" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerSegment_pkey" PRIMARY KEY ("customerId")
);

-- CreateTable
CREATE TABLE "PersonalizationRun" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "watermark" BIGINT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "PersonalizationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BehaviourEvent_customerId_occurredAt_idx" ON "BehaviourEvent"("customerId", "occurredAt");

-- CreateIndex
CREATE INDEX "BehaviourEvent_anonymousId_occurredAt_idx" ON "BehaviourEvent"("anonymousId", "occurredAt");

-- CreateIndex
CREATE INDEX "BehaviourEvent_occurredAt_idx" ON "BehaviourEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "BehaviourEvent_productId_type_idx" ON "BehaviourEvent"("productId", "type");

-- CreateIndex
CREATE INDEX "CustomerSegment_segment_idx" ON "CustomerSegment"("segment");

-- CreateIndex
CREATE INDEX "PersonalizationRun_kind_startedAt_idx" ON "PersonalizationRun"("kind", "startedAt");
