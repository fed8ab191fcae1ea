// Literal substring search through Prisma's `contains`.
// NOTE: Prisma writes contains/startsWith/endsWith as SQL LIKE and passes the
// value through unescaped (https://github.com/prisma/prisma/issues/19506), so
// a user's "%" or "_" is a wildcard: `?q=%` matched every model. The value is
// escaped with a backslash, PostgreSQL's default LIKE escape character.
// SQLite has no default escape character and Prisma cannot ask for one, so
// on SQLite the adapter appends ESCAPE '\' to the LIKE clauses Prisma writes.
// Measured at 100k models: LIKE … ESCAPE costs the same as plain LIKE; instr()
// (the other literal test SQLite offers) was 10–40% slower and would need
// the same SQL rewrite.
import type { SqlDriverAdapterFactory, SqlQuery, SqlQueryable } from "@prisma/driver-adapter-utils";

/** `text` as a LIKE operand that matches itself only (escape character: backslash). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// The three shapes Prisma 7 writes for SQLite: contains, startsWith, endsWith
// (NOT LIKE for negations ends the same way). Values are always bound
// parameters, so catalogue text can never look like this.
const PRISMA_LIKE = / LIKE \((?:'%' \|\| \?(?: \|\| '%')?|\? \|\| '%')\)/g;

/** `sql` with ESCAPE '\' after every LIKE Prisma wrote. */
export function withLikeEscapeClause(sql: string): string {
  return sql.replace(PRISMA_LIKE, (like) => `${like} ESCAPE '\\'`);
}

/** A SQLite adapter factory whose connections (and their transactions) send LIKE with the backslash escape. */
export function withLikeEscape(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => escaping(await factory.connect()),
  };
}

function escaping<T extends SqlQueryable>(target: T): T {
  // Methods are bound to the adapter itself: its private fields break under a proxied `this`.
  return new Proxy(target, {
    get(t, key) {
      if (key === "queryRaw" || key === "executeRaw")
        return (query: SqlQuery) => t[key]({ ...query, sql: withLikeEscapeClause(query.sql) });
      const value: unknown = Reflect.get(t, key, t);
      if (key === "startTransaction" && typeof value === "function")
        return async (...args: unknown[]) => escaping((await (value as (...a: unknown[]) => Promise<SqlQueryable>).apply(t, args)));
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}
