import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/stats/route";
import { GET as partGet } from "@/app/api/stats/[part]/route";
import { blendedUsdPerMTok } from "@/lib/domain/price";
import { statsResponseSchema, type StatsResponse } from "@/lib/schemas/stats-response";
import { FIXTURE_MODELS, fixtureModel, fixtureSlugs, isClosed } from "../fixtures/fixture-catalogue";
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
    // Price against quality: one chart per measure (benchmark and setting), most placed models first.
    const mmlu5 = s.priceQuality.series[0];
    expect(mmlu5?.measure).toMatchObject({ benchmark: "MMLU", setting: "5-shot" });
    const scored = fixtureSlugs((m) => m.benchmarks.some((b) => b.name === "MMLU" && b.setting === "5-shot"));
    expect(mmlu5?.points.length).toBeGreaterThan(scored.length / 2);
    expectEvery(mmlu5?.points ?? [], (p) => scored.includes(p.slug), "price/quality points");
    // A few points are named on the chart, not all of them.
    const named = (mmlu5?.points ?? []).filter((p) => p.notable).length;
    expect(named).toBeGreaterThan(0);
    expect(named).toBeLessThan(mmlu5?.points.length ?? 0);
    // Every model is either placed on some measure or listed with its reason.
    const placed = new Set(s.priceQuality.series.flatMap((x) => x.points.map((p) => p.slug)));
    expect(placed.size + s.priceQuality.unplotted.length).toBe(s.modelCount);
    // Every model with a known size and release date is plotted; the rest are listed.
    expect(s.sizeOverTime.points.map((p) => p.slug).sort()).toEqual(fixtureSlugs((m) => m.parameters.value !== null && m.releaseDate.value !== null));
    expect(s.sizeOverTime.points.length + s.sizeOverTime.unplotted.length).toBe(s.modelCount);
    expect(s.opennessHeatmap.rows.length + s.opennessHeatmap.ungraded.length).toBe(s.modelCount);
    expect(s.licenceLandscape.byCategory.reduce((n, b) => n + b.total, 0)).toBe(s.modelCount);
    expect(s.performanceGap[0]?.measure).toMatchObject({ benchmark: "MMLU", setting: "5-shot" });
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
    const points = s.priceQuality.series.flatMap((x) => x.points);
    const llama = points.find((p) => p.slug === "llama-2-70b");
    expect(llama).toMatchObject({ estimated: true, access: "open-weights" });
    expect(llama?.basis).toMatch(/estimated self-hosting/);
    const gpt4o = points.find((p) => p.slug === "gpt-4o");
    expect(gpt4o).toMatchObject({ estimated: false, access: "closed" });
  });

  it("applies the catalogue's filters: a licence filter narrows every chart", async () => {
    const all = await stats();
    const apache = await stats("?licence=apache-2-0");
    expect(apache.modelCount).toBe(fixtureSlugs((m) => m.licence.value === "apache-2-0").length);
    expect(apache.modelCount).toBeLessThan(all.modelCount);
    expect(apache.byAccess.closed).toBe(0);
    expect(apache.licenceLandscape.byCategory.map((b) => b.key)).toEqual(["permissive"]);
    expect(apache.opennessHeatmap.rows.length + apache.opennessHeatmap.ungraded.length).toBe(apache.modelCount);
    // No closed model left: the gap series needs both sides, so there is none.
    expect(apache.performanceGap).toEqual([]);
    const closedGroup = apache.prosCons[0]?.groups.find((g) => g.access === "closed");
    expect(closedGroup).toMatchObject({ n: 0, median: null });
  });

  it("returns empty series, not an error, when nothing matches", async () => {
    const s = await stats("?q=no-such-model-anywhere");
    expect(s.modelCount).toBe(0);
    expect(s.priceQuality).toEqual({ series: [], unplotted: [] });
    expect(s.priceOverTime).toEqual([]);
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

  it("draws the cheapest open and closed model at a quality level over time from the price history", async () => {
    const s = await stats();
    const gpqa = s.priceOverTime.find((x) => x.measure.benchmark === "GPQA Diamond");
    expect(gpqa?.measure.setting).toBe("0-shot");
    const [top] = gpqa?.levels ?? [];
    // The first level is the best score both sides reach with a recorded price.
    const priced = (slug: string) => fixtureModel(slug).prices.length > 0;
    const best = (closed: boolean) => Math.max(...FIXTURE_MODELS.filter((m) => isClosed(m) === closed && priced(m.slug)).flatMap((m) => m.benchmarks.filter((b) => b.name === "GPQA Diamond").map((b) => b.score)));
    expect(top?.level).toBe(Math.min(best(true), best(false)));
    // GPT-4o's price fell on a dated change: the closed line steps down on that day.
    const gpt4o = fixtureModel("gpt-4o").prices.map((p) => [p.effectiveDate, blendedUsdPerMTok(p.inputUsdPerMTok, p.outputUsdPerMTok)] as const).sort();
    const closedOn = (date: string) => top?.steps.filter((st) => st.date <= date).at(-1)?.closed;
    expect(closedOn(gpt4o[0]?.[0] ?? "")).toBe(gpt4o[0]?.[1]);
    expect(closedOn(gpt4o[1]?.[0] ?? "")).toBe(gpt4o[1]?.[1]);
    // The last step is the newest price day: both lines run up to it.
    const dates = (top?.steps ?? []).map((st) => st.date);
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...new Set(dates)].sort());
  });

  it("counts the providers serving each open model now", async () => {
    const s = await stats();
    const opengpt = s.hostsPerModel.open.find((b) => b.slug === "opengpt-20b");
    expect(opengpt?.hosts).toBe(new Set(fixtureModel("opengpt-20b").prices.map((p) => p.provider)).size);
    expect(s.hostsPerModel.top[0]?.slug).toBe("opengpt-20b");
    expect(s.hostsPerModel.open).toHaveLength(s.byAccess["open-source"] + s.byAccess["open-weights"]);
  });

  it("serves one part at a time, with the same filters, for the tables the page loads when opened", async () => {
    const whole = await stats("?access=closed");
    const part = await callRoute(partGet, "/api/stats/sizeOverTime?access=closed", { params: { part: "sizeOverTime" } });
    expect(part.status).toBe(200);
    expect(part.body).toEqual(whole.sizeOverTime);
    expect(part.headers.get("etag")).toBeTruthy();
    const unknown = await callRoute(partGet, "/api/stats/everything", { params: { part: "everything" } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: "not_found" } });
    expect((unknown.body as { error: { message: string } }).error.message).toMatch(/"everything".*sizeOverTime/);
    const paged = await callRoute(partGet, "/api/stats/sizeOverTime?page=2", { params: { part: "sizeOverTime" } });
    expect(paged.status).toBe(400);
    expect(paged.body).toMatchObject({ error: { code: "invalid_query", issues: [{ param: "page" }] } });
  });

  it("answers 304 to a conditional request with the current ETag", async () => {
    const first = await callRoute(GET, "/api/stats?access=closed");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await callRoute(GET, "/api/stats?access=closed", { headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);
  });
});
