-- Trigram search (lib/db/search-models.ts): an FTS5 table with the trigram
-- tokenizer, a copy of each model's slug, name and searchText, rebuilt by
-- every catalogue load (lib/db/search-index.ts). The schema cannot describe
-- a virtual table: prisma/migrate lists it (and FTS5's shadow tables) as
-- external, so the engine neither drops it nor reports drift.
CREATE VIRTUAL TABLE "ModelSearch" USING fts5("slug" UNINDEXED, "name" UNINDEXED, "searchText", tokenize = 'trigram');

INSERT INTO "ModelSearch" ("slug", "name", "searchText") SELECT "slug", "name", "searchText" FROM "Model";
