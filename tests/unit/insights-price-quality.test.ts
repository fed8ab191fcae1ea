import { describe, expect, it } from "vitest";
import { priceQuality } from "@/lib/domain/insights/price-quality";
import { closedModel, insightModel } from "./insights-fixtures";

const estimate = () => ({ usdPerMTok: 0.12, note: "estimated self-hosting: 1× GPU" });
const none = () => null;

describe("priceQuality", () => {
  it("plots a listed price as a fact and a self-hosted open model at its estimate, marked", () => {
    const q = priceQuality([closedModel(), insightModel()], estimate);
    expect(q.points).toEqual([
      expect.objectContaining({ slug: "acme-7b", usdPerMTok: 0.12, estimated: true, basis: "estimated self-hosting: 1× GPU" }),
      expect.objectContaining({ slug: "vendor-pro", usdPerMTok: 5, estimated: false, mmlu: 85 }),
    ]);
  });

  it("prefers a listed price over an estimate when a model has both", () => {
    const q = priceQuality([insightModel({ price: { blendedUsdPerMTok: 0.9 } })], estimate);
    expect(q.points[0]).toMatchObject({ usdPerMTok: 0.9, estimated: false });
  });

  it("never estimates a model you cannot run yourself", () => {
    const q = priceQuality([closedModel({ price: null })], estimate);
    expect(q.points).toEqual([]);
    expect(q.unplotted).toEqual([expect.objectContaining({ slug: "vendor-pro", reason: "no price listed" })]);
  });

  it("lists models with no MMLU or no cost instead of plotting them at zero", () => {
    const q = priceQuality([insightModel({ slug: "nommlu", mmlu: null }), insightModel({ slug: "nocost" })], none);
    expect(q.points).toEqual([]);
    expect(Object.fromEntries(q.unplotted.map((u) => [u.slug, u.reason]))).toEqual({
      nommlu: "no MMLU score",
      nocost: "no price listed and no self-hosting estimate",
    });
  });

  it("drops non-positive or non-finite estimates, which a log axis cannot show", () => {
    const q = priceQuality([insightModel()], () => ({ usdPerMTok: 0, note: "x" }));
    expect(q.points).toEqual([]);
    expect(priceQuality([insightModel()], () => ({ usdPerMTok: Number.POSITIVE_INFINITY, note: "x" })).points).toEqual([]);
  });
});
