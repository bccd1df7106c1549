-- CreateTable
CREATE TABLE "ClearanceRule" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "variantIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "categoryIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "startAfterDays" INTEGER NOT NULL,
    "stepDays" INTEGER NOT NULL,
    "stepBps" INTEGER NOT NULL,
    "overstockUnits" INTEGER,
    "overstockBps" INTEGER NOT NULL DEFAULT 0,
    "maxBps" INTEGER NOT NULL,
    "floorBps" INTEGER NOT NULL,
    "floorAmount" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClearanceRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClearancePrice" (
    "variantId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClearancePrice_pkey" PRIMARY KEY ("variantId")
);

-- AddForeignKey
ALTER TABLE "ClearancePrice" ADD CONSTRAINT "ClearancePrice_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "ClearanceRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The bounds that make dynamic pricing safe to leave to a job.
ALTER TABLE "ClearanceRule" ADD CONSTRAINT "ClearanceRule_bounds_check" CHECK ("maxBps" BETWEEN 0 AND 9000 AND "floorBps" BETWEEN 1000 AND 10000 AND "stepDays" >= 1 AND "stepBps" >= 0 AND "startAfterDays" >= 0 AND "overstockBps" >= 0);
ALTER TABLE "ClearancePrice" ADD CONSTRAINT "ClearancePrice_amount_check" CHECK ("amount" >= 0);
