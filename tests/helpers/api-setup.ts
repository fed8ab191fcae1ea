// Points each API test worker at the database its project's global setup made.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
