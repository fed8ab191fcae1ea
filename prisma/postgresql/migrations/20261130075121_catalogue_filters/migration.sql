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
CREATE INDEX "Model_toolCalling_idx" ON "Model"("toolCalling");

-- CreateIndex
CREATE INDEX "Model_reasoning_idx" ON "Model"("reasoning");

-- CreateIndex
CREATE INDEX "Model_structuredOutput_idx" ON "Model"("structuredOutput");

-- CreateIndex
CREATE INDEX "Model_selfHostable_idx" ON "Model"("selfHostable");

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

-- The new columns are derived when the catalogue is loaded: forget the last load so the next one fills them.
DELETE FROM "CatalogueLoad";
