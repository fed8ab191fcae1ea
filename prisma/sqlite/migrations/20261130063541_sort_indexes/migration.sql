-- CreateIndex
CREATE INDEX "Model_contextLength_slug_idx" ON "Model"("contextLength", "slug");

-- CreateIndex
CREATE INDEX "Model_hostCount_slug_idx" ON "Model"("hostCount", "slug");

-- CreateIndex
CREATE INDEX "Model_knowledgeCutoff_slug_idx" ON "Model"("knowledgeCutoff", "slug");
