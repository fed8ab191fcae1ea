import { describe, expect, it } from "vitest";
import { compareHref } from "@/lib/domain/compare-href";
import { CALCULATOR_DEFAULTS, calculatorFieldSchemas, parseCompareQuery } from "@/lib/schemas/compare-query";

describe("parseCompareQuery", () => {
  it("reads the models in order, deduplicated and lower-cased", () => {
    expect(parseCompareQuery({ models: "llama-2-70b, GPT-4,llama-2-70b" }).slugs).toEqual(["llama-2-70b", "gpt-4"]);
  });
  it("keeps four models and reports the rest as over the limit", () => {
    const q = parseCompareQuery({ models: "a,b,c,d,e,f" });
    expect(q.slugs).toEqual(["a", "b", "c", "d"]);
    expect(q.overLimit).toEqual(["e", "f"]);
  });
  it("reports values that are not slugs instead of querying them", () => {
    const q = parseCompareQuery({ models: "gpt-4,<script>,a--b" });
    expect(q.slugs).toEqual(["gpt-4"]);
    expect(q.malformed).toEqual(["<script>", "a--b"]);
  });
  it("uses the stated defaults when the calculator is not in the URL", () => {
    const { calculator, issues } = parseCompareQuery(new URLSearchParams("models=gpt-4"));
    expect(calculator).toMatchObject({ inputMTokPerMonth: CALCULATOR_DEFAULTS.inputMTokPerMonth, bits: 16, gpus: null, tokensPerSecondPerGpu: null });
    expect(issues).toEqual([]);
  });
  it("round-trips valid assumptions", () => {
    const q = parseCompareQuery(new URLSearchParams("models=a,b&inM=12.5&outM=0&cachedShare=0.25&gpu=h100-80gb-aws&gpus=4&tps=800&util=75&bits=8&host=a&api=b&apiProvider=hostco"));
    expect(q.calculator).toEqual({
      inputMTokPerMonth: 12.5,
      outputMTokPerMonth: 0,
      cachedShare: 0.25,
      gpuId: "h100-80gb-aws",
      gpus: 4,
      tokensPerSecondPerGpu: 800,
      utilisationPercent: 75,
      bits: 8,
      selfHostSlug: "a",
      apiSlug: "b",
      apiProvider: "hostco",
    });
  });
  it("takes the cached share as a fraction from 0 to 1, naming the parameter when it is not", () => {
    expect(parseCompareQuery({ cachedShare: "0.5" }).calculator.cachedShare).toBe(0.5);
    const q = parseCompareQuery({ cachedShare: "50" });
    expect(q.calculator.cachedShare).toBe(CALCULATOR_DEFAULTS.cachedShare);
    expect(q.issues).toEqual([{ param: "cachedShare", message: "Share of input cached is a fraction from 0 to 1" }]);
  });
  it("replaces negative, non-numeric and absurd values with defaults and says why", () => {
    const q = parseCompareQuery({ inM: "-5", outM: "lots", util: "250", gpus: "0", bits: "3", tps: "1e9" });
    expect(q.calculator.inputMTokPerMonth).toBe(CALCULATOR_DEFAULTS.inputMTokPerMonth);
    expect(q.calculator.bits).toBe(16);
    expect(Object.fromEntries(q.issues.map((i) => [i.param, i.message]))).toEqual({
      inM: "Monthly input tokens cannot be negative",
      outM: "Monthly output tokens must be a number",
      util: "Utilisation is a percentage: at most 100",
      gpus: "GPUs must be at least 1",
      bits: "Precision must be 16, 8 or 4 bits",
      tps: "Throughput must be a number",
    });
  });
  it("refuses more than a trillion tokens a month", () => {
    expect(calculatorFieldSchemas.inM.safeParse("1000001").success).toBe(false);
    expect(calculatorFieldSchemas.inM.safeParse("1000000").success).toBe(true);
  });
});

describe("compareHref", () => {
  it("writes readable comma-separated slugs and keeps the calculator params", () => {
    expect(compareHref(["llama-2-70b", "gpt-4"], new URLSearchParams("models=x&outM=200"))).toBe("/compare?models=llama-2-70b,gpt-4&outM=200");
    expect(compareHref(["gpt-3.5-turbo"])).toBe("/compare?models=gpt-3.5-turbo");
  });
});
