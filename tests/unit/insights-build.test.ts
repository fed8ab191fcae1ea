import { describe, expect, it } from "vitest";
import { buildInsights } from "@/lib/domain/insights/build-insights";
import { cheapestAtQuality, commercialUseRestricted, levelBothReach, medianOpenness, sizeDisclosure, verdictTally } from "@/lib/domain/insights/headlines";
import { COMMERCIAL_USE, LICENCE_CATEGORIES, OPENNESS_COMPONENTS } from "@/lib/schemas/catalogue";
import { statsResponseSchema } from "@/lib/schemas/stats-response";
import { closedModel, insightModel } from "./insights-fixtures";

const GPU = { id: "a100", name: "A100 80GB", memoryGb: 80, memoryBandwidthGbPerSecond: 2039, usdPerHour: 1.79 };
const vocabulary = { components: OPENNESS_COMPONENTS, licenceCategories: LICENCE_CATEGORIES, commercialUse: COMMERCIAL_USE };

describe("buildInsights", () => {
  const models = [insightModel(), insightModel({ slug: "big", name: "Big", parameters: 4e11, mmlu: 84, benchmarks: [{ name: "MMLU", setting: "5-shot", score: 84, publishedOn: "2024-01-02", sourceUrl: "https://example.org/big" }] }), closedModel()];
  const insights = buildInsights(models, [GPU], vocabulary);

  it("produces a response the API schema accepts", () => {
    expect(() => statsResponseSchema.parse(insights)).not.toThrow();
    expect(insights.modelCount).toBe(3);
    expect(insights.byAccess).toEqual({ "open-source": 2, "open-weights": 0, closed: 1 });
  });

  it("places self-hostable models at the default self-hosting estimate, in words", () => {
    const acme = insights.priceQuality.series[0]?.points.find((p) => p.slug === "acme-7b");
    expect(acme?.estimated).toBe(true);
    expect(acme?.basis).toMatch(/^estimated self-hosting: 1× A100 80GB at \$1\.79\/h, 16-bit weights, 50% utilisation$/);
  });

  it("works on an empty selection", () => {
    const empty = buildInsights([], [GPU], vocabulary);
    expect(() => statsResponseSchema.parse(empty)).not.toThrow();
    expect(empty).toMatchObject({ modelCount: 0, performanceGap: [], priceQuality: { series: [], unplotted: [] }, priceOverTime: [], hostsPerModel: { top: [] } });
  });

  it("states the caption numbers", () => {
    expect(verdictTally(insights.prosCons)["no-data"]).toContain("Latency");
    const points = insights.priceQuality.series[0]?.points ?? [];
    expect(levelBothReach(points)).toBe(84);
    const cheapest = cheapestAtQuality(points, 80);
    expect(cheapest.closed?.slug).toBe("vendor-pro");
    expect(cheapest.open?.slug).toBe("big");
    expect(sizeDisclosure(insights.sizeOverTime).closed).toEqual({ plotted: 0, undisclosed: 1 });
    expect(medianOpenness(insights.opennessHeatmap)).toEqual({ "open-source": 80, "open-weights": null, closed: 5 });
    expect(commercialUseRestricted(insights.licenceLandscape, "closed")).toEqual({ restricted: 0, total: 1 });
  });
});
