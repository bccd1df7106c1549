-- AlterTable
ALTER TABLE "BehaviourEvent" ADD COLUMN     "amount" INTEGER,
ADD COLUMN     "currency" CHAR(3),
ADD COLUMN     "importKey" TEXT,
ADD COLUMN     "orderRef" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "BehaviourEvent_importKey_key" ON "BehaviourEvent"("importKey");
