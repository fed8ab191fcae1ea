// The Prisma schema engine, compiled to WebAssembly, driven through our
// driver adapters: migrations with no downloaded engine binary. It writes
// the standard _prisma_migrations table, so `prisma migrate deploy` stays
// interchangeable wherever the binary is available.
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseConfig } from "@/lib/schemas/env";
import { migrationAdapterFactory } from "./adapters";

export const PRISMA_DIR = path.resolve(import.meta.dirname, "..");
/**
 * Tables the migrations make but the schema cannot describe, which the
 * engine must neither drop nor count as drift: SQLite's FTS5 search index
 * and the shadow tables FTS5 keeps beside it (lib/db/search-index.ts).
 */
const EXTERNAL_TABLES = { sqlite: ["ModelSearch", "ModelSearch_config", "ModelSearch_content", "ModelSearch_data", "ModelSearch_docsize", "ModelSearch_idx"], postgresql: [] };
export function schemaFilters(db: DatabaseConfig) {
  return { externalTables: EXTERNAL_TABLES[db.provider], externalEnums: [] };
}

// Process-wide: a second instantiation would swap the module under live engines.
const globalWasm = globalThis as { __schemaEngineWasm?: Promise<void> };

/** NOTE: the package's entry imports the .wasm directly, which Node can't. */
function loadWasm(): Promise<void> {
  globalWasm.__schemaEngineWasm ??= (async () => {
    const jsFile = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path.join(path.dirname(jsFile), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return globalWasm.__schemaEngineWasm;
}

export function schemaPath(db: DatabaseConfig): string {
  return path.join(PRISMA_DIR, db.provider, "schema.prisma");
}
export function migrationsDir(db: DatabaseConfig): string {
  return path.join(PRISMA_DIR, db.provider, "migrations");
}

export function schemaFiles(db: DatabaseConfig) {
  const file = schemaPath(db);
  return { files: [{ path: file, content: readFileSync(file, "utf8") }] };
}

/** The migrations folder as the engine wants it, read from disk. */
export function readMigrationsList(db: DatabaseConfig): MigrationList {
  const baseDir = migrationsDir(db);
  mkdirSync(baseDir, { recursive: true });
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const directories = readdirSync(baseDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Opens the engine on a database; always `close()` it. */
export async function openSchemaEngine(db: DatabaseConfig, log: (line: string) => void = () => {}) {
  await loadWasm();
  const opened: Array<{ dispose(): Promise<void> }> = [];
  const inner = migrationAdapterFactory(db);
  const track = <T extends { dispose(): Promise<void> }>(adapter: T) => (opened.push(adapter), adapter);
  const factory = bindMigrationAwareSqlAdapterFactory({
    ...inner,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  });
  const { files } = schemaFiles(db);
  const engine: SchemaEngine = await bg.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content] as [string, string]) },
    (message: string) => log(message),
    factory,
  );
  return {
    engine,
    /** Surfaces the driver error hidden behind an engine's "External error id#N". */
    explain(error: unknown): Error {
      const message = error instanceof Error ? error.message : String(error);
      const id = /External error id#(\d+)/.exec(message)?.[1];
      const cause = id === undefined ? undefined : factory.errorRegistry.consumeError(Number(id));
      return new Error(cause ? `${message}\n  caused by: ${JSON.stringify(cause.error)}` : message);
    },
    /** Frees the engine and every connection it opened. */
    async close() {
      engine.free();
      await Promise.allSettled(opened.map((a) => a.dispose()));
    },
  };
}
