-- Trigram search (lib/db/search-models.ts). pg_trgm ships with PostgreSQL
-- and is a trusted extension (13+): the database's owner may create it, no
-- superuser needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Model_searchText_trgm_idx" ON "Model" USING GIN ("searchText" gin_trgm_ops);
