import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/models/route";
import { getModel } from "@/lib/db/get-model";
import { listModels } from "@/lib/db/list-models";
import { parseModelsQuery } from "@/lib/schemas/models-query";
import { modelDetailSchema, modelListSchema } from "@/lib/schemas/model-response";
import { FIXTURE_MODELS, fixtureSlugs, isClosed } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";
import { expectEvery } from "../helpers/expect-every";

const list = async (query: string) => {
  const res = await callRoute(GET, `/api/models${query}`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body);
};

describe("GET /api/models", () => {
  it("returns the catalogue paged, with a total", async () => {
    const page = await list("?pageSize=10");
    expect(page.items).toHaveLength(10);
    expect(page.total).toBe(FIXTURE_MODELS.length);
    expect(page).toMatchObject({ page: 1, pageSize: 10 });
  });

  it("filters by access class in the database", async () => {
    const closed = await list("?access=closed&pageSize=100");
    expect(closed.items.map((m) => m.slug).sort()).toEqual(fixtureSlugs(isClosed));
    expectEvery(closed.items, (m) => m.access === "closed" && m.weightsAccess === "none", "closed models");
    const open = await list("?access=open-source,open-weights&pageSize=100");
    expect(open.total + closed.total).toBe((await list("?pageSize=1")).total);
  });

  it("reports unknown or invalid parameters as 400 JSON naming each one", async () => {
    const res = await callRoute(GET, "/api/models?pageSize=500&colour=red&access=opensource");
    expect(res.status).toBe(400);
    const body = res.body as { error: { code: string; issues: Array<{ param: string }> } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((i) => i.param).sort()).toEqual(["access", "colour", "pageSize"]);
  });
});

// Production sends the query's result without parsing it (lib/api/contract.ts): the result must
// already be exactly what the published schema describes, with no key for a parse to strip.
describe("responses are their schema's shape without parsing", () => {
  it("a page of every column, and each model's full record", async () => {
    const parsed = parseModelsQuery(new URLSearchParams("pageSize=100"));
    if (!parsed.ok) throw new Error("query");
    const page = await listModels(parsed.query);
    expect(page.items.length).toBeGreaterThan(0);
    expect(modelListSchema.parse(page)).toStrictEqual(page);
    for (const slug of fixtureSlugs(() => true)) {
      const model = await getModel(slug);
      expect(model, slug).not.toBeNull();
      expect(modelDetailSchema.parse(model), slug).toStrictEqual(model);
    }
  });
});
