import { describe, expect, it } from "vitest";
import { modelLead, type LeadFacts } from "@/lib/domain/model-lead";

const price = (provider: string, input: number, output: number, effectiveDate = "2024-01-01") => ({ provider, inputUsdPerMTok: input, outputUsdPerMTok: output, effectiveDate });
const base: LeadFacts = {
  access: "open-weights",
  organizationName: "Meta",
  licence: { name: "Llama 2 Community License", commercialUse: "conditional", useRestrictions: true },
  licenceHistory: [],
  prices: [],
};

describe("modelLead", () => {
  it("says what open weights allow and the licence's commercial answer", () => {
    expect(modelLead(base)).toBe("You can download the weights and run them yourself; commercial use only under conditions (Llama 2 Community License).");
    const rail = { ...base, licence: { name: "OpenRAIL-M", commercialUse: "yes" as const, useRestrictions: true } };
    expect(modelLead(rail)).toBe("You can download the weights and run them yourself; commercial use is allowed, but some uses are forbidden (OpenRAIL-M).");
  });
  it("says since when the current licence applies (the end of the last earlier one)", () => {
    const falcon = { ...base, access: "open-source" as const, licence: { name: "Apache License 2.0", commercialUse: "yes" as const, useRestrictions: false }, licenceHistory: [{ to: "2023-05-31" }, { to: "2023-05-20" }] };
    expect(modelLead(falcon)).toBe("Download it and use it for any purpose, commercially too, under the Apache License 2.0 since 2023-05-31.");
  });
  it("names the cheapest current paid listing, ignoring free tiers and superseded prices", () => {
    const prices = [price("a", 0, 0), price("b", 2, 2, "2023-01-01"), price("b", 0.9, 0.9, "2024-06-01"), price("c", 1.2, 1.2)];
    expect(modelLead({ ...base, access: "closed", organizationName: "OpenAI", prices })).toBe(
      "Only through OpenAI’s service or its resellers: the weights are not released. From $0.9 per 1M input tokens.",
    );
  });
  it("keeps unreviewed terms unknown rather than yes or no", () => {
    expect(modelLead({ ...base, licence: { name: "Unreviewed open-weights licence", commercialUse: null, useRestrictions: null } })).toContain("its licence terms are not reviewed yet");
  });
  it("says first that a model is deprecated, and nothing extra when it is available or retired (retired has its own notice)", () => {
    expect(modelLead({ ...base, access: "closed", organizationName: "Anthropic", lifecycle: "deprecated" })).toBe(
      "Deprecated: its maker has announced its retirement. Only through Anthropic’s service or its resellers: the weights are not released.",
    );
    for (const lifecycle of ["available", "retired", null] as const) expect(modelLead({ ...base, lifecycle })).toBe(modelLead(base));
  });
});
