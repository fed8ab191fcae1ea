// The MCP endpoint driven by the SDK's own client over HTTP, on a fixture
// catalogue: every tool answers what the HTTP API answers for the same
// question, and bad arguments come back as tool errors naming the field.
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { GET as detailGet } from "@/app/api/models/[slug]/route";
import { GET as licencesGet } from "@/app/api/licences/route";
import { GET as recommendGet } from "@/app/api/recommend/route";
import { buildCompareGroups } from "@/lib/domain/compare-rows";
import { licenceAnswers } from "@/lib/domain/licence-answers";
import { scoreProsCons } from "@/lib/domain/pros-cons";
import { GPU_OPTIONS } from "@/lib/db/gpu-options";
import { licenceListSchema, modelDetailSchema, modelListSchema } from "@/lib/schemas/model-response";
import { modelsQuerySchema } from "@/lib/schemas/models-query";
import { writeMixedCatalogueDir } from "../fixtures/mixed-catalogue";
import { callRoute } from "../helpers/call-route";
import { useMcpClient } from "../helpers/mcp-client";
import { useCatalogueDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;

async function apiList(query: string) {
  const res = await callRoute(listGet, `/api/models?${query}`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body);
}

async function apiDetail(slug: string) {
  const res = await callRoute(detailGet, `/api/models/${slug}`, { params: { slug } });
  expect(res.status, res.text).toBe(200);
  return modelDetailSchema.parse(res.body);
}

const issueParams = (structured: Record<string, unknown>) =>
  ((structured.error as { issues?: Array<{ param: string }> }).issues ?? []).map((i) => i.param);

describe(`MCP tools over HTTP (${provider})`, () => {
  useCatalogueDatabase(provider, "mcp", writeMixedCatalogueDir);
  const mcp = useMcpClient();

  it("lists the five tools; search_models takes every /api/models parameter but format", async () => {
    const { tools } = await mcp.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["compare_models", "explain_licence", "get_model", "recommend", "search_models"]);
    const search = tools.find((t) => t.name === "search_models");
    const apiParams = Object.keys(modelsQuerySchema.shape).filter((p) => p !== "format");
    expect(Object.keys(search?.inputSchema.properties ?? {}).sort()).toEqual(apiParams.sort());
    expect(search?.inputSchema.properties?.access).toMatchObject({ type: "array", items: { enum: ["open-source", "open-weights", "closed"] } });
    for (const tool of tools) expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
  });

  it.each([
    [{ access: ["open-source", "open-weights"], commercialUse: ["yes"], sort: "price" }, "access=open-source,open-weights&commercialUse=yes&sort=price"],
    [{ sort: "-releaseDate", page: 2, pageSize: 2 }, "sort=-releaseDate&page=2&pageSize=2"],
    [{ q: "beta", licenceCategory: ["non-commercial", "proprietary"] }, "q=beta&licenceCategory=non-commercial,proprietary"],
    [{ minParams: 5, maxPrice: 1, sort: "-parameters" }, "minParams=5&maxPrice=1&sort=-parameters"],
    [{ access: "closed,open-weights", page: "1" }, "access=closed,open-weights&page=1"],
  ])("search_models %j answers the rows /api/models?%s does, in the same order", async (args, query) => {
    const answer = await mcp.call("search_models", args);
    expect(answer.isError, answer.texts[0]).toBe(false);
    const api = await apiList(query);
    expect(answer.structured).toEqual(api);
    expect(JSON.parse(answer.texts[1] ?? "null")).toEqual(api);
    expect(answer.texts[0]).toContain(`${api.total} model(s) match`);
    for (const m of api.items) expect(answer.texts[0]).toContain(`[${m.slug}]`);
  });

  it("search_models answers the issue's question: open, commercial use without conditions, cheapest first", async () => {
    const answer = await mcp.call("search_models", { access: ["open-weights", "open-source"], commercialUse: ["yes"], sort: "price" });
    const items = (answer.structured as { items: Array<{ slug: string }> }).items.map((m) => m.slug);
    // acme-7b's cheapest listing (Cloud B) blends to 0.15, acme-70b to 0.65; acme-3b has no price, so it comes last.
    expect(items).toEqual(["acme-7b", "acme-70b", "acme-3b"]);
  });

  it.each([
    [{ access: ["opn"] }, ["access"]],
    [{ pageSize: 1000, page: 0 }, ["page", "pageSize"]],
    [{ minParams: 10, maxParams: 5 }, ["minParams"]],
    [{ format: "csv", bogus: 1 }, ["format", "bogus"]],
    [{ sort: "cost" }, ["sort"]],
    [{ q: { $ne: 1 } }, ["q"]],
    [{ minPrice: -1 }, ["minPrice"]],
  ])("search_models %j is a tool error naming %j", async (args, params) => {
    const answer = await mcp.call("search_models", args);
    expect(answer.isError).toBe(true);
    expect((answer.structured.error as { code: string }).code).toBe("invalid_query");
    expect(issueParams(answer.structured).sort()).toEqual([...params].sort());
    for (const p of params) expect(answer.texts[0]).toContain(p);
  });

  it("get_model answers /api/models/{slug}'s record and the licence as plain answers", async () => {
    const answer = await mcp.call("get_model", { slug: "beta-13b" });
    expect(answer.isError, answer.texts[0]).toBe(false);
    const api = await apiDetail("beta-13b");
    expect(answer.structured.model).toEqual(api);
    expect(answer.structured.licenceAnswers).toEqual(licenceAnswers(api.licence));
    expect(answer.texts[0]).toContain("May I use it commercially? conditional: Over 700 million monthly users");
    expect(answer.texts[0]).toContain(api.licence.sourceUrl);
  });

  it.each([
    [{ slug: "Not A Slug" }, "invalid_query", "slug"],
    [{}, "invalid_query", "slug"],
    [{ slug: "acme-7b", extra: true }, "invalid_query", "extra"],
    [{ slug: "no-such-model" }, "not_found", "no-such-model"],
  ])("get_model %j is a %s error naming %s", async (args, code, named) => {
    const answer = await mcp.call("get_model", args);
    expect(answer.isError).toBe(true);
    expect((answer.structured.error as { code: string }).code).toBe(code);
    expect(answer.texts[0]).toContain(named);
  });

  it("compare_models answers the compare rows and pros-and-cons scores of the API's records", async () => {
    const slugs = ["acme-7b", "beta-chat", "beta-13b"];
    const answer = await mcp.call("compare_models", { slugs });
    expect(answer.isError, answer.texts[0]).toBe(false);
    const details = await Promise.all(slugs.map(apiDetail));
    const gpus = [...GPU_OPTIONS];
    expect(answer.structured.groups).toEqual(JSON.parse(JSON.stringify(buildCompareGroups(details, gpus))));
    expect(answer.structured.prosCons).toEqual(details.map((m) => ({ slug: m.slug, scores: scoreProsCons(m, { gpus }) })));
    expect(answer.texts[0]).toContain('Licence terms / Commercial use: "Acme 7B", "Beta Chat" (fewer restrictions)');
  });

  it.each([
    [{ slugs: ["acme-7b"] }, "invalid_query", "slugs"],
    [{ slugs: ["acme-7b", "acme-3b", "acme-70b", "beta-13b", "beta-chat"] }, "invalid_query", "slugs"],
    [{ slugs: ["acme-7b", "acme-7b"] }, "invalid_query", "slugs"],
    [{ slugs: ["acme-7b", "BAD"] }, "invalid_query", "slugs.1"],
    [{ slugs: ["acme-7b", "ghost-1", "ghost-2"] }, "not_found", '"ghost-1", "ghost-2"'],
  ])("compare_models %j is a %s error naming %s", async (args, code, named) => {
    const answer = await mcp.call("compare_models", args);
    expect(answer.isError).toBe(true);
    expect((answer.structured.error as { code: string }).code).toBe(code);
    expect(answer.texts[0]).toContain(named);
  });

  it("explain_licence answers /api/licences' record with the same plain answers and its source", async () => {
    const res = await callRoute(licencesGet, "/api/licences");
    const licence = licenceListSchema.parse(res.body).items.find((l) => l.slug === "beta-research");
    const answer = await mcp.call("explain_licence", { slug: "beta-research" });
    expect(answer.isError, answer.texts[0]).toBe(false);
    expect(answer.structured).toEqual({ licence, answers: licenceAnswers(licence!), source: { url: licence?.sourceUrl, asOf: licence?.asOf } });
    expect(answer.texts[0]).toContain("May I use it commercially? no");
    expect(answer.texts[0]).toContain("Redistribution of the weights allowed: no");
  });

  it("recommend answers what /api/recommend answers for the same constraints, and names a bad parameter", async () => {
    const answer = await mcp.call("recommend", { commercialUse: ["yes"], inM: 50, outM: 5, priority: "cost" });
    expect(answer.isError, answer.texts[0]).toBe(false);
    const api = await callRoute(recommendGet, "/api/recommend?commercialUse=yes&inM=50&outM=5&priority=cost");
    expect(api.status, api.text).toBe(200);
    expect(answer.structured).toEqual(api.body);
    expect(answer.texts[0]).toContain((api.body as { verdict: { summary: string } }).verdict.summary);
    const bad = await mcp.call("recommend", { priority: "vibes", inM: -1 });
    expect(bad.isError).toBe(true);
    expect(issueParams(bad.structured).sort()).toEqual(["inM", "priority"]);
  });

  it("explain_licence names a bad or unknown slug", async () => {
    const bad = await mcp.call("explain_licence", { slug: "" });
    expect(issueParams(bad.structured)).toEqual(["slug"]);
    const unknown = await mcp.call("explain_licence", { slug: "gpl-9" });
    expect((unknown.structured.error as { code: string }).code).toBe("not_found");
    expect(unknown.texts[0]).toContain("gpl-9");
  });
});
