import { describe, expect, it } from "vitest";
import { priceOutliers } from "@/lib/domain/import/price-outliers";
import type { ImportedHost, ImportedModel } from "@/lib/schemas/imported";

const host = (provider: string, input: number | null, output: number | null, lifecycle: ImportedHost["lifecycle"] = "available"): ImportedHost => ({
  provider, listingId: `x/${provider}`, file: `providers/${provider}/x.toml`, inputUsdPerMTok: input, outputUsdPerMTok: output,
  cachedInputUsdPerMTok: null, contextLength: null, maxOutputTokens: null, quantisation: null, lifecycle,
});
const model = (hosts: ImportedHost[]): ImportedModel => ({
  slug: "voxtral-small-24b", ref: { dataset: "models.dev", commit: "f".repeat(40), file: "models/x.toml" }, datasetId: "x/voxtral", hosts,
});

describe("priceOutliers", () => {
  it("reports a host priced far below the model's other hosts (a per-minute price read as per token)", () => {
    const out = priceOutliers([model([host("amazon-bedrock", 0.15, 0.35), host("scaleway", 0.15, 0.35), host("evroc", 0.0023, 0.0023)])]);
    expect(out).toEqual([expect.objectContaining({ slug: "voxtral-small-24b", provider: "evroc", file: "providers/evroc/x.toml" })]);
    expect(out[0]?.median).toBeCloseTo(0.2);
  });

  it("reports a host priced far above the others, and nothing when prices are merely spread", () => {
    expect(priceOutliers([model([host("a", 0.1, 0.3), host("b", 0.12, 0.3), host("c", 5, 5)])]).map((o) => o.provider)).toEqual(["c"]);
    expect(priceOutliers([model([host("a", 0.1, 0.3), host("b", 0.4, 0.9), host("c", 0.9, 1.5)])])).toEqual([]);
  });

  it("ignores free tiers, unpriced and retired listings, and models with too few other hosts to judge", () => {
    expect(priceOutliers([model([host("a", 0.1, 0.3), host("b", 0.12, 0.3), host("free", 0, 0), host("none", null, null), host("old", 0.001, 0.001, "retired")])])).toEqual([]);
    expect(priceOutliers([model([host("a", 0.1, 0.3), host("evroc", 0.0023, 0.0023)])])).toEqual([]);
  });
});
