import "server-only";
import type { Health } from "@/lib/schemas/model-response";
import { getDb } from "./prisma";
import { readMigrationState } from "./migration-state";

/** Database reachability, migration state and the loaded catalogue version. */
export async function checkHealth(): Promise<Health> {
  const { db, config } = getDb();
  try {
    const migrations = await readMigrationState(db, config);
    const load = migrations.upToDate ? await db.catalogueLoad.findFirst({ orderBy: { id: "desc" } }) : null;
    return {
      status: migrations.upToDate ? "ok" : "unavailable",
      database: { provider: config.provider, reachable: true, migrations },
      catalogue: load ? { version: load.hash, models: load.modelCount, loadedAt: load.loadedAt.toISOString() } : null,
    };
  } catch {
    return { status: "unavailable", database: { provider: config.provider, reachable: false, migrations: null }, catalogue: null };
  }
}
