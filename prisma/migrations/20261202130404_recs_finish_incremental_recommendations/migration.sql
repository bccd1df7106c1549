-- CreateTable
CREATE TABLE "RecommendationState" (
    "id" INTEGER NOT NULL,
    "epochDay" INTEGER NOT NULL,
    "eventWatermark" BIGINT NOT NULL,
    "paidWatermark" TIMESTAMP(3),
    "rebuiltAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecommendationState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoOccurrenceBasketItem" (
    "family" TEXT NOT NULL,
    "visitor" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "productId" TEXT NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoOccurrenceBasketItem_pkey" PRIMARY KEY ("family","visitor","day","productId")
);

-- CreateTable
CREATE TABLE "CoOccurrenceItem" (
    "family" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "weight" BIGINT NOT NULL,

    CONSTRAINT "CoOccurrenceItem_pkey" PRIMARY KEY ("family","productId")
);

-- CreateTable
CREATE TABLE "CoOccurrencePair" (
    "family" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "weight" BIGINT NOT NULL,
    "support" INTEGER NOT NULL,

    CONSTRAINT "CoOccurrencePair_pkey" PRIMARY KEY ("family","a","b")
);

-- CreateTable
CREATE TABLE "ProductInteractionDay" (
    "productId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,

    CONSTRAINT "ProductInteractionDay_pkey" PRIMARY KEY ("productId","day")
);

-- CreateTable
CREATE TABLE "ForYouItem" (
    "visitor" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "productId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "reasonProductId" TEXT NOT NULL,

    CONSTRAINT "ForYouItem_pkey" PRIMARY KEY ("visitor","rank")
);

-- CreateTable
CREATE TABLE "ForYouVisitor" (
    "visitor" TEXT NOT NULL,
    "sources" TEXT[],
    "eventWatermark" BIGINT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForYouVisitor_pkey" PRIMARY KEY ("visitor")
);

-- CreateIndex
CREATE INDEX "CoOccurrenceBasketItem_day_idx" ON "CoOccurrenceBasketItem"("day");

-- CreateIndex
CREATE INDEX "CoOccurrencePair_family_b_idx" ON "CoOccurrencePair"("family", "b");

-- CreateIndex
CREATE INDEX "ProductInteractionDay_day_idx" ON "ProductInteractionDay"("day");

-- CreateIndex
CREATE INDEX "ForYouVisitor_sources_idx" ON "ForYouVisitor" USING GIN ("sources");

-- New behaviour events wake the incremental recommendation update: one job per burst (none is
-- added while one is still pending; the index on "Job"("key", "state", "id") makes that a probe),
-- run a few seconds later so a busy store folds many inserts into one update.
CREATE OR REPLACE FUNCTION tandem_enqueue_recommendation_update() RETURNS trigger AS $$
BEGIN
  PERFORM 1 FROM "Job"
   WHERE "key" = 'personalization:recommendations' AND "state" = 'PENDING' AND "kind" = 'personalization.update-recommendations';
  IF NOT FOUND THEN
    INSERT INTO "Job" ("kind", "key", "payload", "maxAttempts", "runAt")
    VALUES ('personalization.update-recommendations', 'personalization:recommendations', '{}', 3, LOCALTIMESTAMP + interval '2 seconds');
    PERFORM pg_notify('tandem_jobs', 'personalization.update-recommendations');
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "BehaviourEvent_enqueue_recommendation_update"
  AFTER INSERT ON "BehaviourEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION tandem_enqueue_recommendation_update();
