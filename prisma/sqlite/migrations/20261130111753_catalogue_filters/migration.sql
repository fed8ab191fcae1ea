-- DropIndex
DROP INDEX "Model_access_mmlu_desc_idx";

-- DropIndex
DROP INDEX "Model_access_mmlu_idx";

-- DropIndex
DROP INDEX "Model_mmlu_desc_slug_idx";

-- DropIndex
DROP INDEX "Model_mmlu_slug_idx";

-- AlterTable
ALTER TABLE "Model" ADD COLUMN "mmluSetting" TEXT;
ALTER TABLE "Model" ADD COLUMN "selfHostBits" INTEGER;
ALTER TABLE "Model" ADD COLUMN "selfHostGpu" TEXT;
ALTER TABLE "Model" ADD COLUMN "selfHostGpus" INTEGER;
ALTER TABLE "Model" ADD COLUMN "selfHostMinimumMonthlyUsd" REAL;
ALTER TABLE "Model" ADD COLUMN "selfHostUsdPerMTokAtCapacity" REAL;

-- CreateIndex
CREATE INDEX "Model_facets_idx" ON "Model"("access", "modality", "lifecycle", "review", "selfHostable", "toolCalling", "reasoning", "structuredOutput", "inputModalities", "licenceSlug", "organizationSlug");

-- CreateIndex
CREATE INDEX "Model_selfHost_price_idx" ON "Model"("selfHostUsdPerMTokAtCapacity", "selfHostMinimumMonthlyUsd");

-- CreateIndex
CREATE INDEX "Model_mmluSetting_mmlu_idx" ON "Model"("mmluSetting", "mmlu", "slug");

-- CreateIndex
CREATE INDEX "Model_mmluSetting_mmlu_desc_idx" ON "Model"("mmluSetting", "mmlu" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_access_mmlu_idx" ON "Model"("access", "mmluSetting", "mmlu", "slug");

-- CreateIndex
CREATE INDEX "Model_access_mmlu_desc_idx" ON "Model"("access", "mmluSetting", "mmlu" DESC, "slug");
