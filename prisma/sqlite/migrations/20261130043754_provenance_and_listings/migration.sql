-- AlterTable
ALTER TABLE "ModelFact" ADD COLUMN "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "Price" ADD COLUMN "cachedInputUsdPerMTok" REAL;
ALTER TABLE "Price" ADD COLUMN "contextLength" INTEGER;
ALTER TABLE "Price" ADD COLUMN "lifecycle" TEXT;
ALTER TABLE "Price" ADD COLUMN "maxOutputTokens" INTEGER;
ALTER TABLE "Price" ADD COLUMN "providerName" TEXT;
ALTER TABLE "Price" ADD COLUMN "quantisation" TEXT;
ALTER TABLE "Price" ADD COLUMN "sourceKey" TEXT;

-- CreateTable
CREATE TABLE "ModelSource" (
    "modelSlug" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "dataset" TEXT,
    "datasetCommit" TEXT,
    "datasetFile" TEXT,

    PRIMARY KEY ("modelSlug", "key"),
    CONSTRAINT "ModelSource_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Provider" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Benchmark" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelSlug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "setting" TEXT,
    "score" REAL NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "sourceKey" TEXT,
    "sourceUrl" TEXT NOT NULL,
    CONSTRAINT "Benchmark_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Benchmark" ("id", "modelSlug", "name", "publishedOn", "score", "setting", "sourceUrl") SELECT "id", "modelSlug", "name", "asOf", "score", "setting", "sourceUrl" FROM "Benchmark";
DROP TABLE "Benchmark";
ALTER TABLE "new_Benchmark" RENAME TO "Benchmark";
CREATE INDEX "Benchmark_modelSlug_idx" ON "Benchmark"("modelSlug");
CREATE INDEX "Benchmark_name_score_idx" ON "Benchmark"("name", "score");
CREATE TABLE "new_Licence" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "spdxId" TEXT,
    "url" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "osiApproved" BOOLEAN NOT NULL,
    "commercialUse" TEXT,
    "conditions" TEXT,
    "useRestrictions" BOOLEAN,
    "outputTrainingBan" BOOLEAN,
    "attributionRequired" BOOLEAN,
    "redistributionAllowed" BOOLEAN,
    "derivativesAllowed" BOOLEAN,
    "notes" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL
);
INSERT INTO "new_Licence" ("asOf", "attributionRequired", "category", "commercialUse", "conditions", "derivativesAllowed", "name", "notes", "osiApproved", "outputTrainingBan", "redistributionAllowed", "slug", "sourceUrl", "spdxId", "url", "useRestrictions") SELECT "asOf", "attributionRequired", "category", "commercialUse", "conditions", "derivativesAllowed", "name", "notes", "osiApproved", "outputTrainingBan", "redistributionAllowed", "slug", "sourceUrl", "spdxId", "url", "useRestrictions" FROM "Licence";
DROP TABLE "Licence";
ALTER TABLE "new_Licence" RENAME TO "Licence";
CREATE INDEX "Licence_category_idx" ON "Licence"("category");
CREATE INDEX "Licence_commercialUse_idx" ON "Licence"("commercialUse");
CREATE TABLE "new_Model" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "description" TEXT,
    "organizationSlug" TEXT NOT NULL,
    "releaseDate" DATETIME,
    "releaseDatePrecision" TEXT NOT NULL,
    "modality" TEXT NOT NULL,
    "architecture" TEXT NOT NULL,
    "mixtureOfExperts" BOOLEAN,
    "parameters" REAL,
    "parametersStatus" TEXT NOT NULL,
    "activeParameters" REAL,
    "contextLength" INTEGER,
    "maxOutputTokens" INTEGER,
    "knowledgeCutoff" DATETIME,
    "knowledgeCutoffPrecision" TEXT,
    "toolCalling" BOOLEAN,
    "reasoning" BOOLEAN,
    "structuredOutput" BOOLEAN,
    "inputModalities" TEXT,
    "outputModalities" TEXT,
    "lifecycle" TEXT,
    "review" TEXT NOT NULL DEFAULT 'reviewed',
    "opennessGradedBy" TEXT,
    "importedFrom" TEXT,
    "weightsAccess" TEXT,
    "licenceSlug" TEXT NOT NULL,
    "trainingCostUsd" REAL,
    "selfHostable" BOOLEAN,
    "trainsOnPromptsByDefault" BOOLEAN,
    "access" TEXT NOT NULL,
    "opennessScore" REAL,
    "inputUsdPerMTok" REAL,
    "outputUsdPerMTok" REAL,
    "blendedUsdPerMTok" REAL,
    "mmlu" REAL,
    "hostCount" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL,
    CONSTRAINT "Model_organizationSlug_fkey" FOREIGN KEY ("organizationSlug") REFERENCES "Organization" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Model_licenceSlug_fkey" FOREIGN KEY ("licenceSlug") REFERENCES "Licence" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Model" ("access", "architecture", "blendedUsdPerMTok", "description", "family", "inputUsdPerMTok", "licenceSlug", "mixtureOfExperts", "modality", "name", "opennessScore", "organizationSlug", "outputUsdPerMTok", "parametersStatus", "releaseDate", "releaseDatePrecision", "searchText", "selfHostable", "slug", "trainingCostUsd", "trainsOnPromptsByDefault", "weightsAccess") SELECT "access", "architecture", "blendedUsdPerMTok", "description", "family", "inputUsdPerMTok", "licenceSlug", "mixtureOfExperts", "modality", "name", "opennessScore", "organizationSlug", "outputUsdPerMTok", "parametersStatus", "releaseDate", "releaseDatePrecision", "searchText", "selfHostable", "slug", "trainingCostUsd", "trainsOnPromptsByDefault", "weightsAccess" FROM "Model";
