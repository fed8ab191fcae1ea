-- DropIndex
DROP INDEX "Model_access_mmluScore_desc_idx";

-- DropIndex
DROP INDEX "Model_access_mmluScore_idx";

-- DropIndex
DROP INDEX "Model_access_parametersCount_desc_idx";

-- DropIndex
DROP INDEX "Model_access_parametersCount_idx";

-- DropIndex
DROP INDEX "Model_mmluScore_desc_slug_idx";

-- DropIndex
DROP INDEX "Model_mmluScore_slug_idx";

-- DropIndex
DROP INDEX "Model_parametersCount_desc_slug_idx";

-- DropIndex
DROP INDEX "Model_parametersCount_slug_idx";

-- AlterTable
ALTER TABLE "Benchmark" RENAME COLUMN "asOf" TO "publishedOn";
ALTER TABLE "Benchmark" ADD COLUMN     "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "Licence" ALTER COLUMN "commercialUse" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Model" RENAME COLUMN "activeParametersCount" TO "activeParameters";
ALTER TABLE "Model" RENAME COLUMN "contextTokens" TO "contextLength";
ALTER TABLE "Model" RENAME COLUMN "mmluScore" TO "mmlu";
ALTER TABLE "Model" RENAME COLUMN "parametersCount" TO "parameters";
ALTER TABLE "Model" ADD COLUMN     "hostCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "importedFrom" TEXT,
ADD COLUMN     "inputModalities" TEXT,
ADD COLUMN     "knowledgeCutoff" TIMESTAMP(3),
ADD COLUMN     "knowledgeCutoffPrecision" TEXT,
ADD COLUMN     "lifecycle" TEXT,
ADD COLUMN     "maxOutputTokens" INTEGER,
ADD COLUMN     "opennessGradedBy" TEXT,
ADD COLUMN     "outputModalities" TEXT,
ADD COLUMN     "reasoning" BOOLEAN,
ADD COLUMN     "review" TEXT NOT NULL DEFAULT 'reviewed',
ADD COLUMN     "structuredOutput" BOOLEAN,
ADD COLUMN     "toolCalling" BOOLEAN,
ALTER COLUMN "weightsAccess" DROP NOT NULL,
ALTER COLUMN "selfHostable" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ModelFact" ADD COLUMN     "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "OpennessGrade" ADD COLUMN     "gradedBy" TEXT NOT NULL DEFAULT 'ours';

-- AlterTable
ALTER TABLE "Price" ADD COLUMN     "cachedInputUsdPerMTok" DOUBLE PRECISION,
ADD COLUMN     "contextLength" INTEGER,
ADD COLUMN     "lifecycle" TEXT,
ADD COLUMN     "maxOutputTokens" INTEGER,
ADD COLUMN     "providerName" TEXT,
ADD COLUMN     "quantisation" TEXT,
ADD COLUMN     "sourceKey" TEXT;

-- CreateTable
CREATE TABLE "ModelSource" (
    "modelSlug" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "dataset" TEXT,
    "datasetCommit" TEXT,
    "datasetFile" TEXT,

    CONSTRAINT "ModelSource_pkey" PRIMARY KEY ("modelSlug","key")
);

-- CreateTable
CREATE TABLE "Provider" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "Model_review_idx" ON "Model"("review");

-- CreateIndex
CREATE INDEX "Model_lifecycle_idx" ON "Model"("lifecycle");

-- CreateIndex
CREATE INDEX "Model_parameters_slug_idx" ON "Model"("parameters", "slug");

-- CreateIndex
CREATE INDEX "Model_parameters_desc_slug_idx" ON "Model"("parameters" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_mmlu_slug_idx" ON "Model"("mmlu", "slug");

-- CreateIndex
CREATE INDEX "Model_mmlu_desc_slug_idx" ON "Model"("mmlu" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_access_parameters_idx" ON "Model"("access", "parameters", "slug");

-- CreateIndex
CREATE INDEX "Model_access_parameters_desc_idx" ON "Model"("access", "parameters" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_access_mmlu_idx" ON "Model"("access", "mmlu", "slug");

-- CreateIndex
CREATE INDEX "Model_access_mmlu_desc_idx" ON "Model"("access", "mmlu" DESC, "slug");

-- CreateIndex
CREATE INDEX "Price_provider_current_idx" ON "Price"("provider", "current");

-- AddForeignKey
ALTER TABLE "ModelSource" ADD CONSTRAINT "ModelSource_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- The renamed and new columns are filled by the next catalogue load: forget the last load so it is not skipped as unchanged.
DELETE FROM "CatalogueLoad";
