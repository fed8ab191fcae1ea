import { describe, expect, it } from "vitest";
import { closestModel } from "@/lib/db/closest-model";
import { getModel } from "@/lib/db/get-model";
import { closestModel as closestAmong } from "@/lib/domain/closest-model";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { FIXTURE_MODELS, fixtureModel } from "../fixtures/fixture-catalogue";
import { expectSome } from "../helpers/expect-every";

async function load(slug: string): Promise<ModelDetail> {
  const model = await getModel(slug);
  if (!model) throw new Error(`${slug} is not in the test catalogue`);
  return model;
}

/** A fixture model's score on a benchmark, as its file states it. */
function scoreOf(slug: string, benchmark: string): number {
  const found = fixtureModel(slug).benchmarks.find((b) => b.name === benchmark);
  if (!found) throw new Error(`${slug} has no ${benchmark} score in the fixture`);
  return found.score;
}

describe("closest model across the divide (the model page's quality line)", () => {
  it("names the open model nearest to a closed one on MMLU, both 5-shot", async () => {
    const pick = await closestModel(await load("gpt-4"));
    expect(pick).toEqual({
      slug: "acme-34b",
      name: fixtureModel("acme-34b").name,
      access: "open-source",
      benchmark: "MMLU",
      settingClass: "5-shot",
      score: scoreOf("acme-34b", "MMLU"),
      ownScore: scoreOf("gpt-4", "MMLU"),
    });
  });

  it("passes over a retired closed model for an open one, even when it is nearer", async () => {
    const llama = await load("llama-2-70b");
    const retired = fixtureModel("gpt-3.5-turbo");
    expect(retired.lifecycle?.value).toBe("retired");
    // The retired model is the nearest closed 5-shot score; the line must skip it.
    expect(Math.abs(scoreOf("gpt-3.5-turbo", "MMLU") - scoreOf("llama-2-70b", "MMLU"))).toBeLessThan(Math.abs(scoreOf("vendorly-code", "MMLU") - scoreOf("llama-2-70b", "MMLU")));
    expect(await closestModel(llama)).toMatchObject({ slug: "vendorly-code", access: "closed", benchmark: "MMLU", score: scoreOf("vendorly-code", "MMLU") });
  });

  it("falls back to GPQA Diamond when no open model shares the setting of its MMLU score", async () => {
    // GPT-4o's MMLU is 0-shot chain-of-thought; OpenGPT 20B's MMLU states no setting, so only GPQA compares.
    const pick = await closestModel(await load("gpt-4o"));
    expect(pick).toMatchObject({ slug: "opengpt-20b", benchmark: "GPQA Diamond", settingClass: "0-shot", score: scoreOf("opengpt-20b", "GPQA Diamond"), ownScore: scoreOf("gpt-4o", "GPQA Diamond") });
  });

  it("names nothing for a model with no comparable score", async () => {
    expect(await closestModel(await load("pixel-diffusion-1"))).toBeNull();
    expect(await closestModel(await load("canvas-3"))).toBeNull();
  });

  it("reads the same pick as judging every model in the catalogue, for every fixture model", async () => {
    const all = await Promise.all(FIXTURE_MODELS.map((m) => load(m.slug)));
    const picks = await Promise.all(all.map(async (m) => ({ slug: m.slug, read: await closestModel(m), judged: closestAmong(m, all) })));
    expectSome(picks, (p) => p.judged !== null, "fixture models with a closest model");
    for (const p of picks) expect(p.read, p.slug).toEqual(p.judged);
  });
});
