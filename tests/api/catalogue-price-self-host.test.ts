// A price bound that can count self-hosting: priceIncludesSelfHost=true with
// mTokPerMonth takes the cheaper of the API's blended price and the default
// self-hosting estimate at that volume — computed with the calculator's own
// functions (lib/domain/break-even.ts), on the fixture catalogue.
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { defaultSelfHostEstimate, selfHostCostAtVolume } from "@/lib/domain/break-even";
import { GPU_OPTIONS } from "@/lib/db/gpu-options";
import { modelListSchema, type ModelSummary } from "@/lib/schemas/model-response";
import { FIXTURE_MODELS, fixtureModel } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";
import { expectEvery, expectSome } from "../helpers/expect-every";

async function list(query: string): Promise<ModelSummary[]> {
  const res = await callRoute(listGet, `/api/models?${query}${query ? "&" : ""}pageSize=100`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body).items;
}
const slugs = (items: ModelSummary[]) => items.map((m) => m.slug).sort();

/** The self-hosting price per 1M tokens at `mTok` million tokens a month, from the row's estimate. */
const selfHostPrice = (m: ModelSummary, mTok: number) => (m.selfHost ? selfHostCostAtVolume(mTok * 1e6, m.selfHost).usdPerMTok : null);
/** The price the filter uses: the cheaper known of the API's blended price and self-hosting. */
function effective(m: ModelSummary, mTok: number): number | null {
  const known = [m.price?.blendedUsdPerMTok ?? null, selfHostPrice(m, mTok)].filter((p): p is number => p !== null);
  return known.length ? Math.min(...known) : null;
}

describe("the self-hosting estimate on each row", () => {
  it("is the calculator's default estimate for self-hostable models of known size that generate tokens, and null otherwise", async () => {
    const rows = await list("");
    expect(rows).toHaveLength(FIXTURE_MODELS.length);
    for (const row of rows) {
      const m = fixtureModel(row.slug);
      const expected =
        m.selfHostable.value === true
          ? defaultSelfHostEstimate({ parameters: m.parameters.value, activeParameters: m.activeParameters?.value ?? null, modality: m.modality, architecture: m.architecture }, GPU_OPTIONS)
          : null;
      if (expected === null) expect(row.selfHost, row.slug).toBeNull();
      else expect(row.selfHost, row.slug).toMatchObject({ gpus: expected.assumptions.gpus, bits: expected.assumptions.bits, usdPerMTokAtCapacity: expected.usdPerMTok });
    }
    // Both kinds are in the fixture, so both branches ran.
    expect(rows.some((r) => r.selfHost !== null) && rows.some((r) => r.selfHost === null && r.selfHostable === true)).toBe(true);
  });
});

