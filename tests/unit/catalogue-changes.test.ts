import { describe, expect, it } from "vitest";
import { diffCatalogues, pricesByProvider, type ModelSnapshot } from "@/lib/domain/catalogue-changes";

const model = (overrides: Partial<ModelSnapshot> = {}): ModelSnapshot => ({
  slug: "acme-7b",
  name: "Acme 7B",
  organizationSlug: "acme",
  licenceSlug: "apache-2-0",
  licenceName: "Apache License 2.0",
  access: "open-source",
  lifecycle: "available",
  opennessScore: 75,
  grades: { "model-weights": "open", "training-code": "partial" },
  prices: { hostco: { providerName: "Hostco", inputUsdPerMTok: 0.2, outputUsdPerMTok: 0.6 } },
  ...overrides,
});

describe("diffCatalogues", () => {
  it("no previous load: one catalogue-created record, not one per model", () => {
    const records = diffCatalogues(null, [model(), model({ slug: "b" })]);
    expect(records).toEqual([expect.objectContaining({ kind: "catalogue-created", after: 2, modelSlug: null })]);
  });

  it("the same catalogue again: nothing", () => {
    expect(diffCatalogues([model()], [model()])).toEqual([]);
  });

  it("added and removed models, with the added model's identity source", () => {
    const source = { url: "https://acme.example/card", title: "Model card" };
    const records = diffCatalogues([model({ slug: "old", name: "Old" })], [model({ slug: "new", name: "New", sources: { identity: source } })]);
    expect(records.map((r) => [r.kind, r.modelSlug, r.source])).toEqual([
      ["model-added", "new", source],
      ["model-removed", "old", null],
    ]);
  });

  it("a price change per provider, old → new; a new listing and a withdrawn one", () => {
    const before = model({ prices: { hostco: { providerName: "Hostco", inputUsdPerMTok: 0.2, outputUsdPerMTok: 0.6 }, gone: { providerName: "Gone Inc", inputUsdPerMTok: 1, outputUsdPerMTok: 2 } } });
    const after = model({ prices: { hostco: { providerName: "Hostco", inputUsdPerMTok: 0.15, outputUsdPerMTok: 0.6 }, newco: { providerName: "Newco", inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.3 } } });
    const records = diffCatalogues([before], [after]);
    expect(records.map((r) => [r.kind, r.provider, r.before, r.after])).toEqual([
      ["price-changed", "gone", { inputUsdPerMTok: 1, outputUsdPerMTok: 2 }, null],
      ["price-changed", "hostco", { inputUsdPerMTok: 0.2, outputUsdPerMTok: 0.6 }, { inputUsdPerMTok: 0.15, outputUsdPerMTok: 0.6 }],
      ["price-changed", "newco", null, { inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.3 }],
    ]);
    expect(records[0]?.summary).toBe("Acme 7B: no longer listed by Gone Inc (was $1 in / $2 out per 1M tokens)");
    expect(records[2]?.summary).toBe("Acme 7B: now listed by Newco at $0.1 in / $0.3 out per 1M tokens");
  });

  it("retired, relicensed, re-classed and re-graded, each with the source of the new fact", () => {
    const licence = { url: "https://acme.example/licence", title: "Licence" };
    const after = model({
      lifecycle: "retired",
      licenceSlug: "acme-rail",
      licenceName: "Acme RAIL",
      access: "open-weights",
      opennessScore: 70,
      grades: { "model-weights": "open", "training-code": "closed" },
      sources: { licence, lifecycle: { url: "https://acme.example/retired", title: null }, gradeEvidence: { "training-code": "https://acme.example/code" } },
    });
    const records = diffCatalogues([model()], [after]);
    expect(records.map((r) => [r.kind, r.before, r.after, r.source?.url])).toEqual([
      ["model-retired", "available", "retired", "https://acme.example/retired"],
      ["licence-changed", "apache-2-0", "acme-rail", licence.url],
      ["access-changed", "open-source", "open-weights", licence.url],
      ["openness-regraded", 75, 70, "https://acme.example/code"],
    ]);
    expect(records[3]?.summary).toBe("Acme 7B: openness 75 → 70 (training-code partial → closed)");
  });

  it("an unretired or still-retired model is no retirement", () => {
    expect(diffCatalogues([model({ lifecycle: "retired" })], [model({ lifecycle: "retired" })])).toEqual([]);
    expect(diffCatalogues([model({ lifecycle: "retired" })], [model({ lifecycle: "available" })])).toEqual([]);
  });
});

describe("pricesByProvider", () => {
  it("keeps each provider's cheapest current listing", () => {
    const prices = pricesByProvider([
      { provider: "h", providerName: "H", inputUsdPerMTok: 1, outputUsdPerMTok: 1 },
      { provider: "h", providerName: "H", inputUsdPerMTok: 0.5, outputUsdPerMTok: 2 },
      { provider: "k", inputUsdPerMTok: 3, outputUsdPerMTok: 3 },
    ]);
    expect(prices).toEqual({ h: { providerName: "H", inputUsdPerMTok: 0.5, outputUsdPerMTok: 2 }, k: { providerName: "k", inputUsdPerMTok: 3, outputUsdPerMTok: 3 } });
  });
});