DROP TABLE "Model";
ALTER TABLE "new_Model" RENAME TO "Model";
CREATE INDEX "Model_family_idx" ON "Model"("family");
CREATE INDEX "Model_organizationSlug_idx" ON "Model"("organizationSlug");
CREATE INDEX "Model_licenceSlug_idx" ON "Model"("licenceSlug");
CREATE INDEX "Model_modality_idx" ON "Model"("modality");
CREATE INDEX "Model_review_idx" ON "Model"("review");
CREATE INDEX "Model_lifecycle_idx" ON "Model"("lifecycle");
CREATE INDEX "Model_name_slug_idx" ON "Model"("name", "slug");
CREATE INDEX "Model_name_slug_filters_idx" ON "Model"("name", "slug", "access", "licenceSlug", "organizationSlug", "modality");
CREATE INDEX "Model_name_desc_slug_idx" ON "Model"("name" DESC, "slug");
CREATE INDEX "Model_releaseDate_slug_idx" ON "Model"("releaseDate", "slug");
CREATE INDEX "Model_releaseDate_desc_slug_idx" ON "Model"("releaseDate" DESC, "slug");
CREATE INDEX "Model_parameters_slug_idx" ON "Model"("parameters", "slug");
CREATE INDEX "Model_parameters_desc_slug_idx" ON "Model"("parameters" DESC, "slug");
CREATE INDEX "Model_blendedUsdPerMTok_slug_idx" ON "Model"("blendedUsdPerMTok", "slug");
CREATE INDEX "Model_blendedUsdPerMTok_desc_slug_idx" ON "Model"("blendedUsdPerMTok" DESC, "slug");
CREATE INDEX "Model_opennessScore_slug_idx" ON "Model"("opennessScore", "slug");
CREATE INDEX "Model_opennessScore_desc_slug_idx" ON "Model"("opennessScore" DESC, "slug");
CREATE INDEX "Model_mmlu_slug_idx" ON "Model"("mmlu", "slug");
CREATE INDEX "Model_mmlu_desc_slug_idx" ON "Model"("mmlu" DESC, "slug");
CREATE INDEX "Model_access_name_idx" ON "Model"("access", "name", "slug");
CREATE INDEX "Model_access_name_desc_idx" ON "Model"("access", "name" DESC, "slug");
CREATE INDEX "Model_access_releaseDate_idx" ON "Model"("access", "releaseDate", "slug");
CREATE INDEX "Model_access_releaseDate_desc_idx" ON "Model"("access", "releaseDate" DESC, "slug");
CREATE INDEX "Model_access_parameters_idx" ON "Model"("access", "parameters", "slug");
CREATE INDEX "Model_access_parameters_desc_idx" ON "Model"("access", "parameters" DESC, "slug");
CREATE INDEX "Model_access_blendedUsdPerMTok_idx" ON "Model"("access", "blendedUsdPerMTok", "slug");
CREATE INDEX "Model_access_blendedUsdPerMTok_desc_idx" ON "Model"("access", "blendedUsdPerMTok" DESC, "slug");
CREATE INDEX "Model_access_opennessScore_idx" ON "Model"("access", "opennessScore", "slug");
CREATE INDEX "Model_access_opennessScore_desc_idx" ON "Model"("access", "opennessScore" DESC, "slug");
CREATE INDEX "Model_access_mmlu_idx" ON "Model"("access", "mmlu", "slug");
CREATE INDEX "Model_access_mmlu_desc_idx" ON "Model"("access", "mmlu" DESC, "slug");
CREATE TABLE "new_OpennessGrade" (
    "modelSlug" TEXT NOT NULL,
    "component" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "evidenceUrl" TEXT NOT NULL,
    "note" TEXT,
    "gradedBy" TEXT NOT NULL DEFAULT 'ours',

    PRIMARY KEY ("modelSlug", "component"),
    CONSTRAINT "OpennessGrade_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_OpennessGrade" ("component", "evidenceUrl", "grade", "modelSlug", "note") SELECT "component", "evidenceUrl", "grade", "modelSlug", "note" FROM "OpennessGrade";
DROP TABLE "OpennessGrade";
ALTER TABLE "new_OpennessGrade" RENAME TO "OpennessGrade";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Price_provider_current_idx" ON "Price"("provider", "current");

-- The renamed and new columns are filled by the next catalogue load: forget the last load so it is not skipped as unchanged.
DELETE FROM "CatalogueLoad";
