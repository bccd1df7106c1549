-- Bought products a customer took out of their recommendation signals ("Why these?"): their
-- orders stay, but those purchases no longer count as their history (core personalization/own-purchases.ts).
CREATE TABLE "ForgottenPurchase" (
    "customerId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "forgottenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForgottenPurchase_pkey" PRIMARY KEY ("customerId","productId")
);

CREATE INDEX "ForgottenPurchase_productId_idx" ON "ForgottenPurchase"("productId");

ALTER TABLE "ForgottenPurchase" ADD CONSTRAINT "ForgottenPurchase_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ForgottenPurchase" ADD CONSTRAINT "ForgottenPurchase_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
