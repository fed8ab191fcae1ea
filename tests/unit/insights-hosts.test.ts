import { describe, expect, it } from "vitest";
import { hostsPerModel, TOP_HOSTED } from "@/lib/domain/insights/hosts-per-model";
import { closedModel, insightModel } from "./insights-fixtures";

describe("hostsPerModel", () => {
  it("ranks open models by how many providers serve them now, and summarises each side", () => {
    const h = hostsPerModel([
      insightModel({ slug: "a", name: "A", hostCount: 3 }),
      insightModel({ slug: "b", name: "B", access: "open-weights", hostCount: 9 }),
      insightModel({ slug: "c", name: "C", hostCount: 0 }),
      closedModel({ slug: "x", hostCount: 2 }),
    ]);
    expect(h.top.map((b) => [b.slug, b.hosts])).toEqual([["b", 9], ["a", 3]]);
    expect(h.open.map((b) => b.slug)).toEqual(["b", "a", "c"]);
    expect(h.summary.open).toEqual({ models: 3, unserved: 1, median: 3 });
    expect(h.summary.closed).toEqual({ models: 1, unserved: 0, median: 2 });
  });

  it("draws at most the top few bars, and no median for an empty side", () => {
    const many = Array.from({ length: TOP_HOSTED + 5 }, (_, i) => insightModel({ slug: `m${i}`, name: `M${i}`, hostCount: i + 1 }));
    const h = hostsPerModel(many);
    expect(h.top).toHaveLength(TOP_HOSTED);
    expect(h.top[0]?.hosts).toBe(TOP_HOSTED + 5);
    expect(h.open).toHaveLength(TOP_HOSTED + 5);
    expect(h.summary.closed).toEqual({ models: 0, unserved: 0, median: null });
  });
});
