// The change feed: catalogue A, then A again (nothing), then B with one
// added model, one price change, one licence change and one retired model;
// GET /api/changes lists exactly those, pages and filters them, and
// /feed.xml parses back as Atom with the same entries.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { GET as changesGet } from "@/app/api/changes/route";
import { GET as feedGet } from "@/app/feed.xml/route";
import { GET as openapiGet } from "@/app/api/openapi.json/route";
import { loadCatalogue } from "@/lib/db/load-catalogue";
import { createPrismaClient } from "@/lib/db/prisma";
import type { Catalogue } from "@/lib/domain/validate-catalogue";
import { changeListSchema, type Change } from "@/lib/schemas/change-response";
import { applyMigrations } from "@/prisma/migrate/operations";
import { catalogueFixture, known, licenceFixture, modelFixture, organizationFixture, priceFixture } from "../fixtures/catalogue";
import { callRoute } from "../helpers/call-route";
import { useDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;

const ORGS = [organizationFixture(), organizationFixture({ slug: "zenith", name: "Zenith Labs", url: "https://zenith.example", sourceUrl: "https://zenith.example/about" })];
const LICENCES = [licenceFixture(), licenceFixture({ slug: "mit", name: "MIT License", spdxId: "MIT", url: "https://opensource.org/license/mit" })];
const PROVIDERS = [{ slug: "acme-cloud", name: "Acme Cloud", url: "https://cloud.acme.example", kind: "host" as const }];

const stable = modelFixture({ slug: "acme-1b", name: "Acme 1B", parameters: known(1e9), prices: [priceFixture(0.1, 0.2)] });
const priced = modelFixture({ slug: "acme-7b", name: "Acme 7B", prices: [priceFixture(0.5, 1.5)] });
const relicensed = modelFixture({ slug: "zenith-13b", name: "Zenith 13B", organization: "zenith", parameters: known(13e9) });
const retiring = modelFixture({ slug: "zenith-30b", name: "Zenith 30B", organization: "zenith", parameters: known(30e9), lifecycle: known("available" as const) });

const catalogue = (models: ReturnType<typeof modelFixture>[]): Catalogue => ({ ...catalogueFixture({ organizations: ORGS, licences: LICENCES, models }), providers: PROVIDERS });
const A = catalogue([stable, priced, relicensed, retiring]);
const B = catalogue([
  stable,
  { ...priced, prices: [priceFixture(0.5, 1.5), priceFixture(0.4, 1.2, { effectiveDate: "2026-11-15" })] },
  { ...relicensed, licence: known("mit") },
  { ...retiring, lifecycle: known("retired" as const) },
  modelFixture({ slug: "zenith-70b", name: "Zenith 70B", organization: "zenith", parameters: known(70e9) }),
]);

async function changes(query: string) {
  const res = await callRoute(changesGet, `/api/changes${query}`);
  expect(res.status, res.text).toBe(200);
  return changeListSchema.parse(res.body);
}

const brief = (c: Change) => [c.kind, c.model?.slug ?? null, c.provider];

describe(`the change feed (${provider})`, () => {
  const results: Array<{ status: string; changes: number }> = [];
  useDatabase(provider, "changes", async (config) => {
    await applyMigrations(config);
    const db = createPrismaClient(config);
    try {
      results.push(await loadCatalogue(db, A, { now: new Date("2026-11-01T09:00:00Z") }));
      results.push(await loadCatalogue(db, A, { now: new Date("2026-11-02T09:00:00Z") }));
      results.push(await loadCatalogue(db, B, { now: new Date("2026-11-20T09:00:00Z") }));
    } finally {
      await db.$disconnect();
    }
  });

  it("the first load is one 'catalogue created' entry; re-loading the same catalogue records nothing", async () => {
    expect(results.map((r) => [r.status, r.changes])).toEqual([
      ["loaded", 1],
      ["unchanged", 0],
      ["loaded", 4],
    ]);
    const oldest = (await changes("?pageSize=100")).items.at(-1);
    expect(oldest).toMatchObject({ kind: "catalogue-created", model: null, day: "2026-11-01", after: 4, summary: "Catalogue created with 4 models" });
  });

  it("loading B over A lists exactly what changed, with old and new values, the day and the source", async () => {
    const list = await changes("");
    expect(list.total).toBe(5);
    const fromB = list.items.filter((c) => c.kind !== "catalogue-created");
    expect(fromB.map(brief).sort()).toEqual(
      [
        ["licence-changed", "zenith-13b", null],
        ["model-added", "zenith-70b", null],
        ["model-retired", "zenith-30b", null],
        ["price-changed", "acme-7b", "acme-cloud"],
      ].sort(),
    );
    expect(fromB.every((c) => c.day === "2026-11-20")).toBe(true);
    const byKind = Object.fromEntries(fromB.map((c) => [c.kind, c]));
    expect(byKind["price-changed"]).toMatchObject({
      before: { inputUsdPerMTok: 0.5, outputUsdPerMTok: 1.5 },
      after: { inputUsdPerMTok: 0.4, outputUsdPerMTok: 1.2 },
      organization: "acme",
      summary: "Acme 7B: Acme Cloud price $0.5 in / $1.5 out per 1M tokens → $0.4 in / $1.2 out per 1M tokens",
    });
    expect(byKind["licence-changed"]).toMatchObject({ before: "apache-2-0", after: "mit", summary: "Zenith 13B: licence Apache License 2.0 → MIT License" });
    expect(byKind["model-retired"]).toMatchObject({ before: "available", after: "retired" });
    for (const c of fromB) expect(c.source?.url, c.kind).toMatch(/^https:\/\//);
  });

  it("pages newest first, and follows one model or one organisation", async () => {
    const all = await changes("?pageSize=100");
    expect(all.items.map((c) => c.id)).toEqual([...all.items.map((c) => c.id)].sort((a, b) => b - a));
    const pages = await Promise.all([1, 2, 3].map((page) => changes(`?pageSize=2&page=${page}`)));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((p) => p.items.map((c) => c.id))).toEqual(all.items.map((c) => c.id));
    expect(pages.every((p) => p.total === 5 && p.pageSize === 2)).toBe(true);
    expect((await changes("?page=4&pageSize=2")).items).toEqual([]);

    expect((await changes("?model=acme-7b")).items.map(brief)).toEqual([["price-changed", "acme-7b", "acme-cloud"]]);
    const zenith = await changes("?org=zenith");
    expect(zenith.items.map((c) => c.model?.slug).sort()).toEqual(["zenith-13b", "zenith-30b", "zenith-70b"]);
    expect((await changes("?model=acme-1b")).items).toEqual([]);
  });

  it.each([
    ["?pageSize=0", "pageSize"],
    ["?pageSize=101", "pageSize"],
    ["?page=x", "page"],
    ["?model=Not%20A%20Slug", "model"],
    ["?org=a&org=b", "org"],
    ["?kind=price-changed", "kind"],
  ])("%s is a JSON 400 naming %s", async (query, param) => {
    const res = await callRoute(changesGet, `/api/changes${query}`);
    expect(res.status).toBe(400);
    const body = res.body as { error: { code: string; issues: Array<{ param: string }> } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((i) => i.param)).toContain(param);
  });

  it("/feed.xml is well-formed Atom with one entry per change, newest first", async () => {
    const res = await callRoute(feedGet, "/feed.xml");
    expect(res.status, res.text).toBe(200);
    expect(XMLValidator.validate(res.text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" }).parse(res.text) as {
      feed: { "@_xmlns": string; title: string; updated: string; entry: Array<{ title: { "#text": string; "@_type": string }; id: string; updated: string; link: Array<{ "@_href": string }> }> };
    };
    expect(doc.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const list = await changes("");
    expect(doc.feed.entry.map((e) => e.title["#text"])).toEqual(list.items.map((c) => c.summary));
    expect(new Set(doc.feed.entry.map((e) => e.id)).size).toBe(list.items.length);
    expect(doc.feed.entry[0]?.link[0]?.["@_href"]).toMatch(/\/models\/[a-z0-9-]+$/);
    expect(Date.parse(doc.feed.updated)).toBe(Date.parse("2026-11-20T09:00:00Z"));
  });

  it("/feed.xml?model= follows one model, ?org= one organisation; paging is refused", async () => {
    const parse = (xml: string) => new XMLParser({ isArray: (name) => name === "entry" }).parse(xml) as { feed: { title: string; entry?: Array<{ title: string }> } };
    const one = await callRoute(feedGet, "/feed.xml?model=zenith-13b");
    expect(XMLValidator.validate(one.text)).toBe(true);
    expect(parse(one.text).feed.title).toContain("Zenith 13B");
    expect(parse(one.text).feed.entry?.map((e) => e.title)).toEqual(["Zenith 13B: licence Apache License 2.0 → MIT License"]);
    const org = parse((await callRoute(feedGet, "/feed.xml?org=acme")).text);
    expect(org.feed.entry?.map((e) => e.title)).toEqual([expect.stringContaining("Acme 7B: Acme Cloud price")]);
    const paged = await callRoute(feedGet, "/feed.xml?page=2");
    expect(paged.status).toBe(400);
    expect((paged.body as { error: { issues: Array<{ param: string }> } }).error.issues.map((i) => i.param)).toEqual(["page"]);
  });

  it("the OpenAPI document describes both endpoints and their parameters", async () => {
    const doc = (await callRoute(openapiGet as never, "/api/openapi.json")).body as { paths: Record<string, { get: { parameters?: Array<{ name: string; description: string }> } }> };
    expect(doc.paths["/api/changes"]?.get.parameters?.map((p) => p.name)).toEqual(["model", "org", "page", "pageSize"]);
    expect(doc.paths["/feed.xml"]?.get.parameters?.map((p) => p.name)).toEqual(["model", "org"]);
    expect(doc.paths["/api/changes"]?.get.parameters?.every((p) => p.description.length > 0)).toBe(true);
  });
});
