-- AlterTable
ALTER TABLE "ProductImage" ADD COLUMN     "optionValues" JSONB NOT NULL DEFAULT '{}';

-- Existing demo images name their colour in the alt text ("<title> in Red", "<title> in Red, close-up"):
-- tag them with that colour where colours tell a product's variants apart, as the seed now does.
UPDATE "ProductImage" AS i
SET "optionValues" = jsonb_build_object('colour', c.colour)
FROM (SELECT DISTINCT "productId", "optionValues"->>'colour' AS colour FROM "ProductVariant" WHERE "optionValues" ? 'colour') AS c
WHERE c."productId" = i."productId"
  AND (i.alt LIKE '% in ' || c.colour OR i.alt LIKE '% in ' || c.colour || ',%')
  AND (SELECT count(DISTINCT v."optionValues"->>'colour') FROM "ProductVariant" AS v WHERE v."productId" = i."productId") > 1;
