-- DropIndex
DROP INDEX "Model_access_mmlu_desc_idx";

-- DropIndex
DROP INDEX "Model_access_mmlu_idx";

-- DropIndex
DROP INDEX "Model_mmlu_desc_slug_idx";

-- DropIndex
DROP INDEX "Model_mmlu_slug_idx";

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "mmluSetting" TEXT,
ADD COLUMN     "selfHostBits" INTEGER,
ADD COLUMN     "selfHostGpu" TEXT,
ADD COLUMN     "selfHostGpus" INTEGER,
ADD COLUMN     "selfHostMinimumMonthlyUsd" DOUBLE PRECISION,
ADD COLUMN     "selfHostUsdPerMTokAtCapacity" DOUBLE PRECISION;

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
