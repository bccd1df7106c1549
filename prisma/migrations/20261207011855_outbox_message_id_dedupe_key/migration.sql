-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "messageId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_dedupeKey_key" ON "OutboxEmail"("dedupeKey");
