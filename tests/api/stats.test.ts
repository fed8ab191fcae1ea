import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/stats/route";
import { statsResponseSchema, type StatsResponse } from "@/lib/schemas/stats-response";
import { FIXTURE_MODELS, fixtureSlugs, isClosed } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";
import { expectEvery } from "../helpers/expect-every";

const stats = async (query = ""): Promise<StatsResponse> => {
  const res = await callRoute(GET, `/api/stats${query}`);
  expect(res.status, res.text).toBe(200);
  return statsResponseSchema.parse(res.body);
};

describe("GET /api/stats", () => {
  it("aggregates the whole catalogue into every chart's series", async () => {
    const s = await stats();
    expect(s.modelCount).toBe(FIXTURE_MODELS.length);
    expect(s.byAccess.closed).toBe(fixtureSlugs(isClosed).length);
    expect(s.byAccess["open-source"] + s.byAccess["open-weights"] + s.byAccess.closed).toBe(s.modelCount);
    expect(s.prosCons.map((d) => d.dimension)).toContain("cost");
    // Only models with an MMLU score can be placed on price against quality.
    const scored = fixtureSlugs((m) => m.benchmarks.some((b) => b.name === "MMLU"));
    expect(s.priceQuality.points.length).toBeGreaterThan(scored.length / 2);
    expectEvery(s.priceQuality.points, (p) => scored.includes(p.slug), "price/quality points");
    // Every model with a known size and release date is plotted; the rest are listed.
    expect(s.sizeOverTime.points.map((p) => p.slug).sort()).toEqual(fixtureSlugs((m) => m.parameters.value !== null && m.releaseDate.value !== null));
    expect(s.sizeOverTime.points.length + s.sizeOverTime.unplotted.length).toBe(s.modelCount);
    expect(s.opennessHeatmap.rows).toHaveLength(s.modelCount);
    expect(s.licenceLandscape.byCategory.reduce((n, b) => n + b.total, 0)).toBe(s.modelCount);
    expect(s.performanceGap[0]?.benchmark).toBe("MMLU");
  });

  it("never plots an undisclosed size: closed models with no published size are listed instead", async () => {
    const s = await stats();
    const gpt4 = s.sizeOverTime.unplotted.find((u) => u.slug === "gpt-4");
    expect(gpt4?.reason).toContain("size undisclosed");
    expect(s.sizeOverTime.points.map((p) => p.slug)).not.toContain("gpt-4");
    expectEvery(s.sizeOverTime.points, (p) => p.parameters > 0, "size points");
  });

  it("places self-hosted open models at an estimated cost, marked as an estimate", async () => {
    const s = await stats();
    const llama = s.priceQuality.points.find((p) => p.slug === "llama-2-70b");
    expect(llama).toMatchObject({ estimated: true, access: "open-weights" });
    expect(llama?.basis).toMatch(/estimated self-hosting/);
    const gpt4o = s.priceQuality.points.find((p) => p.slug === "gpt-4o");
    expect(gpt4o).toMatchObject({ estimated: false, access: "closed" });
  });

  it("applies the catalogue's filters: a licence filter narrows every chart", async () => {
    const all = await stats();
    const apache = await stats("?licence=apache-2-0");
    expect(apache.modelCount).toBe(fixtureSlugs((m) => m.licence.value === "apache-2-0").length);
    expect(apache.modelCount).toBeLessThan(all.modelCount);
    expect(apache.byAccess.closed).toBe(0);
    expect(apache.licenceLandscape.byCategory.map((b) => b.key)).toEqual(["permissive"]);
    expect(apache.opennessHeatmap.rows).toHaveLength(apache.modelCount);
    // No closed model left: the gap series needs both sides, so there is none.
    expect(apache.performanceGap).toEqual([]);
    const closedGroup = apache.prosCons[0]?.groups.find((g) => g.access === "closed");
    expect(closedGroup).toMatchObject({ n: 0, median: null });
  });

  it("returns empty series, not an error, when nothing matches", async () => {
    const s = await stats("?q=no-such-model-anywhere");
    expect(s.modelCount).toBe(0);
    expect(s.priceQuality.points).toEqual([]);
    expectEvery(s.prosCons, (d) => d.verdict === "no-data", "pros and cons dimensions");
  });

  it("rejects paging, sorting and format, and invalid filters, naming each parameter", async () => {
    const res = await callRoute(GET, "/api/stats?page=2&sort=name&access=opensource&colour=red");
    expect(res.status).toBe(400);
    const body = res.body as { error: { code: string; issues: Array<{ param: string; message: string }> } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((i) => i.param).sort()).toEqual(["access", "colour", "page", "sort"]);
    expect(body.error.issues.find((i) => i.param === "page")?.message).toMatch(/does not apply/);
  });

  it("answers 304 to a conditional request with the current ETag", async () => {
    const first = await callRoute(GET, "/api/stats?access=closed");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await callRoute(GET, "/api/stats?access=closed", { headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);
  });
});
