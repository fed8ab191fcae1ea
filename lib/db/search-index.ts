// SQLite's search index: the FTS5 table "ModelSearch" (tokenizer trigram),
// a copy of each model's slug, name and searchText. It is rebuilt from Model
// by whatever writes the models (the catalogue load, in its transaction; the
// benchmark's synthetic rows), not by triggers: Prisma's SQLite migrations
// redefine a table by copying it, which drops its triggers without a word.
// PostgreSQL needs none of this: its GIN index lives on Model itself.
// No `server-only`: the command-line scripts reach it through the loader.
import type { Db } from "./prisma";

type Executor = Pick<Db, "$executeRawUnsafe">;

/** Which database a client talks to. NOTE: Prisma 7 exposes it only as the client's `_activeProvider`. */
export function providerOf(db: object): "sqlite" | "postgresql" {
  const provider = (db as { _activeProvider?: unknown })._activeProvider;
  if (provider !== "sqlite" && provider !== "postgresql") throw new Error(`unknown database provider ${String(provider)}`);
  return provider;
}

/** Replaces the search index's rows with Model's (SQLite; a no-op on PostgreSQL). */
export async function rebuildSearchIndex(tx: Executor, provider: "sqlite" | "postgresql"): Promise<void> {
  if (provider !== "sqlite") return;
  await tx.$executeRawUnsafe(`DELETE FROM "ModelSearch"`);
  await tx.$executeRawUnsafe(`INSERT INTO "ModelSearch" ("slug", "name", "searchText") SELECT "slug", "name", "searchText" FROM "Model"`);
}

/** Whether the search index holds as many rows as Model (SQLite; always true on PostgreSQL). */
export async function searchIndexInStep(db: Pick<Db, "$queryRawUnsafe">, provider: "sqlite" | "postgresql"): Promise<boolean> {
  if (provider !== "sqlite") return true;
  const [row] = await db.$queryRawUnsafe<Array<{ indexed: number | bigint; models: number | bigint }>>(
    `SELECT (SELECT count(*) FROM "ModelSearch") AS "indexed", (SELECT count(*) FROM "Model") AS "models"`,
  );
  return row !== undefined && Number(row.indexed) === Number(row.models);
}
