import { describe, expect, it } from "vitest";
import { getModel } from "@/lib/db/get-model";
import { similarModels } from "@/lib/db/similar-models";

async function suggestionsFor(slug: string) {
  const model = await getModel(slug);
  if (!model) throw new Error(`${slug} is not in the test catalogue`);
  return { model, similar: await similarModels(model) };
}

describe("similar models (the model page's compare suggestions)", () => {
  it("suggests only image models for an image model, never a chat model", async () => {
    const { similar } = await suggestionsFor("stable-diffusion-v1-5");
    expect(similar.map((m) => m.slug)).toContain("stable-diffusion-2-1");
    expect(similar.every((m) => m.modality === "image")).toBe(true);
  });

  it("suggests closed chat models of the same era for an open text model", async () => {
    const { similar } = await suggestionsFor("llama-2-70b");
    const closed = similar.filter((m) => m.access === "closed");
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((m) => ["text", "code", "multimodal"].includes(m.modality))).toBe(true);
  });
});
