// Migration-aware driver adapter factories for the WASM schema engine.
// Each works around a gap between the engine and the 7.10 adapters; see
// ../../../shared/docs/stack-notes.md ("Prisma 7 without downloaded engines").
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/schemas/env";

export function migrationAdapterFactory(db: DatabaseConfig): SqlMigrationAwareDriverAdapterFactory {
  return db.provider === "sqlite" ? sqliteFactory(db.filePath) : postgresFactory(db.url);
}

function sqliteFactory(filePath: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: filePath });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => splitScripts(await inner.connect()),
    connectToShadowDb: async () => splitScripts(await inner.connectToShadowDb()),
  };
}

/**
 * NOTE: the engine sends a whole migration file through executeRaw, and
 * better-sqlite3 prepares one statement at a time. Parameterless SQL with
 * several statements goes to executeScript instead.
 */
function splitScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    if (query.args.length === 0 && /;\s*\S/.test(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

function postgresFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  // NOTE: adapter-pg lets connectionString override `database`, so the shadow
  // database must be addressed by parts, never by URL.
  const parsed = new URL(url);
  const parts: pg.PoolConfig = {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    max: 2,
  };
  const connect = (database: string) =>
    new PrismaPg(charAsText(new pg.Pool({ ...parts, database })), { disposeExternalPool: true }).connect();

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connect(parts.database ?? ""),
    async connectToShadowDb() {
      const admin = await connect(parts.database ?? "");
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await connect(name);
      const dispose = shadow.dispose.bind(shadow);
      // NOTE: close the shadow pool before dropping, or DROP sees it in use.
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * NOTE: the engine reads pg_catalog columns of type "char" (OID 18), which
 * adapter-pg cannot map; their values arrive as strings, so call them text.
 */
function charAsText(pool: pg.Pool): pg.Pool {
  type Result = { fields?: Array<{ dataTypeID: number }> };
  const patch = (result: Result) => {
    for (const field of result.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  const wrap = (target: { query: (...args: never[]) => unknown }) => {
    const query = target.query.bind(target) as (...args: unknown[]) => unknown;
    target.query = ((...args: unknown[]) => {
      const out = query(...args);
      return out instanceof Promise ? out.then((r: Result) => patch(r)) : out;
    });
  };
  wrap(pool);
  pool.on("connect", (client) => wrap(client as never));
  return pool;
}
