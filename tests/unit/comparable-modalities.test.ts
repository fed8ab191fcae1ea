import { describe, expect, it } from "vitest";
import { comparableModalities } from "@/lib/domain/comparable-modalities";
import { MODALITIES } from "@/lib/schemas/vocabulary";

describe("comparableModalities", () => {
  it("keeps image generators among image generators", () => {
    expect(comparableModalities("image")).toEqual(["image"]);
  });
  it("lets a text model be compared with code and multimodal chat models", () => {
    expect(comparableModalities("text")).toEqual(expect.arrayContaining(["text", "code", "multimodal"]));
    expect(comparableModalities("text")).not.toContain("image");
  });
  it("covers every modality of the catalogue, each comparable with itself", () => {
    for (const m of MODALITIES) expect(comparableModalities(m)).toContain(m);
  });
});
