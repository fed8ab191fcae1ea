// q is a literal substring search: LIKE's wildcards ("%", "_") and escape
// character (backslash) match only themselves, on the fixture catalogue, in
// the page, the count, the export and /api/stats alike.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { GET as statsGet } from "@/app/api/stats/route";
import { getDb } from "@/lib/db/prisma";
import { modelListSchema } from "@/lib/schemas/model-response";
import { statsResponseSchema } from "@/lib/schemas/stats-response";
import { FIXTURE_MODELS, fixtureSlugs, searchableText } from "../fixtures/fixture-catalogue";
import { catalogueFixture, known, modelFixture, unknownFact, writeCatalogueDir } from "../fixtures/catalogue";
import { callRoute } from "../helpers/call-route";
import { useCatalogueDatabase, type Provider } from "../helpers/test-database";

async function search(q: string) {
  const res = await callRoute(listGet, `/api/models?q=${encodeURIComponent(q)}&pageSize=100`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body);
}

describe("GET /api/models?q= on the fixture catalogue", () => {
  beforeAll(async () => {
    // The zero-result assertions below mean something only if no model's searchable text holds these characters.
    const rows = await getDb().db.model.findMany({ select: { slug: true, searchText: true } });
    expect(rows).toHaveLength(FIXTURE_MODELS.length);
    expect(rows.filter((r) => /[%_\\]/.test(r.searchText)).map((r) => r.slug)).toEqual([]);
  });

  it.each(["%", "_", "%%", "__", "\\", "\\%", "llama\\"])("q=%s matches no model (it is not a wildcard)", async (q) => {
    const page = await search(q);
    expect(page.total).toBe(0);
    expect(page.items).toEqual([]);
  });

  it("a wildcard inside a word does not widen it: l_ama and lla%ma find nothing, llama finds the Llamas", async () => {
    const llama = await search("llama");
    expect(llama.items.map((m) => m.slug).sort()).toEqual(fixtureSlugs((m) => searchableText(m).includes("llama")));
    expect(llama.total).toBe(llama.items.length);
    expect((await search("l_ama")).total).toBe(0);
    expect((await search("lla%ma")).total).toBe(0);
    expect((await search("ll%")).total).toBe(0);
  });

  it("ordinary text with punctuation still matches literally", async () => {
    const page = await search("llama-2");
    expect(page.items.map((m) => m.slug).sort()).toEqual(fixtureSlugs((m) => searchableText(m).includes("llama-2")));
    expect((await search("gpt-3.5")).items.map((m) => m.slug)).toEqual(["gpt-3.5-turbo"]);
  });

  it("the exports and /api/stats apply the same literal search", async () => {
    const csv = await callRoute(listGet, "/api/models?q=%25&format=csv");
    expect(csv.status).toBe(200);
    expect(csv.text.trim().split("\r\n")).toHaveLength(1); // the header only
    const ndjson = await callRoute(listGet, "/api/models?q=_&format=ndjson");
    expect(ndjson.text).toBe("");
    const none = await callRoute(statsGet, "/api/stats?q=_");
    expect(none.status, none.text).toBe(200);
    expect(statsResponseSchema.parse(none.body).modelCount).toBe(0);
    const llama = statsResponseSchema.parse((await callRoute(statsGet, "/api/stats?q=llama")).body);
    expect(llama.modelCount).toBe((await search("llama")).total);
  });
});

// Forgiving search on a catalogue of look-alike names: case, spaces, hyphens
// and dots do not matter, one typo is forgiven in words of five or more
// letters, and the best matches come first.
const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;
const LOOK_ALIKES = [
  ["gpt-4", "GPT-4", "gpt", null],
  ["gpt-4o", "GPT-4o", "gpt", null],
  ["gpt-4-turbo", "GPT-4 Turbo", "gpt", null],
  ["gpt-3-5-turbo", "GPT-3.5 Turbo", "gpt", null],
  ["opengpt-20b", "OpenGPT 20B", "opengpt", 20e9],
  ["deepseek-r1", "DeepSeek-R1", "deepseek", null],
  ["deepseek-r1-distill-llama-70b", "DeepSeek R1 Distill Llama 70B", "deepseek", 70e9],
  ["deepseek-v3", "DeepSeek-V3", "deepseek", null],
  ["falcon-40b", "Falcon 40B", "falcon", 40e9],
  ["falcon-180b", "Falcon 180B", "falcon", 180e9],
  ["falkon-vision", "Falkon Vision", "falkon", null],
  ["mistral-7b", "Mistral 7B", "mistral", 7e9],
] as const;

