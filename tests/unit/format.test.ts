import { describe, expect, it } from "vitest";
import { formatParameters, formatTokens, formatUsd, formatUsdAmount, UNKNOWN } from "@/lib/domain/format";

describe("format", () => {
  it("writes parameter counts in human units", () => {
    expect(formatParameters(110e6)).toBe("110M");
    expect(formatParameters(6.7e9)).toBe("6.7B");
    expect(formatParameters(176e9)).toBe("176B");
    expect(formatParameters(11_846_072_320)).toBe("11.8B");
  });
  it("shows unknown as a dash, never as zero", () => {
    expect(formatParameters(null)).toBe(UNKNOWN);
    expect(formatUsd(null)).toBe(UNKNOWN);
    expect(formatTokens(null)).toBe(UNKNOWN);
  });
  it("writes prices and context lengths", () => {
    expect(formatUsd(30)).toBe("$30");
    expect(formatUsd(0.075)).toBe("$0.075");
    expect(formatTokens(131072)).toBe("128K");
    expect(formatTokens(8192)).toBe("8K");
    expect(formatTokens(1_048_576)).toBe("1M");
    expect(formatUsdAmount(5_576_000)).toBe("$5.58M");
  });
  it("rounds to three significant digits across unit boundaries", () => {
    expect(formatParameters(1.2e12)).toBe("1.2T");
    expect(formatParameters(999_999)).toBe("1M");
    expect(formatUsdAmount(200_000)).toBe("$200K");
    expect(formatTokens(1_500_000)).toBe("1.5M");
  });
});
