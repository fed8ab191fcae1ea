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
import { callRoute } from "../helpers/call-route";

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
