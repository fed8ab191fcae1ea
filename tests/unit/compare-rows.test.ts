import { describe, expect, it } from "vitest";
import { buildCompareGroups, markRow, cell, type CompareGroup } from "@/lib/domain/compare-rows";
import type { GpuOption } from "@/lib/domain/hardware";
import { closedModelFixture, modelDetailFixture, unknownFact } from "../fixtures/model-detail";

const GPUS: GpuOption[] = [{ id: "a100", name: "A100 80GB", memoryGb: 80, memoryBandwidthGbPerSecond: 2039, usdPerHour: 1.79, sourceUrl: "https://gpu.example/pricing", asOf: "2026-11-09" }];
const rowOf = (groups: CompareGroup[], id: string) => {
  const row = groups.flatMap((g) => g.rows).find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe("markRow", () => {
  const higher = { better: "higher", meaning: "more open" } as const;
  it("marks the best known value", () => {
    const r = markRow({ id: "x", label: "X", direction: higher, cells: [cell("1", {}, 1), cell("2", {}, 2)] });
    expect(r.cells.map((c) => c.better)).toEqual([false, true]);
    expect(r.differs).toBe(true);
  });
  it("never marks a known value better than an unknown one", () => {
    const r = markRow({ id: "x", label: "X", direction: higher, cells: [cell("1", {}, 1), cell(null)] });
    expect(r.cells.map((c) => c.better)).toEqual([false, false]);
    // Known against unknown decides nothing: not flagged as a difference either.
    expect(r.differs).toBe(false);
  });
  it("marks nothing when the known values tie, or the row has no direction", () => {
    expect(markRow({ id: "x", label: "X", direction: higher, cells: [cell("a", {}, 1), cell("a", {}, 1)] }).cells.map((c) => c.better)).toEqual([false, false]);
    expect(markRow({ id: "x", label: "X", cells: [cell("a", {}, 1), cell("b", {}, 2)] }).cells.map((c) => c.better)).toEqual([false, false]);
  });
  it("marks ties for best both", () => {
    const r = markRow({ id: "x", label: "X", direction: { better: "lower", meaning: "cheaper" }, cells: [cell("1", {}, 1), cell("1", {}, 1), cell("3", {}, 3)] });
    expect(r.cells.map((c) => c.better)).toEqual([true, true, false]);
  });
  it("does not mark when the row says its values are not comparable", () => {
    const r = markRow({ id: "x", label: "X", direction: higher, notComparable: "settings differ", cells: [cell("1", {}, 1), cell("2", {}, 2)] });
    expect(r.cells.map((c) => c.better)).toEqual([false, false]);
    expect(r.notMarkedBecause).toBe("settings differ");
  });
});

describe("buildCompareGroups", () => {
  const groups = buildCompareGroups([modelDetailFixture(), closedModelFixture()], GPUS);

  it("has the seven groups in order", () => {
    expect(groups.map((g) => g.id)).toEqual(["identity", "capabilities", "licence", "openness", "cost", "quality", "deployment"]);
  });
  it("lists every licence clause, marking fewer restrictions better and keeping the licence source", () => {
    const ids = groups.find((g) => g.id === "licence")?.rows.map((r) => r.id);
    expect(ids).toEqual(["licence", "osi", "commercial-use", "conditions", "use-restrictions", "output-training-ban", "attribution", "redistribution", "derivatives"]);
    const restrictions = rowOf(groups, "use-restrictions");
    expect(restrictions.cells.map((c) => c.better)).toEqual([true, false]);
    expect(restrictions.cells[1]?.values[0]?.sourceUrl).toBe("https://vendor.example/terms");
  });
  it("shows an unknown clause as unknown and marks neither side", () => {
    const attribution = rowOf(groups, "attribution");
    expect(attribution.cells[1]?.unknown).toBe(true);
    expect(attribution.cells.map((c) => c.better)).toEqual([false, false]);
  });
  it("marks the cheaper host but never a model with no listing, and lists every price with its source", () => {
    const cheapest = rowOf(groups, "cheapest-host");
    expect(cheapest.cells[0]?.unknown).toBe(true);
    expect(cheapest.cells.map((c) => c.better)).toEqual([false, false]);
    expect(rowOf(groups, "prices").cells[1]?.values[0]).toMatchObject({ sourceUrl: "https://vendor.example/pricing" });
  });
  it("marks the higher benchmark score when settings match, with the score's source", () => {
    const mmlu = rowOf(groups, "benchmark-mmlu");
    expect(mmlu.cells.map((c) => c.better)).toEqual([false, true]);
    expect(mmlu.cells[1]?.values[0]?.sourceUrl).toBe("https://vendor.example/report");
  });
  it("does not rank benchmark scores measured in different settings", () => {
    const zeroShot = closedModelFixture({ benchmarks: [{ name: "MMLU", setting: "0-shot", score: 90, publishedOn: "2024-01-01", sourceUrl: "https://x.example", sourceKey: null }] });
    const mmlu = rowOf(buildCompareGroups([modelDetailFixture(), zeroShot], GPUS), "benchmark-mmlu");
    expect(mmlu.cells.map((c) => c.better)).toEqual([false, false]);
    expect(mmlu.notMarkedBecause).toMatch(/different settings/);
  });
  it("shows undisclosed parameters as unknown with the reason, not as 0", () => {
    const closed = closedModelFixture({ facts: { ...closedModelFixture().facts, parameters: unknownFact("Undisclosed by Vendor.") } });
    const params = rowOf(buildCompareGroups([modelDetailFixture(), closed], GPUS), "parameters");
    expect(params.cells[1]).toMatchObject({ unknown: true, note: "Undisclosed by Vendor." });
    expect(params.cells[0]?.values[0]?.text).toBe("7B");
  });
  it("shows hardware fit at 16/8/4 bits for self-hostable models only", () => {
    const hw = rowOf(groups, "hardware");
    expect(hw.cells[0]?.values.map((v) => v.text)).toEqual(["16-bit: 17 GB → 1 GPU", "8-bit: 8.4 GB → 1 GPU", "4-bit: 4.2 GB → 1 GPU"]);
    expect(hw.cells[1]?.unknown).toBe(true);
  });
  it("flags only differences that change a decision: a better value, not merely other words", () => {
    expect(rowOf(groups, "modality").differs).toBe(false);
    expect(rowOf(groups, "weights").differs).toBe(true);
    const other = closedModelFixture({ organization: { slug: "other", name: "Other Labs" } });
    expect(rowOf(buildCompareGroups([modelDetailFixture(), other], GPUS), "organization").differs).toBe(false);
    expect(rowOf(groups, "licence").differs).toBe(false);
    expect(rowOf(groups, "openness-training-code").differs).toBe(false);
  });
  it("colours yes/no answers by what is good for the reader, not by the word", () => {
    // "Use restrictions: No" is good news; "Redistribution allowed: No" is not.
    expect(rowOf(groups, "use-restrictions").cells.map((c) => [c.values[0]?.text, c.tone])).toEqual([["No", "good"], ["Yes", "bad"]]);
    expect(rowOf(groups, "redistribution").cells.map((c) => [c.values[0]?.text, c.tone])).toEqual([["Yes", "good"], ["No", "bad"]]);
    expect(rowOf(groups, "attribution").cells[0]).toMatchObject({ tone: "mixed" });
  });
  it("shows capabilities with their sources, and lists facts no compared model has in one line", () => {
    const tools = modelDetailFixture({ capabilities: { toolCalling: true, reasoning: null, structuredOutput: false }, facts: { ...modelDetailFixture().facts, toolCalling: { sourceUrl: "https://example.org/tools", sourceTitle: "Docs", sourceKind: "primary", sourceKey: "card", asOf: "2026-01-01", unknownReason: null } } });
    const g = buildCompareGroups([tools, closedModelFixture({ capabilities: { toolCalling: false, reasoning: null, structuredOutput: null } })], GPUS);
    const row = rowOf(g, "tool-calling");
    expect(row.cells[0]).toMatchObject({ tone: "good", better: true, values: [{ text: "Yes", sourceUrl: "https://example.org/tools" }] });
    expect(row.cells[1]).toMatchObject({ tone: "bad", better: false });
    // Known against unknown: shown, never ranked.
    expect(rowOf(g, "structured-output").cells.map((c) => c.better)).toEqual([false, false]);
    expect(g.find((x) => x.id === "capabilities")?.unrecorded).toEqual(expect.arrayContaining(["Reasoning (thinks before answering)", "Knowledge cut-off"]));
    expect(() => rowOf(g, "reasoning")).toThrow();
  });
  it("ranks knowledge cut-offs by month, and refuses to rank a bare year against a month of it", () => {
    const at = (knowledgeCutoff: string) => modelDetailFixture({ knowledgeCutoff });
    expect(rowOf(buildCompareGroups([at("2023-04"), at("2023-12")], GPUS), "knowledge-cutoff").cells.map((c) => c.better)).toEqual([false, true]);
    const clash = rowOf(buildCompareGroups([at("2023"), at("2023-12")], GPUS), "knowledge-cutoff");
    expect(clash.cells.map((c) => c.better)).toEqual([false, false]);
    expect(clash.notMarkedBecause).toMatch(/year/);
  });
  it("keeps the openness evidence link on every graded component", () => {
    const row = rowOf(groups, "openness-training-code");
    expect(row.cells[0]?.values[0]?.sourceUrl).toBe("https://example.org/training-code");
  });
});