async function ranked(q: string, extra = ""): Promise<string[]> {
  const res = await callRoute(listGet, `/api/models?q=${encodeURIComponent(q)}&pageSize=100${extra}`);
  expect(res.status, res.text).toBe(200);
  const page = modelListSchema.parse(res.body);
  expect(page.total).toBe(page.items.length);
  return page.items.map((m) => m.slug);
}

describe(`forgiving search (${provider})`, () => {
  useCatalogueDatabase(provider, "forgiving", () =>
    writeCatalogueDir(
      catalogueFixture({
        models: LOOK_ALIKES.map(([slug, name, family, parameters]) =>
          modelFixture({ slug, name, family, parameters: parameters === null ? unknownFact("Not published.") : known(parameters) }),
        ),
      }),
    ),
  );

  it.each(["gpt4", "GPT 4", "gpt-4", "GPT-4", "Gpt.4", " gpt - 4 "])("%s finds GPT-4 first, then the other GPT-4s, and no other GPT", async (q) => {
    expect(await ranked(q)).toEqual(["gpt-4", "gpt-4-turbo", "gpt-4o"]);
  });

  it("deepseek r1 finds DeepSeek-R1 first, then the model whose name starts with it, not DeepSeek-V3", async () => {
    expect(await ranked("deepseek r1")).toEqual(["deepseek-r1", "deepseek-r1-distill-llama-70b"]);
    expect(await ranked("DEEPSEEK-R1")).toEqual(["deepseek-r1", "deepseek-r1-distill-llama-70b"]);
  });

  it("one typo is forgiven: a missing, extra, wrong or swapped letter", async () => {
    for (const q of ["falcn", "falconn", "falcen", "flacon"]) expect(await ranked(q), q).toEqual(["falcon-180b", "falcon-40b"]);
    expect(await ranked("mistrl")).toEqual(["mistral-7b"]);
    expect(await ranked("Deepsek R1")).toEqual(["deepseek-r1", "deepseek-r1-distill-llama-70b"]);
  });

  it("exact matches come before the ones a typo away", async () => {
    expect(await ranked("falcon")).toEqual(["falcon-180b", "falcon-40b", "falkon-vision"]);
  });

  it("two typos, typos in short words and random strings find nothing", async () => {
    expect(await ranked("flacn")).toEqual([]);
    expect(await ranked("gpt5")).toEqual([]);
    expect(await ranked("qzxwvk")).toEqual([]);
    expect(await ranked("xq7 vorbl-zzk")).toEqual([]);
  });

  it("an explicit sort orders the matches; paging follows the rank order", async () => {
    expect(await ranked("gpt4", "&sort=-name")).toEqual(["gpt-4o", "gpt-4-turbo", "gpt-4"]);
    const second = await callRoute(listGet, "/api/models?q=gpt4&pageSize=1&page=2");
    const page = modelListSchema.parse(second.body);
    expect(page.total).toBe(3);
    expect(page.items.map((m) => m.slug)).toEqual(["gpt-4-turbo"]);
  });

  it("the export and /api/stats match the same models as the list", async () => {
    const csv = await callRoute(listGet, "/api/models?q=falcn&format=csv");
    expect(csv.status).toBe(200);
    const rows = csv.text.trim().split("\r\n").slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.includes("falcon-"))).toBe(true);
    const stats = statsResponseSchema.parse((await callRoute(statsGet, "/api/stats?q=deepseek%20r1")).body);
    expect(stats.modelCount).toBe(2);
  });
});
