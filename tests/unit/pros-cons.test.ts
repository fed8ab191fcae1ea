import { describe, expect, it } from "vitest";
import type { GpuOption } from "@/lib/domain/hardware";
import { PROS_CONS_DIMENSIONS } from "@/lib/schemas/vocabulary";
import { PROS_CONS_EXPLANATIONS, logScaleScore, scoreProsCons } from "@/lib/domain/pros-cons";
import { prosConsRadar } from "@/lib/domain/pros-cons-chart";
import { closedModelFixture, modelDetailFixture } from "../fixtures/model-detail";

const GPUS: GpuOption[] = [{ id: "a100", name: "A100 80GB", memoryGb: 80, memoryBandwidthGbPerSecond: 2039, usdPerHour: 1.79 }];
const open = modelDetailFixture();
const closed = closedModelFixture();

describe("the dimensions", () => {
  it("are the article's nine, in order, each explained", () => {
    expect(PROS_CONS_DIMENSIONS).toEqual(["cost", "control", "data-security", "transparency", "latency", "access", "expertise", "performance", "misuse-risk"]);
    for (const d of PROS_CONS_DIMENSIONS) expect(PROS_CONS_EXPLANATIONS[d].howScored.length).toBeGreaterThan(40);
    expect(PROS_CONS_DIMENSIONS.filter((d) => PROS_CONS_EXPLANATIONS[d].side === "con")).toEqual(["expertise", "performance", "misuse-risk"]);
  });
  it("score every dimension 0–100 or null, with a basis, for a ModelDetail passed as is", () => {
    for (const m of [open, closed]) {
      const s = scoreProsCons(m, { gpus: GPUS });
      for (const d of PROS_CONS_DIMENSIONS) {
        const v = s[d].score;
        if (v !== null) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
        expect(s[d].basis.length).toBeGreaterThan(10);
      }
    }
  });
});

describe("cost", () => {
  it("is on a log scale between $0.05 (100) and $50 (0) per 1M tokens", () => {
    expect(logScaleScore(0.05, 0.05, 50)).toBe(100);
    expect(logScaleScore(50, 0.05, 50)).toBe(0);
    expect(logScaleScore(1.58, 0.05, 50)).toBe(50);
    expect(logScaleScore(500, 0.05, 50)).toBe(0);
  });
  it("uses the API price for a closed model (GPT-4-like $37.5 blended → 4)", () => {
    expect(scoreProsCons(closed).cost.score).toBe(4);
  });
  it("uses the self-hosting estimate for an open model only when given the GPU table", () => {
    expect(scoreProsCons(open).cost.score).toBeNull();
    expect(scoreProsCons(open, { gpus: GPUS }).cost.score).toBeGreaterThan(80);
  });
});

describe("control", () => {
  it("counts weights access and each licence clause", () => {
    expect(scoreProsCons(open).control.score).toBe(100);
    expect(scoreProsCons(closed).control.score).toBe(12);
  });
  it("leaves unknown clauses out instead of counting them against", () => {
    const unknown = modelDetailFixture({ licence: { ...open.licence, derivativesAllowed: null, redistributionAllowed: null } });
    const s = scoreProsCons(unknown).control;
    expect(s.score).toBe(100);
    expect(s.basis).toMatch(/unknown: derivatives allowed, redistribution allowed/);
  });
});

describe("data security", () => {
  it("is 100 on your own hardware; 40 or 10 by the provider's training policy", () => {
    expect(scoreProsCons(open)["data-security"].score).toBe(100);
    expect(scoreProsCons(closed)["data-security"].score).toBe(40);
    expect(scoreProsCons(closedModelFixture({ trainsOnPromptsByDefault: true }))["data-security"].score).toBe(10);
  });
  it("is unknown when the training policy is unknown", () => {
    expect(scoreProsCons(closedModelFixture({ trainsOnPromptsByDefault: null }))["data-security"].score).toBeNull();
  });
});

