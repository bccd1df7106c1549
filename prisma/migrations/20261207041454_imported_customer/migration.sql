-- CreateTable
CREATE TABLE "ImportedCustomer" (
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ImportedCustomer_pkey" PRIMARY KEY ("source","externalId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportedCustomer_customerId_key" ON "ImportedCustomer"("customerId");

-- AddForeignKey
ALTER TABLE "ImportedCustomer" ADD CONSTRAINT "ImportedCustomer_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
