import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/schemas/env";

describe("readEnv", () => {
  it("defaults to the embedded SQLite database and a pool of 10", () => {
    const env = readEnv({});
    expect(env.DATABASE_URL.provider).toBe("sqlite");
    expect(env.DATABASE_POOL_SIZE).toBe(10);
  });

  it("reads a PostgreSQL URL and a pool size", () => {
    const env = readEnv({ DATABASE_URL: "postgresql://u:p@db:5432/catalogue", DATABASE_POOL_SIZE: "25" });
    expect(env.DATABASE_URL.provider).toBe("postgresql");
    expect(env.DATABASE_POOL_SIZE).toBe(25);
  });

  it("names every bad variable instead of carrying on with NaN", () => {
    expect(() => readEnv({ DATABASE_POOL_SIZE: "1O" })).toThrow(/DATABASE_POOL_SIZE must be a whole number/);
    expect(() => readEnv({ DATABASE_POOL_SIZE: "0", DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be "file:<path>".*; DATABASE_POOL_SIZE must be at least 1|DATABASE_POOL_SIZE must be at least 1.*DATABASE_URL must be/);
  });

  it("reads npm start's port, 3000 unless given, and refuses one out of range", () => {
    expect(readEnv({}).PORT).toBe(3000);
    expect(readEnv({ PORT: "3600" }).PORT).toBe(3600);
    expect(() => readEnv({ PORT: "70000" })).toThrow(/PORT must be at most 65535/);
    expect(() => readEnv({ PORT: "" })).toThrow(/PORT must be a whole number/);
  });
});
