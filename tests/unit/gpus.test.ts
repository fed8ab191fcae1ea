import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GPU_OPTIONS } from "@/lib/db/gpu-options";
import { gpusFileSchema } from "@/lib/schemas/gpu";

const file = path.resolve(import.meta.dirname, "../../prisma/catalogue/gpus.json");

describe("prisma/catalogue/gpus.json", () => {
  it("passes the strict GPU schema: sourced, dated, positive prices", () => {
    const result = gpusFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
  it("holds 3–6 options, each with an https source and a read date not in the future", () => {
    expect(GPU_OPTIONS.length).toBeGreaterThanOrEqual(3);
    expect(GPU_OPTIONS.length).toBeLessThanOrEqual(6);
    const today = new Date().toISOString().slice(0, 10);
    for (const g of GPU_OPTIONS) {
      expect(g.sourceUrl).toMatch(/^https:\/\//);
      expect(g.asOf <= today).toBe(true);
    }
  });
  it("rejects an unsourced, unknown-key or negative-price entry", () => {
    const good = GPU_OPTIONS[0];
    expect(gpusFileSchema.safeParse({ gpus: [{ ...good, sourceUrl: undefined }] }).success).toBe(false);
    expect(gpusFileSchema.safeParse({ gpus: [{ ...good, usdPerHour: -1 }] }).success).toBe(false);
    expect(gpusFileSchema.safeParse({ gpus: [{ ...good, vramGb: 80 }] }).success).toBe(false);
    expect(gpusFileSchema.safeParse({ gpus: [good, good] }).success).toBe(false);
  });
});
