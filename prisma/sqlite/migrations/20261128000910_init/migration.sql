-- CreateTable
CREATE TABLE "Organization" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "sourceUrl" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Licence" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "spdxId" TEXT,
    "url" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "osiApproved" BOOLEAN NOT NULL,
    "commercialUse" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "Model" (
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
    "parametersCount" REAL,
    "parametersStatus" TEXT NOT NULL,
    "activeParametersCount" REAL,
    "contextTokens" INTEGER,
    "weightsAccess" TEXT NOT NULL,
    "licenceSlug" TEXT NOT NULL,
    "trainingCostUsd" REAL,
    "selfHostable" BOOLEAN NOT NULL,
    "trainsOnPromptsByDefault" BOOLEAN,
    "access" TEXT NOT NULL,
    "opennessScore" REAL,
    "inputUsdPerMTok" REAL,
    "outputUsdPerMTok" REAL,
    "blendedUsdPerMTok" REAL,
    "mmluScore" REAL,
    "searchText" TEXT NOT NULL,
    CONSTRAINT "Model_organizationSlug_fkey" FOREIGN KEY ("organizationSlug") REFERENCES "Organization" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Model_licenceSlug_fkey" FOREIGN KEY ("licenceSlug") REFERENCES "Licence" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelFact" (
    "modelSlug" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceTitle" TEXT,
    "asOf" DATETIME,
    "unknownReason" TEXT,

    PRIMARY KEY ("modelSlug", "field"),
    CONSTRAINT "ModelFact_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelSlug" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "inputUsdPerMTok" REAL NOT NULL,
    "outputUsdPerMTok" REAL NOT NULL,
    "effectiveDate" DATETIME NOT NULL,
    "current" BOOLEAN NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "note" TEXT,
    CONSTRAINT "Price_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Benchmark" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelSlug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "setting" TEXT,
    "score" REAL NOT NULL,
    "asOf" DATETIME NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    CONSTRAINT "Benchmark_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OpennessGrade" (
    "modelSlug" TEXT NOT NULL,
    "component" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "evidenceUrl" TEXT NOT NULL,
    "note" TEXT,

    PRIMARY KEY ("modelSlug", "component"),
    CONSTRAINT "OpennessGrade_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LicenceChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelSlug" TEXT NOT NULL,
    "licenceSlug" TEXT NOT NULL,
    "fromDate" DATETIME NOT NULL,
    "toDate" DATETIME,
    "sourceUrl" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "LicenceChange_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LicenceChange_licenceSlug_fkey" FOREIGN KEY ("licenceSlug") REFERENCES "Licence" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CatalogueLoad" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT NOT NULL,
    "modelCount" INTEGER NOT NULL,
    "loadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE INDEX "Licence_category_idx" ON "Licence"("category");

-- CreateIndex
CREATE INDEX "Licence_commercialUse_idx" ON "Licence"("commercialUse");

-- CreateIndex
CREATE INDEX "Model_family_idx" ON "Model"("family");

-- CreateIndex
CREATE INDEX "Model_organizationSlug_idx" ON "Model"("organizationSlug");

-- CreateIndex
CREATE INDEX "Model_licenceSlug_idx" ON "Model"("licenceSlug");

-- CreateIndex
CREATE INDEX "Model_modality_idx" ON "Model"("modality");

-- CreateIndex
CREATE INDEX "Model_name_slug_idx" ON "Model"("name", "slug");

-- CreateIndex
CREATE INDEX "Model_name_slug_filters_idx" ON "Model"("name", "slug", "access", "licenceSlug", "organizationSlug", "modality");

-- CreateIndex
CREATE INDEX "Model_name_desc_slug_idx" ON "Model"("name" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_releaseDate_slug_idx" ON "Model"("releaseDate", "slug");

-- CreateIndex
CREATE INDEX "Model_releaseDate_desc_slug_idx" ON "Model"("releaseDate" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_parametersCount_slug_idx" ON "Model"("parametersCount", "slug");

-- CreateIndex
CREATE INDEX "Model_parametersCount_desc_slug_idx" ON "Model"("parametersCount" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_blendedUsdPerMTok_slug_idx" ON "Model"("blendedUsdPerMTok", "slug");

-- CreateIndex
CREATE INDEX "Model_blendedUsdPerMTok_desc_slug_idx" ON "Model"("blendedUsdPerMTok" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_opennessScore_slug_idx" ON "Model"("opennessScore", "slug");

-- CreateIndex
CREATE INDEX "Model_opennessScore_desc_slug_idx" ON "Model"("opennessScore" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_mmluScore_slug_idx" ON "Model"("mmluScore", "slug");

-- CreateIndex
CREATE INDEX "Model_mmluScore_desc_slug_idx" ON "Model"("mmluScore" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_access_name_idx" ON "Model"("access", "name", "slug");

-- CreateIndex
CREATE INDEX "Model_access_name_desc_idx" ON "Model"("access", "name" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_access_releaseDate_idx" ON "Model"("access", "releaseDate", "slug");

-- CreateIndex
CREATE INDEX "Model_access_releaseDate_desc_idx" ON "Model"("access", "releaseDate" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_access_parametersCount_idx" ON "Model"("access", "parametersCount", "slug");

-- CreateIndex
CREATE INDEX "Model_access_parametersCount_desc_idx" ON "Model"("access", "parametersCount" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_access_blendedUsdPerMTok_idx" ON "Model"("access", "blendedUsdPerMTok", "slug");

-- CreateIndex
CREATE INDEX "Model_access_blendedUsdPerMTok_desc_idx" ON "Model"("access", "blendedUsdPerMTok" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_access_opennessScore_idx" ON "Model"("access", "opennessScore", "slug");

-- CreateIndex
CREATE INDEX "Model_access_opennessScore_desc_idx" ON "Model"("access", "opennessScore" DESC, "slug");

-- CreateIndex
CREATE INDEX "Model_access_mmluScore_idx" ON "Model"("access", "mmluScore", "slug");

-- CreateIndex
CREATE INDEX "Model_access_mmluScore_desc_idx" ON "Model"("access", "mmluScore" DESC, "slug");

-- CreateIndex
CREATE INDEX "Price_modelSlug_effectiveDate_idx" ON "Price"("modelSlug", "effectiveDate");

-- CreateIndex
CREATE INDEX "Benchmark_modelSlug_idx" ON "Benchmark"("modelSlug");

-- CreateIndex
CREATE INDEX "Benchmark_name_score_idx" ON "Benchmark"("name", "score");

-- CreateIndex
CREATE INDEX "LicenceChange_modelSlug_idx" ON "LicenceChange"("modelSlug");
