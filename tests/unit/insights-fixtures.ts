// Small models for the insights aggregation tests: the facts the charts
// read, with sensible defaults (an open-source 7B model with an MMLU score).
import type { ProsConsInput } from "@/lib/domain/pros-cons";
import type { InsightModel } from "@/lib/domain/insights/insight-model";

export type TestModel = InsightModel & ProsConsInput;

export function insightModel(overrides: Partial<TestModel> = {}): TestModel {
  return {
    slug: "acme-7b",
    name: "Acme 7B",
    access: "open-source",
    releaseDate: "2024-01-02",
    releaseDatePrecision: "day",
    parameters: 7e9,
    activeParameters: null,
    weightsAccess: "open",
    selfHostable: true,
    trainsOnPromptsByDefault: null,
    opennessScore: 80,
    price: null,
    prices: [],
    hostCount: 0,
    mmlu: 60,
    licence: {
      slug: "apache-2-0",
      name: "Apache License 2.0",
      category: "permissive",
      commercialUse: "yes",
      useRestrictions: false,
      outputTrainingBan: false,
      redistributionAllowed: true,
      derivativesAllowed: true,
    },
    openness: { score: 80, components: [{ component: "licence", grade: "open", evidenceUrl: "https://example.org/acme/licence", note: null }] },
    benchmarks: [{ name: "MMLU", setting: "5-shot", score: 60, publishedOn: "2024-01-02", sourceUrl: "https://example.org/acme" }],
    ...overrides,
  };
}

/** A closed API model: weights not released, a listed price, size undisclosed. */
export function closedModel(overrides: Partial<TestModel> = {}): TestModel {
  return insightModel({
    slug: "vendor-pro",
    name: "Vendor Pro",
    access: "closed",
    weightsAccess: "none",
    selfHostable: false,
    trainsOnPromptsByDefault: false,
    parameters: null,
    opennessScore: 5,
    openness: { score: 5, components: [{ component: "licence", grade: "closed", evidenceUrl: "https://example.org/vendor/terms", note: null }] },
    price: { blendedUsdPerMTok: 5 },
    prices: [{ provider: "vendor", inputUsdPerMTok: 4, outputUsdPerMTok: 8, effectiveDate: "2023-06-01" }],
    hostCount: 1,
    mmlu: 85,
    licence: { slug: "vendor-terms", name: "Vendor terms", category: "proprietary", commercialUse: "yes", useRestrictions: true, outputTrainingBan: true, redistributionAllowed: false, derivativesAllowed: false },
    benchmarks: [{ name: "MMLU", setting: "5-shot", score: 85, publishedOn: "2023-06-01", sourceUrl: "https://example.org/vendor" }],
    ...overrides,
  });
}
