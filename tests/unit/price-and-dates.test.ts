import { describe, expect, it } from "vitest";
import { blendedUsdPerMTok, cheapestCurrent, currentListings } from "@/lib/domain/price";
import { formatPartialDate, parsePartialDate, partialDateRange } from "@/lib/domain/dates";
import { sizeFromName } from "@/lib/domain/parameter-name";

describe("prices", () => {
  const history = [
    { provider: "openai", inputUsdPerMTok: 30, outputUsdPerMTok: 60, effectiveDate: "2023-03-14" },
    { provider: "openai", inputUsdPerMTok: 10, outputUsdPerMTok: 30, effectiveDate: "2023-11-06" },
    { provider: "azure", inputUsdPerMTok: 12, outputUsdPerMTok: 30, effectiveDate: "2023-12-01" },
  ];
  it("blends input and output 3:1", () => {
    expect(blendedUsdPerMTok(30, 60)).toBe(37.5);
  });
  it("takes each provider's newest listing as current", () => {
    expect(currentListings(history).map((p) => p.inputUsdPerMTok).sort()).toEqual([10, 12]);
  });
  it("finds the cheapest current listing, ignoring superseded prices", () => {
    expect(cheapestCurrent(history)?.provider).toBe("openai");
    expect(cheapestCurrent([])).toBeNull();
  });
  it("never takes a retired listing or a free tier as current or cheapest", () => {
    const withRetired = [...history, { provider: "old-host", inputUsdPerMTok: 1, outputUsdPerMTok: 1, effectiveDate: "2024-01-01", lifecycle: "retired" }];
    expect(currentListings(withRetired).map((p) => p.provider).sort()).toEqual(["azure", "openai"]);
    expect(cheapestCurrent(withRetired)?.provider).toBe("openai");
    const withFree = [...history, { provider: "free-host", inputUsdPerMTok: 0, outputUsdPerMTok: 0, effectiveDate: "2024-01-01" }];
    expect(currentListings(withFree)).toHaveLength(3);
    expect(cheapestCurrent(withFree)?.provider).toBe("openai");
  });
});

describe("partial dates", () => {
  it("keeps the published precision", () => {
    expect(parsePartialDate("2018").precision).toBe("year");
    expect(parsePartialDate("2023-05").precision).toBe("month");
    expect(formatPartialDate(parsePartialDate("2023-05").date, "month")).toBe("2023-05");
    expect(formatPartialDate(parsePartialDate("2023-07-18").date, "day")).toBe("2023-07-18");
  });
  it("turns a bound into the inclusive range it covers", () => {
    const { start, end } = partialDateRange("2023-02");
    expect(start.toISOString()).toBe("2023-02-01T00:00:00.000Z");
    expect(end.toISOString()).toBe("2023-02-28T23:59:59.999Z");
    expect(partialDateRange("2024").end.toISOString()).toBe("2024-12-31T23:59:59.999Z");
  });
});

describe("sizeFromName", () => {
  it("reads the advertised size", () => {
    expect(sizeFromName("Llama 2 70B")).toBe(70e9);
    expect(sizeFromName("MPT-7B-Instruct")).toBe(7e9);
    expect(sizeFromName("GPT-2 XL 1.5B")).toBe(1.5e9);
    expect(sizeFromName("BERT-Base 110M")).toBe(110e6);
  });
  it("ignores expert counts and names without a size", () => {
    expect(sizeFromName("Mixtral 8x7B")).toBeNull();
    expect(sizeFromName("GPT-4")).toBeNull();
    expect(sizeFromName("Claude 3.5 Sonnet")).toBeNull();
  });
});
