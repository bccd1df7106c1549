-- CreateEnum
CREATE TYPE "SearchReindexState" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "SearchReindex" (
    "id" BIGSERIAL NOT NULL,
    "engine" TEXT NOT NULL,
    "state" "SearchReindexState" NOT NULL DEFAULT 'RUNNING',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "SearchReindex_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchReindex_startedAt_idx" ON "SearchReindex"("startedAt");
