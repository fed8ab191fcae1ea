// selfHostable=true|false on /api/models and /api/stats, on a catalogue built here.
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { GET as statsGet } from "@/app/api/stats/route";
import { modelListSchema } from "@/lib/schemas/model-response";
import { catalogueFixture, modelFixture, writeCatalogueDir } from "../fixtures/catalogue";
import { callRoute } from "../helpers/call-route";
import { useCatalogueDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;

const MODELS = [
  modelFixture({ slug: "acme-open-7b", name: "Acme Open 7B", selfHostable: { value: true, source: "card" } }),
  modelFixture({ slug: "acme-too-big", name: "Acme Too Big", selfHostable: { value: false, source: "card" } }),
];

async function slugs(search: string): Promise<string[]> {
  const res = await callRoute(listGet, `/api/models?${search}`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body).items.map((m) => m.slug);
}

describe(`selfHostable filter (${provider})`, () => {
  useCatalogueDatabase(provider, "selfhost", () => writeCatalogueDir(catalogueFixture({ models: MODELS })));

  it("true keeps the models you can run yourself, false the others", async () => {
    expect(await slugs("selfHostable=true")).toEqual(["acme-open-7b"]);
    expect(await slugs("selfHostable=false")).toEqual(["acme-too-big"]);
    expect(await slugs("")).toHaveLength(2);
  });

  it("is a 400 naming the parameter when it is not true or false", async () => {
    const res = await callRoute(listGet, "/api/models?selfHostable=maybe");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "invalid_query", issues: [{ param: "selfHostable" }] } });
  });

  it("applies to the insights aggregates too", async () => {
    expect((await callRoute(statsGet, "/api/stats?selfHostable=true")).status).toBe(200);
  });
});
