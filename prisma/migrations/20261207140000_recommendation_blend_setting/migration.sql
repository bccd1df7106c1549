-- The "for you" blend learned on the store's own orders (core personalization/blend-retuning.ts).
CREATE TABLE "RecommendationBlendSetting" (
    "id" INTEGER NOT NULL,
    "boughtTogether" DOUBLE PRECISION NOT NULL,
    "viewedTogether" DOUBLE PRECISION NOT NULL,
    "content" DOUBLE PRECISION NOT NULL,
    "popularFill" DOUBLE PRECISION NOT NULL,
    "popularPrior" DOUBLE PRECISION NOT NULL,
    "halfLifeDays" DOUBLE PRECISION NOT NULL,
    "hitRate" DOUBLE PRECISION NOT NULL,
    "defaultHitRate" DOUBLE PRECISION NOT NULL,
    "orders" INTEGER NOT NULL,
    "customers" INTEGER NOT NULL,
    "historyDays" INTEGER NOT NULL,
    "learnedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecommendationBlendSetting_pkey" PRIMARY KEY ("id")
);
