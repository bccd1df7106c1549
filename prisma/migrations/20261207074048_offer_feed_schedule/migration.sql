-- CreateEnum
CREATE TYPE "OfferFeedFetchState" AS ENUM ('IDLE', 'QUEUED', 'DOWNLOADING', 'IMPORTING');

-- CreateTable
CREATE TABLE "OfferFeedSchedule" (
    "sourceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "format" "OfferFeedFormat" NOT NULL,
    "full" BOOLEAN NOT NULL DEFAULT true,
    "everyHours" INTEGER NOT NULL,
    "nextFetchAt" TIMESTAMP(3) NOT NULL,
    "state" "OfferFeedFetchState" NOT NULL DEFAULT 'IDLE',
    "stateChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fetchedBytes" INTEGER,
    "lastFetchedAt" TIMESTAMP(3),
    "lastOk" BOOLEAN,
    "lastError" TEXT,
    "lastImportId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfferFeedSchedule_pkey" PRIMARY KEY ("sourceId")
);

-- CreateIndex
CREATE INDEX "OfferFeedSchedule_state_nextFetchAt_idx" ON "OfferFeedSchedule"("state", "nextFetchAt");

-- AddForeignKey
ALTER TABLE "OfferFeedSchedule" ADD CONSTRAINT "OfferFeedSchedule_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "OfferSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferFeedSchedule" ADD CONSTRAINT "OfferFeedSchedule_lastImportId_fkey" FOREIGN KEY ("lastImportId") REFERENCES "OfferFeedImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;
