import { describe, expect, it } from "vitest";
import { computeOpennessScore } from "@/lib/domain/openness-score";

describe("computeOpennessScore", () => {
  it("scores open 1, partial 0.5 and closed 0 as a percentage", () => {
    expect(computeOpennessScore(["open", "partial", "closed", "closed"])).toBe(37.5);
  });
  it("leaves not-applicable components out of the denominator", () => {
    expect(computeOpennessScore(["open", "na", "na", "closed"])).toBe(50);
  });
  it("gives 100 for all open and 0 for all closed", () => {
    expect(computeOpennessScore(Array(12).fill("open"))).toBe(100);
    expect(computeOpennessScore(Array(12).fill("closed"))).toBe(0);
  });
  it("returns null, not 0, when nothing applies", () => {
    expect(computeOpennessScore(["na", "na"])).toBeNull();
    expect(computeOpennessScore([])).toBeNull();
  });
  it("rounds to one decimal", () => {
    expect(computeOpennessScore(["open", "closed", "closed"])).toBe(33.3);
  });
});
