import { describe, expect, it } from "vitest";
import { expectEvery } from "../helpers/expect-every";
import { PROS_CONS_DIMENSIONS } from "@/lib/schemas/vocabulary";
import { prosConsDistribution, prosConsRows, verdictFor } from "@/lib/domain/insights/pros-cons-distribution";
import { closedModel, insightModel } from "./insights-fixtures";

describe("verdictFor", () => {
  it("says whether open models' median agrees with the article's claim", () => {
    expect(verdictFor("pro", 80, 40)).toBe("supports");
    expect(verdictFor("pro", 40, 80)).toBe("contradicts");
    expect(verdictFor("con", 40, 80)).toBe("supports");
    expect(verdictFor("con", 80, 40)).toBe("contradicts");
    expect(verdictFor("pro", 50, 50)).toBe("tie");
    expect(verdictFor("pro", null, 50)).toBe("no-data");
    expect(verdictFor("con", 50, null)).toBe("no-data");
  });
});

describe("prosConsDistribution", () => {
  const models = [insightModel({ slug: "a", mmlu: 55 }), insightModel({ slug: "b", mmlu: 70 }), closedModel()];
  const dims = prosConsDistribution(models, []);

  it("has every article dimension, each with a group per access class", () => {
    expect(dims.map((d) => d.dimension)).toEqual([...PROS_CONS_DIMENSIONS]);
    for (const d of dims) expect(d.groups.map((g) => g.access)).toEqual(["open-source", "open-weights", "closed"]);
  });

  it("summarises the derived scores: MMLU 55 and 70 rescale to 40 and 60, median 50", () => {
    const perf = dims.find((d) => d.dimension === "performance");
    expect(perf?.groups[0]).toMatchObject({ access: "open-source", n: 2, median: 50, min: 40, max: 60 });
    expect(perf?.closedMedian).toBe(80);
    expect(perf?.verdict).toBe("supports");
  });

  it("keeps an empty access class empty (null median), never zero", () => {
    const perf = dims.find((d) => d.dimension === "performance");
    expect(perf?.groups[1]).toMatchObject({ access: "open-weights", n: 0, unknown: 0, median: null });
  });

  it("counts unknown scores apart and cannot judge a dimension with no data on one side", () => {
    const latency = dims.find((d) => d.dimension === "latency");
    // Provider-hosted models have no measured latency: unknown, not slow.
    expect(latency?.groups[2]).toMatchObject({ access: "closed", n: 0, unknown: 1, median: null });
    expect(latency?.verdict).toBe("no-data");
  });

  it("judges nothing for an empty selection", () => {
    const dimensions = prosConsDistribution([], []);
    expectEvery(dimensions, (d) => d.verdict === "no-data", "dimensions");
    expectEvery(dimensions.flatMap((d) => d.groups), (g) => g.n === 0, "access-class groups");
  });
});

describe("prosConsRows", () => {
  it("turns each group into a median bar and [below, above] interquartile whiskers; empty groups draw nothing", () => {
    const dims = prosConsDistribution([insightModel({ mmlu: 55 }), insightModel({ mmlu: 70 }), insightModel({ mmlu: 85 })], []);
    const perf = prosConsRows(dims).find((r) => r.dimension === "performance");
    expect(perf?.median["open-source"]).toBe(60);
    expect(perf?.spread["open-source"]).toEqual([10, 10]);
    expect(perf?.median.closed).toBeNull();
    expect(perf?.spread.closed).toBeNull();
    expect(perf?.axisLabel).toBe("Performance (con)");
  });
});
