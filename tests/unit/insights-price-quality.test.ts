import { describe, expect, it } from "vitest";
import { priceQuality } from "@/lib/domain/insights/price-quality";
import { notableValuePoints, spread } from "@/lib/domain/insights/notable-points";
import { measureId, qualityMeasures, settingKey } from "@/lib/domain/insights/quality-measure";
import { closedModel, insightModel } from "./insights-fixtures";

const estimate = () => ({ usdPerMTok: 0.12, note: "estimated self-hosting: 1× GPU" });
const none = () => null;
const swe = (score: number, setting: string | null = "resolved") => ({ name: "SWE-bench Verified", setting, score, publishedOn: "2026-01-01", sourceUrl: `https://example.org/${score}` });

/** Three open models and two closed ones on SWE-bench Verified, all listed. */
const scored = [
  insightModel({ slug: "o-cheap", name: "Open Cheap", price: { blendedUsdPerMTok: 0.1 }, benchmarks: [swe(60)] }),
  insightModel({ slug: "o-mid", name: "Open Mid", price: { blendedUsdPerMTok: 0.5 }, benchmarks: [swe(75)] }),
  insightModel({ slug: "o-bad", name: "Open Bad", price: { blendedUsdPerMTok: 2 }, benchmarks: [swe(50)] }),
  closedModel({ slug: "c-top", name: "Closed Top", price: { blendedUsdPerMTok: 10 }, benchmarks: [swe(80)] }),
  closedModel({ slug: "c-low", name: "Closed Low", price: { blendedUsdPerMTok: 1 }, benchmarks: [swe(55)] }),
];

describe("priceQuality", () => {
  it("plots a listed price as a fact and a self-hosted open model at its estimate, marked", () => {
    const q = priceQuality([...scored, insightModel({ slug: "o-self", name: "Open Self", benchmarks: [swe(40)] })], estimate);
    const points = q.series[0]?.points ?? [];
    expect(points.find((p) => p.slug === "o-self")).toMatchObject({ usdPerMTok: 0.12, estimated: true, basis: "estimated self-hosting: 1× GPU", score: 40 });
    expect(points.find((p) => p.slug === "c-top")).toMatchObject({ usdPerMTok: 10, estimated: false, score: 80 });
    expect(points.map((p) => p.usdPerMTok)).toEqual([0.1, 0.12, 0.5, 1, 2, 10]);
  });

  it("compares one measure at a time: another setting or benchmark is another chart", () => {
    const q = priceQuality([...scored, insightModel({ slug: "o-zero", name: "Open Zero", price: { blendedUsdPerMTok: 0.2 }, benchmarks: [swe(90, "agentless")] })], none);
    expect(q.series.map((s) => s.measure.label)).toEqual(["SWE-bench Verified, resolved"]);
    expect(q.series[0]?.points.map((p) => p.slug)).not.toContain("o-zero");
    expect(q.unplotted).toEqual([expect.objectContaining({ slug: "o-zero", reason: "its scores are on measures fewer than 3 priced models share" })]);
  });

  it("prefers a listed price over an estimate when a model has both", () => {
    const q = priceQuality(scored, estimate);
    expect(q.series[0]?.points.find((p) => p.slug === "o-mid")).toMatchObject({ usdPerMTok: 0.5, estimated: false });
  });

  it("never estimates a model you cannot run yourself, and lists what it cannot place", () => {
    const q = priceQuality([...scored, closedModel({ slug: "c-free", price: null, benchmarks: [swe(70)] }), insightModel({ slug: "o-none", benchmarks: [] }), insightModel({ slug: "o-nocost", benchmarks: [swe(30)] })], none);
    expect(Object.fromEntries(q.unplotted.map((u) => [u.slug, u.reason]))).toEqual({
      "c-free": "no price listed",
      "o-none": "no benchmark score in the catalogue",
      "o-nocost": "no price listed and no self-hosting estimate",
    });
  });

  it("offers no chart for a measure with fewer than three placed models", () => {
    expect(priceQuality(scored.slice(0, 2), none).series).toEqual([]);
  });

  it("drops non-positive or non-finite estimates, which a log axis cannot show", () => {
    const unpriced = [1, 2, 3].map((i) => insightModel({ slug: `o${i}`, benchmarks: [swe(50 + i)] }));
    expect(priceQuality(unpriced, () => ({ usdPerMTok: 0, note: "x" })).series).toEqual([]);
    expect(priceQuality(unpriced, () => ({ usdPerMTok: Number.POSITIVE_INFINITY, note: "x" })).series).toEqual([]);
  });

  it("labels the best per side and the cheapest way to each quality level, not every point", () => {
    const points = priceQuality(scored, none).series[0]?.points ?? [];
    expect(points.filter((p) => p.notable).map((p) => p.slug).sort()).toEqual(["c-top", "o-cheap", "o-mid"]);
    expect(points.find((p) => p.slug === "o-bad")?.notable).toBe(false);
  });
});

describe("quality measures", () => {
  it("treats case, spacing and a leading unit word as the same setting, anything else as another", () => {
    expect(settingKey("percent resolved")).toBe(settingKey("Resolved"));
    expect(settingKey(" 5-shot ")).toBe("5-shot");
    expect(settingKey("0-shot CoT")).not.toBe(settingKey("5-shot"));
    expect(settingKey(null)).toBe("");
    expect(measureId("MMLU", null)).not.toBe(measureId("MMLU", "5-shot"));
  });

  it("counts models per side once per measure, most-scored first", () => {
    const twice = insightModel({ slug: "twice", benchmarks: [swe(60), { ...swe(62), publishedOn: "2026-02-01" }] });
    const measures = qualityMeasures([...scored, twice]);
    expect(measures[0]).toMatchObject({ label: "SWE-bench Verified, resolved", counts: { open: 4, closed: 2 } });
    expect(measures.slice(1).map((m) => m.label)).toEqual([]);
  });
});

describe("notable points", () => {
  it("spreads a long list evenly, keeping both ends", () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([1, 5, 9]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
    expect(spread([1, 2, 3], 0)).toEqual([]);
  });

  it("caps the labels at the maximum however many points are on the frontier", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ slug: `m${i}`, access: "open-weights" as const, usdPerMTok: 0.1 * (i + 1), score: 20 + i }));
    const chosen = notableValuePoints(many, 6);
    expect(chosen.size).toBe(6);
    expect(chosen.has("m39")).toBe(true);
    expect(chosen.has("m0")).toBe(true);
  });
});
