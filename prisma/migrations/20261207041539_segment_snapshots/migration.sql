-- CreateTable
CREATE TABLE "SegmentSnapshot" (
    "id" BIGSERIAL NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "segment" TEXT NOT NULL,
    "customers" INTEGER NOT NULL,
    "revenueAmount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "runId" TEXT,

    CONSTRAINT "SegmentSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SegmentSnapshot_computedAt_idx" ON "SegmentSnapshot"("computedAt");

-- CreateIndex
CREATE INDEX "SegmentSnapshot_runId_idx" ON "SegmentSnapshot"("runId");

-- CreateIndex
CREATE INDEX "SegmentSnapshot_segment_computedAt_idx" ON "SegmentSnapshot"("segment", "computedAt");
