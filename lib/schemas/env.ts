// The environment, parsed once. DATABASE_URL picks the database provider.
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

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

/** Reads the process environment once; throws a named error on bad values. */
export function readEnv(source: NodeJS.ProcessEnv = process.env) {
  const env = envSchema.parse(source);
  return { ...env, database: parseDatabaseUrl(env.DATABASE_URL) };
}
