// The MCP endpoint at the HTTP level and its resources: limits and refusals
// before any tool runs, licence records and attribution an agent can quote,
// and hostile catalogue text handed back as inert data.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as licencesGet } from "@/app/api/licences/route";
import { MAX_BODY_BYTES } from "@/lib/api/request-limits";
import { licenceAnswers } from "@/lib/domain/licence-answers";
import { licenceListSchema } from "@/lib/schemas/model-response";
import { HOSTILE_MODELS, PAYLOADS, writeHostileCatalogueDir } from "../fixtures/hostile-catalogue";
import { writeMixedCatalogueDir } from "../fixtures/mixed-catalogue";
import { callRoute } from "../helpers/call-route";
import { useMcpClient } from "../helpers/mcp-client";
import { useCatalogueDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;
const ACCEPT = { "Content-Type": "application/json", Accept: "application/json, text/event-stream" };
const listCall = (id: number) => JSON.stringify({ jsonrpc: "2.0", id, method: "tools/list", params: {} });

describe(`MCP endpoint over HTTP (${provider})`, () => {
  useCatalogueDatabase(provider, "mcp-http", writeMixedCatalogueDir);
  const mcp = useMcpClient();
  const post = (body: string, headers: Record<string, string> = ACCEPT) => fetch(`${mcp.url}/api/mcp`, { method: "POST", headers, body });

  it("answers a bare POST without a session (stateless), as JSON, never cached", async () => {
    const res = await post(listCall(1));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("mcp-session-id")).toBeNull();
    expect(((await res.json()) as { result: { tools: unknown[] } }).result.tools).toHaveLength(5);
  });

  it("refuses GET and DELETE (405), other sites' origins (403), other methods (405), big bodies (413), bad JSON (400)", async () => {
    for (const method of ["GET", "DELETE"]) {
      const res = await fetch(`${mcp.url}/api/mcp`, { method, headers: { Accept: "text/event-stream" } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow")).toBe("POST");
    }
    expect((await fetch(`${mcp.url}/api/mcp`, { method: "PUT", body: "{}" })).status).toBe(405);
    expect((await post(listCall(2), { ...ACCEPT, Origin: "https://evil.example" })).status).toBe(403);
    expect((await post(listCall(3), { ...ACCEPT, Origin: mcp.url })).status).toBe(200);
    expect((await post(JSON.stringify({ jsonrpc: "2.0", id: 4, method: "tools/list", params: { pad: "x".repeat(MAX_BODY_BYTES) } }))).status).toBe(413);
    const broken = await post("{not json");
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: number } }).error.code).toBe(-32700);
  });

  it("lists the licence records and the attribution as resources", async () => {
    const { resources } = await mcp.client.listResources();
    const uris = resources.map((r) => r.uri);
    expect(uris).toEqual(expect.arrayContaining(["open-or-closed://licences", "open-or-closed://attribution", "open-or-closed://licences/beta-community"]));
    const { resourceTemplates } = await mcp.client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toContain("open-or-closed://licences/{slug}");
  });

  it("a licence resource is the API's record with its plain answers and source", async () => {
    const api = licenceListSchema.parse((await callRoute(licencesGet, "/api/licences")).body);
    const all = await mcp.client.readResource({ uri: "open-or-closed://licences" });
    expect(JSON.parse((all.contents[0] as { text: string }).text)).toEqual(api);
    const one = await mcp.client.readResource({ uri: "open-or-closed://licences/beta-community" });
    const licence = api.items.find((l) => l.slug === "beta-community")!;
    expect(JSON.parse((one.contents[0] as { text: string }).text)).toEqual({ licence, answers: licenceAnswers(licence), source: { url: licence.sourceUrl, asOf: licence.asOf } });
    await expect(mcp.client.readResource({ uri: "open-or-closed://licences/no-such-licence" })).rejects.toThrow(/no-such-licence/);
  });

  it("the attribution credits the Open Source AI Index (with its citation), models.dev and genai-prices", async () => {
    const { contents } = await mcp.client.readResource({ uri: "open-or-closed://attribution" });
    const text = (contents[0] as { text: string }).text;
    expect(text).toContain("https://osai-index.eu/");
    expect(text).toContain("Liesenfeld, A. & Dingemanse, M. (2024)");
    expect(text).toContain("FAccT '24), pp. 1774–1787");
    expect(text).toMatch(/models\.dev.*MIT licence/);
    expect(text).toMatch(/genai-prices.*MIT licence/);
  });
});

describe(`hostile catalogue text through MCP (${provider})`, () => {
  useCatalogueDatabase(provider, "mcp-hostile", () => writeHostileCatalogueDir(path.join(mkdtempSync(path.join(os.tmpdir(), "mcp-hostile-")), "catalogue")));
  const mcp = useMcpClient();

  it("comes back verbatim as data, as text content only, each name quoted on its own line", async () => {
    const answer = await mcp.call("search_models", { org: ["evil-labs"], pageSize: 100 });
    expect(answer.contentTypes).toEqual(["text", "text"]);
    const names = (answer.structured as { items: Array<{ name: string }> }).items.map((m) => m.name);
    expect(names.sort()).toEqual(HOSTILE_MODELS.map((m) => m.name).sort());
    const lines = (answer.texts[0] ?? "").split("\n");
    for (const m of HOSTILE_MODELS) expect(lines.some((l) => l.includes(`${JSON.stringify(m.name)} [${m.slug}]`)), m.slug).toBe(true);
    expect(lines).toHaveLength(HOSTILE_MODELS.length + 2);
  });

  it("a hostile model's record keeps the markup as text and every link https", async () => {
    const answer = await mcp.call("get_model", { slug: "evil-script-7b" });
    expect(answer.isError).toBe(false);
    expect(answer.contentTypes).toEqual(["text", "text"]);
    expect(answer.texts[1]).toContain(JSON.stringify(PAYLOADS.sourceTitle).slice(1, -1));
    const urls = [...JSON.stringify(answer.structured).matchAll(/"(?:\w*Url|url|page)":"([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url).toMatch(/^https:\/\/|^http:\/\/127\.0\.0\.1:/);
    const licence = await mcp.call("explain_licence", { slug: "evil-licence" });
    expect(licence.texts[0]).toContain(`Notes: ${JSON.stringify(PAYLOADS.licenceNotes)}`);
  });
});
