// `npm run db:migrate`: applies pending migrations to DATABASE_URL's database.
import { readEnv } from "@/lib/schemas/env";
import { applyMigrations } from "../migrate/operations";

const db = readEnv().DATABASE_URL;
const applied = await applyMigrations(db);
console.log(applied.length ? `Applied ${applied.join(", ")} (${db.provider})` : `No pending migrations (${db.provider})`);
