import { describe, expect, it } from "vitest";
import { licenceLandscape } from "@/lib/domain/insights/licence-landscape";
import { COMMERCIAL_USE, LICENCE_CATEGORIES } from "@/lib/schemas/catalogue";
import { closedModel, insightModel } from "./insights-fixtures";

const llama = insightModel({
  access: "open-weights",
  licence: { slug: "llama-2-community", name: "Llama 2", category: "custom-open-weights", commercialUse: "conditional", useRestrictions: true, outputTrainingBan: true, redistributionAllowed: true, derivativesAllowed: true },
});

describe("licenceLandscape", () => {
  it("counts models per licence category and commercial-use answer, split by access class", () => {
    const l = licenceLandscape([insightModel(), insightModel(), llama, closedModel()], LICENCE_CATEGORIES, COMMERCIAL_USE);
    expect(l.byCategory).toEqual([
      { key: "permissive", label: "Permissive open source", total: 2, "open-source": 2, "open-weights": 0, closed: 0 },
      { key: "custom-open-weights", label: "Custom open-weights", total: 1, "open-source": 0, "open-weights": 1, closed: 0 },
      { key: "proprietary", label: "Proprietary terms", total: 1, "open-source": 0, "open-weights": 0, closed: 1 },
    ]);
    expect(l.byCommercialUse.map((b) => [b.key, b.total])).toEqual([
      ["yes", 3],
      ["conditional", 1],
    ]);
  });

  it("leaves out empty groups and returns nothing for no models", () => {
    expect(licenceLandscape([], LICENCE_CATEGORIES, COMMERCIAL_USE)).toEqual({ byCategory: [], byCommercialUse: [] });
  });

  it("counts a value outside the vocabulary as unknown instead of dropping it", () => {
    const odd = insightModel({ licence: { ...insightModel().licence, category: "mystery" as never } });
    const l = licenceLandscape([odd], LICENCE_CATEGORIES, COMMERCIAL_USE);
    expect(l.byCategory).toEqual([{ key: "unknown", label: "Unknown", total: 1, "open-source": 1, "open-weights": 0, closed: 0 }]);
  });
});
