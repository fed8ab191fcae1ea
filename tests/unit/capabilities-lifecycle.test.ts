import { describe, expect, it } from "vitest";
import { answer, capabilityBadges, formatCutoff } from "@/lib/domain/capabilities";
import { providerLifecycles, retirement } from "@/lib/domain/lifecycle";

const listing = (provider: string, effectiveDate: string, lifecycle: "available" | "deprecated" | "retired" | null = "available") => ({
  provider,
  providerName: provider.toUpperCase(),
  inputUsdPerMTok: 1,
  outputUsdPerMTok: 2,
  cachedInputUsdPerMTok: null,
  contextLength: null,
  maxOutputTokens: null,
  quantisation: null,
  lifecycle,
  effectiveDate,
  current: false,
  asOf: "2026-07-02",
  sourceUrl: "https://example.org/p",
  sourceKey: null,
  note: null,
});

describe("capabilities", () => {
  it("says unknown, never no, when the catalogue does not know", () => {
    expect([answer(true), answer(false), answer(null)]).toEqual(["yes", "no", "unknown"]);
    const badges = capabilityBadges({ capabilities: { toolCalling: null, reasoning: true, structuredOutput: false } });
    expect(badges.map((b) => [b.field, b.answer])).toEqual([["toolCalling", "unknown"], ["reasoning", "yes"], ["structuredOutput", "no"]]);
    expect(badges[1]?.note).toMatch(/switched off is not recorded/);
  });

  it("shows the knowledge cut-off to the month, and says when only the year is known", () => {
    expect(formatCutoff("2024-07")).toBe("July 2024");
    expect(formatCutoff("2023")).toBe("2023 (month not stated)");
    expect(formatCutoff(null)).toBeNull();
  });
});

describe("lifecycle", () => {
  it("dates a provider's retirement from its price history and lists deprecations", () => {
    const prices = [listing("a", "2024-01-01"), listing("a", "2025-02-01", "retired"), listing("b", "2024-01-01", "deprecated"), listing("c", "2024-01-01")];
    expect(providerLifecycles({ lifecycle: null, prices })).toEqual([
      { provider: "a", providerName: "A", status: "retired", since: "2025-02-01" },
      { provider: "b", providerName: "B", status: "deprecated", since: null },
    ]);
    expect(retirement({ lifecycle: null, prices })).toBeNull();
  });

  it("calls a model retired when its maker retired it or every provider did, never when unknown", () => {
    expect(retirement({ lifecycle: "retired", prices: [] })).toEqual({ by: "maker" });
    expect(retirement({ lifecycle: null, prices: [listing("a", "2024-01-01"), listing("a", "2025-01-01", "retired")] })).toEqual({ by: "every-provider" });
    expect(retirement({ lifecycle: null, prices: [] })).toBeNull();
    expect(retirement({ lifecycle: "deprecated", prices: [listing("a", "2024-01-01", null)] })).toBeNull();
  });
});