describe("priceIncludesSelfHost", () => {
  it("without it, a price bound drops every unpriced model", async () => {
    const items = await list("maxPrice=1");
    expectEvery(items, (m) => m.price !== null && m.price.blendedUsdPerMTok <= 1, "models under $1");
  });

  it.each([
    [1, 5],
    [1, 500],
    [0.3, 2000],
    [20, 50],
  ])("maxPrice=%s at %sM tokens a month keeps the models whose cheaper price is at most that", async (maxPrice, mTok) => {
    const all = await list("");
    const expected = all.filter((m) => { const p = effective(m, mTok); return p !== null && p <= maxPrice; });
    const got = await list(`maxPrice=${maxPrice}&priceIncludesSelfHost=true&mTokPerMonth=${mTok}`);
    expect(slugs(got)).toEqual(slugs(expected));
  });

  it("brings in self-hostable models with no API price once the volume makes self-hosting cheap enough", async () => {
    const all = await list("");
    const unpricedSelfHost = all.filter((m) => m.price === null && m.selfHost !== null);
    expect(unpricedSelfHost.length).toBeGreaterThan(0);
    const cheapest = Math.min(...unpricedSelfHost.map((m) => m.selfHost!.usdPerMTokAtCapacity));
    // At a volume past one server's capacity, the price per token is the marginal price: the bound lets them in.
    const got = slugs(await list(`maxPrice=${cheapest}&priceIncludesSelfHost=true&mTokPerMonth=1000000`));
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter((s) => unpricedSelfHost.some((m) => m.slug === s)).length).toBeGreaterThan(0);
    // At one token a month, one always-on server is far dearer than any API.
    expect(slugs(await list(`maxPrice=${cheapest}&priceIncludesSelfHost=true&mTokPerMonth=0.000001`))).toEqual(
      slugs(all.filter((m) => m.price !== null && m.price.blendedUsdPerMTok <= cheapest)),
    );
  });

  it.each([
    [1, 5],
    [0.5, 100_000],
  ])("minPrice=%s at %sM tokens keeps models whose cheaper known price is at least that", async (minPrice, mTok) => {
    const all = await list("");
    const expected = all.filter((m) => { const p = effective(m, mTok); return p !== null && p >= minPrice; });
    expect(slugs(await list(`minPrice=${minPrice}&priceIncludesSelfHost=true&mTokPerMonth=${mTok}`))).toEqual(slugs(expected));
  });

  it("needs a volume, and a volume needs it: each is a 400 naming itself", async () => {
    const issues = async (query: string) => {
      const res = await callRoute(listGet, `/api/models?${query}`);
      expect(res.status).toBe(400);
      return (res.body as { error: { issues: unknown[] } }).error.issues;
    };
    expect(await issues("maxPrice=1&priceIncludesSelfHost=true")).toEqual([{ param: "priceIncludesSelfHost", message: "needs mTokPerMonth" }]);
    expect(await issues("mTokPerMonth=50")).toEqual([{ param: "mTokPerMonth", message: "needs priceIncludesSelfHost=true" }]);
    expect(await issues("mTokPerMonth=50&priceIncludesSelfHost=false")).toEqual([{ param: "mTokPerMonth", message: "needs priceIncludesSelfHost=true" }]);
    expect(await issues("priceIncludesSelfHost=true&mTokPerMonth=-1")).toContainEqual({ param: "mTokPerMonth", message: "must be a non-negative number" });
  });
});

describe("priceOrSelfHostable", () => {
  const apiPrice = (m: ModelSummary) => m.price?.blendedUsdPerMTok ?? null;

  it("maxPrice=1 with it keeps the models under $1 and every self-hostable model, priced or not", async () => {
    const all = await list("");
    const expected = all.filter((m) => m.selfHostable === true || (apiPrice(m) !== null && apiPrice(m)! <= 1));
    const got = await list("maxPrice=1&priceOrSelfHostable=true");
    expect(slugs(got)).toEqual(slugs(expected));
    // The fixture has both halves of the "or": so neither half alone would pass.
    expectSome(got, (m) => m.selfHostable === true && (apiPrice(m) === null || apiPrice(m)! > 1), "self-hostable models over $1 or unpriced");
    expectSome(got, (m) => m.selfHostable !== true, "models kept by their price alone");
  });

  it("combines with the other filters (AND) and with a lower bound", async () => {
    const all = await list("commercialUse=yes");
    const expected = all.filter((m) => m.selfHostable === true || (apiPrice(m) !== null && apiPrice(m)! >= 2));
    expect(expected.length).toBeGreaterThan(0);
    expect(slugs(await list("commercialUse=yes&minPrice=2&priceOrSelfHostable=true"))).toEqual(slugs(expected));
  });

  it("changes nothing without a price bound, and false is the plain bound", async () => {
    expect(slugs(await list("priceOrSelfHostable=true"))).toEqual(slugs(await list("")));
    expect(slugs(await list("maxPrice=1&priceOrSelfHostable=false"))).toEqual(slugs(await list("maxPrice=1")));
  });

  it("refuses anything but true or false, naming the parameter", async () => {
    const res = await callRoute(listGet, "/api/models?maxPrice=1&priceOrSelfHostable=yes");
    expect(res.status).toBe(400);
    expect((res.body as { error: { issues: Array<{ param: string }> } }).error.issues).toContainEqual(expect.objectContaining({ param: "priceOrSelfHostable" }));
  });
});
