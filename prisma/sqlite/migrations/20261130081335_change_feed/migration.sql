-- CreateTable
CREATE TABLE "CatalogueChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "loadId" INTEGER NOT NULL,
    "day" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "modelSlug" TEXT,
    "modelName" TEXT,
    "organizationSlug" TEXT,
    "provider" TEXT,
    "before" TEXT,
    "after" TEXT,
    "summary" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceTitle" TEXT,
    CONSTRAINT "CatalogueChange_loadId_fkey" FOREIGN KEY ("loadId") REFERENCES "CatalogueLoad" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CatalogueChange_modelSlug_id_idx" ON "CatalogueChange"("modelSlug", "id");

-- CreateIndex
CREATE INDEX "CatalogueChange_organizationSlug_id_idx" ON "CatalogueChange"("organizationSlug", "id");
