import { describe, expect, it } from "vitest";
import { MAX_GPUS_PER_NODE, SERVING_OVERHEAD_FACTOR, gpusNeeded, hardwareFits, servingMemoryGb, weightsMemoryGb } from "@/lib/domain/hardware";

describe("weightsMemoryGb", () => {
  it("is parameters × bits ÷ 8 bytes, in GB", () => {
    expect(weightsMemoryGb(70e9, 16)).toBe(140);
    expect(weightsMemoryGb(70e9, 8)).toBe(70);
    expect(weightsMemoryGb(70e9, 4)).toBe(35);
  });
  it("is unknown (null), never 0, for an undisclosed size", () => {
    expect(weightsMemoryGb(null, 16)).toBeNull();
    expect(weightsMemoryGb(0, 16)).toBeNull();
    expect(weightsMemoryGb(Number.NaN, 16)).toBeNull();
  });
});

describe("servingMemoryGb and gpusNeeded", () => {
  it("adds the stated 20% overhead", () => {
    expect(SERVING_OVERHEAD_FACTOR).toBe(1.2);
    expect(servingMemoryGb(70e9, 16)).toBeCloseTo(168);
  });
  it("needs several GPUs for a model too large for one (Llama 2 70B at 16-bit on 80 GB: 3)", () => {
    expect(gpusNeeded(70e9, 16, 80)).toBe(3);
    expect(gpusNeeded(70e9, 4, 80)).toBe(1);
  });
  it("needs at least one GPU, even for a tiny model", () => {
    expect(gpusNeeded(60e6, 4, 80)).toBe(1);
  });
  it("is null for an unknown size or a GPU without memory", () => {
    expect(gpusNeeded(null, 16, 80)).toBeNull();
    expect(gpusNeeded(7e9, 16, 0)).toBeNull();
  });
});

describe("hardwareFits", () => {
  it("lists each precision and flags what does not fit one 8-GPU server", () => {
    const fits = hardwareFits(405e9, 80);
    expect(fits.map((f) => [f.bits, f.gpus, f.fitsOneNode])).toEqual([
      [16, 13, false],
      [8, 7, true],
      [4, 4, true],
    ]);
    expect(MAX_GPUS_PER_NODE).toBe(8);
  });
  it("is empty when the size is unknown", () => {
    expect(hardwareFits(null, 80)).toEqual([]);
  });
});
