-- Each distinct attribute list of the search documents, once, and each document's list as its
-- id: a search groups 25k matches by an integer to count attribute facets instead of hashing
-- every match's text array (docs/decisions.md, "PostgreSQL search tail").
CREATE TABLE "SearchAttributeSet" (
    "id" SERIAL NOT NULL,
    "attributes" TEXT[],

    CONSTRAINT "SearchAttributeSet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchAttributeSet_attributes_key" ON "SearchAttributeSet"("attributes");

INSERT INTO "SearchAttributeSet" ("attributes")
SELECT DISTINCT COALESCE("attributes", '{}') FROM "SearchDocument" ORDER BY 1;

ALTER TABLE "SearchDocument" ADD COLUMN "attributeSetId" INTEGER;

UPDATE "SearchDocument" d SET "attributeSetId" = s."id"
  FROM "SearchAttributeSet" s WHERE s."attributes" = COALESCE(d."attributes", '{}');

ALTER TABLE "SearchDocument" ALTER COLUMN "attributeSetId" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_attributeSetId_fkey" FOREIGN KEY ("attributeSetId") REFERENCES "SearchAttributeSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
