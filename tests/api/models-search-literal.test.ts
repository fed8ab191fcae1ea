// q matches "%", "_" and backslash literally when the catalogue does hold
// them: a small catalogue of near-twins, where treating any of them as a
// LIKE wildcard or escape would find the wrong twin (or both).
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { modelListSchema } from "@/lib/schemas/model-response";
import { catalogueFixture, modelFixture, writeCatalogueDir } from "../fixtures/catalogue";
import { callRoute } from "../helpers/call-route";
import { useCatalogueDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;

const TWINS = [
  ["acme-fifty-percent", "Acme 50% Mix"],
  ["acme-five-hundred", "Acme 500 Mix"],
  ["acme-snake-case", "Acme snake_case"],
  ["acme-snake-x-case", "Acme snakeXcase"],
  ["acme-back-slash", "Acme back\\slash"],
  ["acme-backslash", "Acme backslash"],
] as const;

async function slugsFor(q: string): Promise<string[]> {
  const res = await callRoute(listGet, `/api/models?q=${encodeURIComponent(q)}&pageSize=100`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body).items.map((m) => m.slug).sort();
}

describe(`literal search on a catalogue holding LIKE's special characters (${provider})`, () => {
  useCatalogueDatabase(provider, "search", () => writeCatalogueDir(catalogueFixture({ models: TWINS.map(([slug, name]) => modelFixture({ slug, name })) })));

  it("50% finds the model named 50%, not the 500 (nor every model for a bare %)", async () => {
    expect(await slugsFor("50%")).toEqual(["acme-fifty-percent"]);
    expect(await slugsFor("%")).toEqual(["acme-fifty-percent"]);
    expect(await slugsFor("0%m")).toEqual([]);
  });

  it("snake_case finds the underscore, not snakeXcase", async () => {
    expect(await slugsFor("snake_case")).toEqual(["acme-snake-case"]);
    expect(await slugsFor("_")).toEqual(["acme-snake-case"]);
  });

  it("a backslash is an ordinary character: k\\s finds back\\slash, not backslash", async () => {
    expect(await slugsFor("k\\s")).toEqual(["acme-back-slash"]);
    expect(await slugsFor("\\")).toEqual(["acme-back-slash"]);
    expect(await slugsFor("back\\")).toEqual(["acme-back-slash"]);
    expect(await slugsFor("\\%")).toEqual([]);
  });

  it("plain words still find every model that holds them", async () => {
    expect(await slugsFor("mix")).toEqual(["acme-fifty-percent", "acme-five-hundred"]);
    expect(await slugsFor("acme")).toHaveLength(TWINS.length);
  });
});
