// The filters people ask with — use restrictions, commercial use, self-hosting,
// capabilities, inputs, knowledge cut-off, lifecycle — on /api/models, on the
// fixture catalogue, on the project's database. Expected rows come from the
// fixture records; an unknown fact never passes a filter that asks for it.
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { GET as statsGet } from "@/app/api/stats/route";
import type { ModelFile } from "@/lib/schemas/catalogue";
import { modelListSchema } from "@/lib/schemas/model-response";
import { fixtureLicence, fixtureSlugs, FIXTURE_MODELS } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";

async function slugs(query: string): Promise<string[]> {
  const res = await callRoute(listGet, `/api/models?${query}${query ? "&" : ""}pageSize=100`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body).items.map((m) => m.slug).sort();
}
async function issues(query: string): Promise<Array<{ param: string; message: string }>> {
  const res = await callRoute(listGet, `/api/models?${query}`);
  expect(res.status, res.text).toBe(400);
  return (res.body as { error: { issues: Array<{ param: string; message: string }> } }).error.issues;
}
const licenceOf = (m: ModelFile) => fixtureLicence(m.licence.value);
const inputs = (m: ModelFile) => m.inputModalities?.value ?? null;

describe("licence toggles: unknown terms never pass", () => {
  it("useRestrictions=false keeps licences that forbid no use; true those that do; unreviewed terms neither", async () => {
    const none = await slugs("useRestrictions=false");
    expect(none).toEqual(fixtureSlugs((m) => licenceOf(m).useRestrictions === false));
    expect(await slugs("useRestrictions=true")).toEqual(fixtureSlugs((m) => licenceOf(m).useRestrictions === true));
    // The model under a licence nobody has read is in neither answer.
    const unknown = fixtureSlugs((m) => licenceOf(m).useRestrictions === null);
    expect(unknown).toContain("mystery-8b");
    for (const slug of unknown) expect([...none, ...(await slugs("useRestrictions=true"))]).not.toContain(slug);
  });

  it("commercialUse=yes (no conditions) keeps use-restricted licences, which useRestrictions=false then removes", async () => {
    const noConditions = await slugs("commercialUse=yes");
    expect(noConditions).toEqual(fixtureSlugs((m) => licenceOf(m).commercialUse === "yes"));
    // A RAIL-style licence: commercial use with no conditions, but forbidden uses.
    expect(noConditions).toContain("pixel-diffusion-1");
    expect(await slugs("commercialUse=yes&useRestrictions=false")).toEqual(
      fixtureSlugs((m) => licenceOf(m).commercialUse === "yes" && licenceOf(m).useRestrictions === false),
    );
    expect(noConditions).not.toContain("mystery-8b");
  });

  it("selfHostable=true with no strings attached, under a price or not: the person's question as one query", async () => {
    expect(await slugs("selfHostable=true&commercialUse=yes&useRestrictions=false")).toEqual(
      fixtureSlugs((m) => m.selfHostable.value === true && licenceOf(m).commercialUse === "yes" && licenceOf(m).useRestrictions === false),
    );
  });

  it("is a 400 naming useRestrictions when it is not true or false, and works in aggregates", async () => {
    expect((await issues("useRestrictions=none")).map((i) => i.param)).toEqual(["useRestrictions"]);
    expect((await callRoute(statsGet, "/api/stats?useRestrictions=false")).status).toBe(200);
  });
});

