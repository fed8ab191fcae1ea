// Sorts on the fixture catalogue: unknowns last, and MMLU ranks one setting
// (5-shot) only — scores measured otherwise follow, unranked, then the
// models without a score. The export streams the same order.
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { modelListSchema, type ModelSummary } from "@/lib/schemas/model-response";
import { FIXTURE_MODELS, fixtureSlugs } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";

async function list(query: string): Promise<ModelSummary[]> {
  const res = await callRoute(listGet, `/api/models?${query}&pageSize=100`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body).items;
}
const bySlug = (a: ModelSummary, b: ModelSummary) => (a.slug < b.slug ? -1 : 1);

describe("sort=mmlu compares like with like", () => {
  it.each(["-mmlu", "mmlu"])("%s: ranked 5-shot scores, then other settings by slug, then no score", async (sort) => {
    const items = await list(`sort=${sort}`);
    expect(items).toHaveLength(FIXTURE_MODELS.length);
    const ranked = items.filter((m) => m.mmluSetting === "5-shot");
    const unranked = items.filter((m) => m.mmlu !== null && m.mmluSetting !== "5-shot");
    const unknown = items.filter((m) => m.mmlu === null);
    expect(ranked.length).toBeGreaterThan(2);
    expect(unranked.map((m) => m.slug)).toEqual(fixtureSlugs((m) => m.benchmarks.some((b) => b.name === "MMLU" && !b.setting?.startsWith("5-shot"))));
    expect(unknown.length).toBeGreaterThan(0);
    expect(items).toEqual([...ranked, ...unranked, ...unknown]);
    const scores = ranked.map((m) => m.mmlu!);
    expect(scores).toEqual([...scores].sort((a, b) => (sort === "-mmlu" ? b - a : a - b)));
    expect(unranked).toEqual([...unranked].sort(bySlug));
    expect(unknown).toEqual([...unknown].sort(bySlug));
  });

  it("GPT-4o's higher 0-shot chain-of-thought score is not ranked above 5-shot scores", async () => {
    const items = await list("sort=-mmlu");
    const gpt4o = items.find((m) => m.slug === "gpt-4o");
    expect(gpt4o).toMatchObject({ mmlu: 88.7, mmluSetting: "0-shot CoT" });
    expect(items[0]?.slug).not.toBe("gpt-4o");
    expect(items.findIndex((m) => m.slug === "gpt-4o")).toBeGreaterThan(items.filter((m) => m.mmluSetting === "5-shot").length - 1);
  });

  it("a page boundary inside the unranked stretch reads on from where the ranked one ended", async () => {
    const whole = (await list("sort=-mmlu")).map((m) => m.slug);
    const ranked = (await list("sort=-mmlu")).filter((m) => m.mmluSetting === "5-shot").length;
    for (const pageSize of [2, 3, ranked, ranked + 1]) {
      const paged: string[] = [];
      for (let page = 1; paged.length < whole.length; page++) {
        const res = await callRoute(listGet, `/api/models?sort=-mmlu&pageSize=${pageSize}&page=${page}`);
        const items = modelListSchema.parse(res.body).items;
        expect(items.length, `page ${page} of ${pageSize}`).toBeGreaterThan(0);
        paged.push(...items.map((m) => m.slug));
      }
      expect(paged).toEqual(whole);
    }
  });

  it("the NDJSON export streams the same order", async () => {
    const res = await callRoute(listGet, "/api/models?sort=-mmlu&format=ndjson");
    const rows = res.text.trim().split("\n").map((l) => (JSON.parse(l) as { slug: string }).slug);
    expect(rows).toEqual((await list("sort=-mmlu")).map((m) => m.slug));
  });
});

describe("the issue's sorts put unknowns last", () => {
  const keys: Record<string, (m: ModelSummary) => string | number | null> = {
    knowledgeCutoff: (m) => m.knowledgeCutoff,
    contextLength: (m) => m.contextLength,
    hosts: (m) => m.hostCount,
  };
  it.each(Object.keys(keys))("-%s: known values high to low, then unknowns", async (field) => {
    const items = await list(`sort=-${field}`);
    const values = items.map((m) => keys[field]!(m));
    const known = values.filter((v) => v !== null);
    expect(new Set(known).size).toBeGreaterThan(1);
    expect(values.slice(0, known.length)).toEqual(known);
    // Cut-offs compare by their first day: "2024" is January 2024.
    const asKey = (v: string | number) => (typeof v === "string" && v.length === 4 ? `${v}-01` : v);
    expect([...known].sort((a, b) => (asKey(a) < asKey(b) ? 1 : asKey(a) > asKey(b) ? -1 : 0))).toEqual(known);
  });

  it("knowledgeCutoff ascending still puts the unknowns last", async () => {
    const values = (await list("sort=knowledgeCutoff")).map((m) => m.knowledgeCutoff);
    const firstUnknown = values.indexOf(null);
    expect(firstUnknown).toBeGreaterThan(0);
    expect(values.slice(firstUnknown).every((v) => v === null)).toBe(true);
  });
});
