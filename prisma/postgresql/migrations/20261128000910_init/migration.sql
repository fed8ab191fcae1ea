-- CreateTable
CREATE TABLE "Organization" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "sourceUrl" TEXT NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Licence" (
    "slug" TEXT NOT NULL,
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
    "asOf" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Licence_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Model" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "description" TEXT,
    "organizationSlug" TEXT NOT NULL,
    "releaseDate" TIMESTAMP(3),
    "releaseDatePrecision" TEXT NOT NULL,
    "modality" TEXT NOT NULL,
    "architecture" TEXT NOT NULL,
    "mixtureOfExperts" BOOLEAN,
    "parametersCount" DOUBLE PRECISION,
    "parametersStatus" TEXT NOT NULL,
    "activeParametersCount" DOUBLE PRECISION,
    "contextTokens" INTEGER,
    "weightsAccess" TEXT NOT NULL,
    "licenceSlug" TEXT NOT NULL,
    "trainingCostUsd" DOUBLE PRECISION,
    "selfHostable" BOOLEAN NOT NULL,
    "trainsOnPromptsByDefault" BOOLEAN,
    "access" TEXT NOT NULL,
    "opennessScore" DOUBLE PRECISION,
    "inputUsdPerMTok" DOUBLE PRECISION,
    "outputUsdPerMTok" DOUBLE PRECISION,
    "blendedUsdPerMTok" DOUBLE PRECISION,
    "mmluScore" DOUBLE PRECISION,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "ModelFact" (
    "modelSlug" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceTitle" TEXT,
    "asOf" TIMESTAMP(3),
    "unknownReason" TEXT,

    CONSTRAINT "ModelFact_pkey" PRIMARY KEY ("modelSlug","field")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" SERIAL NOT NULL,
    "modelSlug" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "inputUsdPerMTok" DOUBLE PRECISION NOT NULL,
    "outputUsdPerMTok" DOUBLE PRECISION NOT NULL,
    "effectiveDate" TIMESTAMP(3) NOT NULL,
    "current" BOOLEAN NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Benchmark" (
    "id" SERIAL NOT NULL,
    "modelSlug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "setting" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "sourceUrl" TEXT NOT NULL,

    CONSTRAINT "Benchmark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpennessGrade" (
    "modelSlug" TEXT NOT NULL,
    "component" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "evidenceUrl" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "OpennessGrade_pkey" PRIMARY KEY ("modelSlug","component")
);

-- CreateTable
CREATE TABLE "LicenceChange" (
    "id" SERIAL NOT NULL,
    "modelSlug" TEXT NOT NULL,
    "licenceSlug" TEXT NOT NULL,
    "fromDate" TIMESTAMP(3) NOT NULL,
    "toDate" TIMESTAMP(3),
    "sourceUrl" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "LicenceChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueLoad" (
    "id" SERIAL NOT NULL,
    "hash" TEXT NOT NULL,
    "modelCount" INTEGER NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogueLoad_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_organizationSlug_fkey" FOREIGN KEY ("organizationSlug") REFERENCES "Organization"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_licenceSlug_fkey" FOREIGN KEY ("licenceSlug") REFERENCES "Licence"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelFact" ADD CONSTRAINT "ModelFact_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "Price_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benchmark" ADD CONSTRAINT "Benchmark_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpennessGrade" ADD CONSTRAINT "OpennessGrade_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceChange" ADD CONSTRAINT "LicenceChange_modelSlug_fkey" FOREIGN KEY ("modelSlug") REFERENCES "Model"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceChange" ADD CONSTRAINT "LicenceChange_licenceSlug_fkey" FOREIGN KEY ("licenceSlug") REFERENCES "Licence"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;
