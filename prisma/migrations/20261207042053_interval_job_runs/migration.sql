-- CreateTable
CREATE TABLE "IntervalJobRun" (
    "name" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "runs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IntervalJobRun_pkey" PRIMARY KEY ("name")
);