describe("transparency", () => {
  it("is the openness score, and unknown without one", () => {
    expect(scoreProsCons(open).transparency.score).toBe(50);
    expect(scoreProsCons(modelDetailFixture({ opennessScore: null })).transparency.score).toBeNull();
  });
});

describe("latency", () => {
  it("favours smaller self-hosted models on a log scale (1B = 100, 1T = 0)", () => {
    expect(scoreProsCons(modelDetailFixture({ parameters: 1e9 })).latency.score).toBe(100);
    expect(scoreProsCons(modelDetailFixture({ parameters: 70e9 })).latency.score).toBe(38);
    expect(scoreProsCons(modelDetailFixture({ parameters: 46.7e9, activeParameters: 12.9e9 })).latency.score).toBe(63);
  });
  it("has no data for API-only models or unknown sizes", () => {
    expect(scoreProsCons(closed).latency.score).toBeNull();
    expect(scoreProsCons(modelDetailFixture({ parameters: null })).latency.score).toBeNull();
  });
});

describe("access for everyone", () => {
  it("adds open weights, commercial use and an API", () => {
    expect(scoreProsCons(open).access.score).toBe(80);
    expect(scoreProsCons(closed).access.score).toBe(40);
    expect(scoreProsCons(modelDetailFixture({ weightsAccess: "gated", licence: { ...open.licence, commercialUse: "conditional" } })).access.score).toBe(55);
  });
});

describe("expertise needed (higher = less needed)", () => {
  it("is 100 with a managed API and lower the more hardware self-hosting takes", () => {
    expect(scoreProsCons(closed).expertise.score).toBe(100);
    expect(scoreProsCons(modelDetailFixture({ parameters: 7e9 })).expertise.score).toBe(50);
    expect(scoreProsCons(modelDetailFixture({ parameters: 30e9 })).expertise.score).toBe(35);
    expect(scoreProsCons(modelDetailFixture({ parameters: 70e9 })).expertise.score).toBe(20);
    expect(scoreProsCons(modelDetailFixture({ parameters: null })).expertise.score).toBeNull();
  });
});

describe("performance", () => {
  it("rescales MMLU so chance (25%) is 0", () => {
    expect(scoreProsCons(closed).performance.score).toBe(82);
    expect(scoreProsCons(modelDetailFixture({ mmlu: 25 })).performance.score).toBe(0);
    expect(scoreProsCons(closed).performance.basis).toMatch(/5-shot/);
  });
  it("has no data without MMLU", () => {
    expect(scoreProsCons(modelDetailFixture({ mmlu: null })).performance.score).toBeNull();
  });
});

describe("misuse risk (higher = lower risk)", () => {
  it("is highest for unreleased weights, then gated, then open; use restrictions add 10", () => {
    expect(scoreProsCons(closed)["misuse-risk"].score).toBe(90);
    expect(scoreProsCons(open)["misuse-risk"].score).toBe(30);
    expect(scoreProsCons(modelDetailFixture({ weightsAccess: "gated", licence: { ...open.licence, useRestrictions: true } }))["misuse-risk"].score).toBe(60);
  });
  it("is unknown for downloadable weights with unknown restrictions", () => {
    expect(scoreProsCons(modelDetailFixture({ licence: { ...open.licence, useRestrictions: null } }))["misuse-risk"].score).toBeNull();
  });
});

describe("prosConsRadar", () => {
  it("puts each model's score under m0…, and lists the models with no data per dimension", () => {
    const { rows, noData } = prosConsRadar([
      { name: "Open", scores: scoreProsCons(open, { gpus: GPUS }) },
      { name: "Closed", scores: scoreProsCons(closed, { gpus: GPUS }) },
    ]);
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.dimension === "transparency")).toMatchObject({ m0: 50, m1: 8 });
    expect(rows.find((r) => r.dimension === "latency")?.m1).toBeNull();
    expect(noData).toContainEqual({ dimension: "latency", label: "Latency", modelNames: ["Closed"] });
    expect(rows.find((r) => r.dimension === "expertise")?.axisLabel).toMatch(/\(con\)/);
  });
});