describe("capabilities and inputs (all of the listed values)", () => {
  const has = (m: ModelFile, c: string): boolean => {
    const taken = inputs(m);
    switch (c) {
      case "tool-calling":
        return m.toolCalling?.value === true;
      case "reasoning":
        return m.reasoning?.value === true;
      case "structured-output":
        return m.structuredOutput?.value === true;
      case "vision":
        return taken?.includes("image") ?? false;
      case "audio":
        return taken?.includes("audio") ?? false;
      default:
        throw new Error(c);
    }
  };

  it.each(["tool-calling", "reasoning", "structured-output", "vision", "audio"])("capabilities=%s keeps only models known to have it", async (c) => {
    expect(await slugs(`capabilities=${c}`)).toEqual(fixtureSlugs((m) => has(m, c)));
  });

  it("several capabilities must all hold; an unknown one is not a yes", async () => {
    expect(await slugs("capabilities=tool-calling,reasoning")).toEqual(fixtureSlugs((m) => has(m, "tool-calling") && has(m, "reasoning")));
    // Vendorly Pro reasons, but whether it calls tools is unknown.
    expect(await slugs("capabilities=reasoning")).toContain("vendorly-pro");
    expect(await slugs("capabilities=tool-calling")).not.toContain("vendorly-pro");
    expect(await slugs("capabilities=structured-output")).not.toContain("opengpt-20b");
  });

  it("vision is image input: the same models as inputModalities=image", async () => {
    expect(await slugs("capabilities=vision")).toEqual(await slugs("inputModalities=image"));
  });

  it("inputModalities keeps models that take every listed input; unknown inputs match nothing", async () => {
    expect(await slugs("inputModalities=text")).toEqual(fixtureSlugs((m) => inputs(m)?.includes("text") ?? false));
    expect(await slugs("inputModalities=image,pdf")).toEqual(fixtureSlugs((m) => (inputs(m)?.includes("image") && inputs(m)?.includes("pdf")) ?? false));
    expect((await slugs("inputModalities=text")).length).toBeLessThan(FIXTURE_MODELS.length);
  });

  it("rejects an unknown capability or input, naming the parameter", async () => {
    expect((await issues("capabilities=toolCalling")).map((i) => i.param)).toEqual(["capabilities"]);
    expect((await issues("inputModalities=smell")).map((i) => i.param)).toEqual(["inputModalities"]);
    // The booleans they replace are gone: one concept, one name.
    expect((await issues("toolCalling=true")).map((i) => i.param)).toEqual(["toolCalling"]);
  });
});

describe("knowledgeFrom", () => {
  const cutoff = (m: ModelFile) => m.knowledgeCutoff?.value ?? null;
  /** A cut-off's first day: a year-only cut-off counts from January. */
  const start = (c: string) => (c.length === 4 ? `${c}-01` : c);

  it("keeps cut-offs on or after a month or a year; unknown cut-offs are excluded", async () => {
    expect(await slugs("knowledgeFrom=2023-10")).toEqual(fixtureSlugs((m) => cutoff(m) !== null && start(cutoff(m)!) >= "2023-10"));
    expect(await slugs("knowledgeFrom=2024")).toEqual(fixtureSlugs((m) => cutoff(m) !== null && start(cutoff(m)!) >= "2024-01"));
    // Known only to the year 2024: not known to reach March 2024.
    expect(await slugs("knowledgeFrom=2024-03")).not.toContain("vendorly-pro");
  });

  it.each(["2024-13", "May 2024", "2024-05-01", "24"])("knowledgeFrom=%s is a 400 saying the format", async (value) => {
    expect(await issues(`knowledgeFrom=${encodeURIComponent(value)}`)).toEqual([{ param: "knowledgeFrom", message: "must be YYYY or YYYY-MM" }]);
  });
});

describe("lifecycle", () => {
  const lifecycle = (m: ModelFile) => m.lifecycle?.value ?? null;

  it("the API applies no default: every model, retired ones too", async () => {
    expect(await slugs("")).toEqual(fixtureSlugs());
    expect(await slugs("")).toContain("gpt-3.5-turbo");
  });

  it("unknown matches models no source gives a lifecycle; the page's default hides only the retired", async () => {
    expect(await slugs("lifecycle=unknown")).toEqual(fixtureSlugs((m) => lifecycle(m) === null));
    expect(await slugs("lifecycle=retired")).toEqual(fixtureSlugs((m) => lifecycle(m) === "retired"));
    expect(await slugs("lifecycle=available,deprecated,unknown")).toEqual(fixtureSlugs((m) => lifecycle(m) !== "retired"));
    expect(await slugs("lifecycle=available,deprecated")).toEqual(fixtureSlugs((m) => lifecycle(m) === "available" || lifecycle(m) === "deprecated"));
  });
});

describe("bad bounds are refused with the API's message", () => {
  it("a price from 5 to 1 names minPrice", async () => {
    expect(await issues("minPrice=5&maxPrice=1")).toEqual([{ param: "minPrice", message: "must not be greater than maxPrice" }]);
  });
  it.each(["2024-13", "May 2024"])("a release date of %s names releasedFrom", async (value) => {
    expect(await issues(`releasedFrom=${encodeURIComponent(value)}`)).toEqual([{ param: "releasedFrom", message: "must be YYYY, YYYY-MM or YYYY-MM-DD" }]);
  });
});
