// The environment's schema: every variable the server reads, validated in one
// place (lib/db/prisma.ts reads it at start-up). DATABASE_URL picks the provider.
import path from "node:path";
import { z } from "zod";

export const DEFAULT_DATABASE_URL = "file:./data/catalogue.db";

export type DatabaseConfig =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

const ACCEPTED =
  'DATABASE_URL must be "file:<path>" for SQLite (e.g. file:./data/catalogue.db) or ' +
  '"postgresql://user:password@host:5432/database" for PostgreSQL';

/** Parses a DATABASE_URL; relative SQLite paths resolve against `cwd`. */
export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DatabaseConfig {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0] ?? "";
    if (file === "") throw new InvalidDatabaseUrlError(`${ACCEPTED}; got "file:" with no path`);
    const filePath = path.resolve(cwd, file);
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new InvalidDatabaseUrlError(`${ACCEPTED}; got a malformed PostgreSQL URL`);
    }
    if (!parsed.hostname || parsed.pathname.length <= 1)
      throw new InvalidDatabaseUrlError(`${ACCEPTED}; the PostgreSQL URL needs a host and a database name`);
    return { provider: "postgresql", url };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new InvalidDatabaseUrlError(`${ACCEPTED}; got ${scheme ? `a "${scheme}:" URL` : "a value with no scheme"}`);
}

export class InvalidDatabaseUrlError extends Error {
  override name = "InvalidDatabaseUrlError";
}

/** The variables the server reads; each bad value is reported under its own name. */
const envSchema = z.object({
  DATABASE_URL: z.string().optional().transform((raw, ctx) => {
    try {
      return parseDatabaseUrl(raw);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message.replace(/^DATABASE_URL /, "") });
      return z.NEVER;
    }
  }),
  DATABASE_POOL_SIZE: z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(1, "must be at least 1").max(1000, "must be at most 1000"))
    .default(10),
  /** `npm start`'s port. */
  PORT: z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(1, "must be at least 1").max(65535, "must be at most 65535"))
    .default(3000),
  /** A catalogue folder other than prisma/catalogue (the tests' fixture catalogues). */
  CATALOGUE_DIR: z.string().min(1).optional(),
  /** Set only by `npm run bench`: serves its saved answers at /api/bench-floor. */
  BENCH_FLOOR_FILE: z.string().min(1).optional(),
});

export type Env = z.output<typeof envSchema>;

export class InvalidEnvError extends Error {
  override name = "InvalidEnvError";
}

/** Parses the environment; a bad value throws an error naming each offending variable and why. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`);
  throw new InvalidEnvError(`Invalid environment: ${problems.join("; ")}`);
}
