// Start-up guard: refuse to serve from a database that is not fully
// migrated, and fail loudly on a malformed environment (lib/env.ts: the
// message names each bad variable).
import { getDb } from "./prisma";
import { readMigrationState } from "./migration-state";

export async function checkDatabaseAtStartup(): Promise<void> {
  let handle;
  try {
    handle = getDb();
  } catch (error) {
    console.error(`Refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
  const { db, config } = handle;
  let state;
  try {
    state = await readMigrationState(db, config);
  } catch (error) {
    // Unreachable database: start anyway and answer 503 until it is back.
    console.warn(`Database not reachable at start-up (${config.provider}): ${String(error)}`);
    return;
  }
  if (!state.upToDate) {
    console.error(
      `Refusing to start: the ${config.provider} database is not fully migrated ` +
        `(pending: ${state.pending.join(", ") || "none"}; failed: ${state.failed.join(", ") || "none"}). Run \`npm run db:migrate\`.`,
    );
    process.exit(1);
  }
}
