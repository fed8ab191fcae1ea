import { describe, expect, it } from "vitest";
import { getModel } from "@/lib/db/get-model";
import { similarModels } from "@/lib/db/similar-models";
import { fixtureModel } from "../fixtures/fixture-catalogue";
import { expectEvery, expectSome } from "../helpers/expect-every";

async function suggestionsFor(slug: string) {
  const model = await getModel(slug);
  if (!model) throw new Error(`${slug} is not in the test catalogue`);
  return { model, similar: await similarModels(model) };
}

describe("similar models (the model page's compare suggestions)", () => {
  it("suggests only image models for an image model, never a chat model", async () => {
    const { similar } = await suggestionsFor("pixel-diffusion-1");
    // Its family, and the closed image model across the divide.
    expect(similar.map((m) => m.slug).sort()).toEqual(["canvas-3", "pixel-diffusion-2"]);
    expectEvery(similar, (m) => m.modality === "image", "suggestions");
  });

  it("suggests closed chat models of the same era for an open text model", async () => {
    const { model, similar } = await suggestionsFor("llama-2-70b");
    expect(model.modality).toBe(fixtureModel("llama-2-70b").modality);
    const closed = similar.filter((m) => m.access === "closed");
    expectEvery(closed, (m) => ["text", "code", "multimodal"].includes(m.modality), "closed suggestions");
    expectSome(closed, (m) => m.slug === "gpt-4", "closed suggestions"); // released four months earlier
    expect(closed.map((m) => m.slug)).not.toContain("canvas-3");
  });
});
