// Hostile catalogue data: the schema refuses non-https URLs; what it lets
// through (markup, formulas) leaves the API as data — verbatim JSON, and a
// CSV export whose formula-looking cells a spreadsheet will not run.
// (That pages render it as inert text is tests/e2e/hostile.spec.ts.)
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { GET as detailGet } from "@/app/api/models/[slug]/route";
import { CatalogueError, readCatalogue } from "@/prisma/scripts/read-catalogue";
import { licenceFileSchema, modelFileSchema, organizationSchema } from "@/lib/schemas/catalogue";
import { modelFixture, catalogueFixture, writeCatalogueDir } from "../fixtures/catalogue";
import { FIXTURE_MODELS } from "../fixtures/fixture-catalogue";
import { HOSTILE_MODELS, PAYLOADS, REJECTED_URLS, HOSTILE_LICENCE, HOSTILE_ORGANIZATION, writeHostileCatalogueDir } from "../fixtures/hostile-catalogue";
import { callRoute } from "../helpers/call-route";
import { useCatalogueDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; rows end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Every string under `value` whose key names a URL, with its path. */
function urlsIn(value: unknown, at = ""): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => urlsIn(v, `${at}.${i}`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]): Array<[string, string]> =>
    typeof v === "string" && /url$|href$|evidence$/i.test(k) ? [[`${at}.${k}`, v]] : urlsIn(v, `${at}.${k}`),
  );
}

describe("the catalogue schema refuses links that are not https", () => {
  it.each(REJECTED_URLS)("%s is rejected as a source, organisation, licence and evidence URL", (url) => {
    const model = modelFixture();
    const withSource = { ...model, sources: { card: { url, title: "Model card", asOf: "2026-01-01", kind: "primary" as const } } };
    const withEvidence = { ...model, openness: { ...model.openness, paper: { grade: "open", evidence: url } } };
    expect(modelFileSchema.safeParse(withSource).error?.issues[0]?.path.join(".")).toBe("sources.card.url");
    expect(modelFileSchema.safeParse(withEvidence).error?.issues[0]?.path.join(".")).toBe("openness.paper.evidence");
    expect(organizationSchema.safeParse({ ...HOSTILE_ORGANIZATION, url }).success).toBe(false);
    expect(licenceFileSchema.safeParse({ ...HOSTILE_LICENCE, url }).success).toBe(false);
  });

  it("a catalogue file with a javascript: link is refused, naming the file and field", () => {
    const model = modelFixture();
    const dir = writeCatalogueDir(catalogueFixture({ models: [{ ...model, sources: { card: { url: "javascript:alert(1)", title: "Model card", asOf: "2026-01-01", kind: "primary" as const } } }] }));
    const error = (() => {
      try {
        readCatalogue(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as CatalogueError).issues).toContainEqual(expect.objectContaining({ file: "models/acme-7b.json", field: "sources.card.url" }));
  });
});

describe(`hostile data through the API (${provider})`, () => {
  useCatalogueDatabase(provider, "hostile", () => writeHostileCatalogueDir(path.join(mkdtempSync(path.join(os.tmpdir(), "hostile-")), "catalogue")));

  it("JSON carries the markup verbatim as data, and every link is https", async () => {
    const list = await callRoute(listGet, "/api/models?org=evil-labs&pageSize=100");
    expect(list.headers.get("content-type")).toMatch(/^application\/json/);
    expect((list.body as { items: Array<{ name: string }> }).items.map((m) => m.name).sort()).toEqual(HOSTILE_MODELS.map((m) => m.name).sort());
    const detail = await callRoute(detailGet, "/api/models/evil-script-7b", { params: { slug: "evil-script-7b" } });
    expect(detail.status).toBe(200);
    expect(detail.text).toContain(JSON.stringify(PAYLOADS.sourceTitle).slice(1, -1));
    const urls = urlsIn(detail.body);
    expect(urls.length).toBeGreaterThan(3);
    for (const [at, url] of urls) expect(url, at).toMatch(/^https:\/\//);
  });

  it("the CSV export neutralises formula cells and keeps every row's columns intact", async () => {
    const res = await callRoute(listGet, "/api/models?format=csv");
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const [header = [], ...rows] = parseCsv(res.text);
    expect(rows).toHaveLength(FIXTURE_MODELS.length + HOSTILE_MODELS.length);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const col = (name: string) => header.indexOf(name);
    const bySlug = new Map(rows.map((r) => [r[col("slug")], r]));
    expect(bySlug.get("evil-formula")?.[col("name")]).toBe(`'${PAYLOADS.formulaName}`);
    expect(bySlug.get("evil-minus")?.[col("name")]).toBe(`'${PAYLOADS.minusName}`);
    expect(bySlug.get("evil-plus")?.[col("name")]).toBe(`'${PAYLOADS.plusName}`);
    expect(bySlug.get("evil-plus")?.[col("licence")]).toBe(`'${PAYLOADS.licenceName}`);
    expect(bySlug.get("evil-script-7b")?.[col("name")]).toBe(PAYLOADS.scriptName);
    // No text cell anywhere starts a formula; numbers (e.g. a negative one) are not text.
    for (const row of rows) for (const cell of row) if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("the NDJSON export keeps the text verbatim (it is data, not a spreadsheet)", async () => {
    const res = await callRoute(listGet, "/api/models?format=ndjson&org=evil-labs");
    const names = res.text.trim().split("\n").map((line) => (JSON.parse(line) as { name: string }).name);
    expect(names.sort()).toEqual(HOSTILE_MODELS.map((m) => m.name).sort());
  });
});
