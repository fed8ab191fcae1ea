// fast-check generators for hostile API requests: wrong types, huge and
// negative numbers, repeated and unknown parameters, unicode, SQL and HTML
// fragments, broken percent-encoding and very long values. Shared by the
// HTTP fuzzer (tests/fuzz/run.ts) and the seeded subset in `npm test`.
import fc from "fast-check";
import { ACCESS_CLASSES, CAPABILITIES, INPUT_MODALITIES } from "@/lib/schemas/vocabulary";
import { COMMERCIAL_USE, LICENCE_CATEGORIES, MODALITIES } from "@/lib/schemas/catalogue";
import { SORT_FIELDS } from "@/lib/schemas/catalogue-filters";

export const KNOWN_PARAMS = [
  "q", "access", "licence", "licenceCategory", "commercialUse", "org", "modality", "minParams", "maxParams",
  "minPrice", "maxPrice", "releasedFrom", "releasedTo", "sort", "page", "pageSize", "format",
  "useRestrictions", "selfHostable", "capabilities", "inputModalities", "knowledgeFrom", "lifecycle", "priceIncludesSelfHost", "mTokPerMonth", "priceOrSelfHostable",
] as const;

const ADVERSARIAL_NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", "page[]", "a[b]", "PAGE", " q", "q ", "\u0000", "format\u200b"];

const SQL = ["' OR '1'='1", "1; DROP TABLE \"Model\"; --", "\" OR 1=1 --", "%", "_", "\\", "') UNION SELECT * FROM \"Licence\"--", "1/0", "$1", "::text"];
const HTML = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>", "&lt;b&gt;", "{{7*7}}", "${7*7}"];
const NUMBERS = [
  "-1", "0", "-0", "1e308", "1e-308", "9".repeat(400), "NaN", "Infinity", "-Infinity", "0x10", "1_000", " 5", "5 ", "٣", "１",
  "1.", ".5", "1.2.3", "2147483648", "9007199254740993", "-99999999999", "+5", "5e2", "null", "undefined", "true", "[]", "{}",
];
const DATES = ["2024-13-45", "0000-00-00", "9999", "2024-02-30", "2024-1-1", "20240101", "2024/01/01", "-2024", "2024-06", "1970"];
const ENCODING = ["%", "%zz", "%C0%AF", "%00", "%ff%fe", "%E2%80%AE", "%%", "%2", "a%20b", "%252e"];

/** Something that may or may not be a valid value for any parameter. */
export const paramValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ACCESS_CLASSES, ...LICENCE_CATEGORIES, ...COMMERCIAL_USE, ...MODALITIES, "csv", "json", "ndjson", "xml") },
  { weight: 2, arbitrary: fc.constantFrom(...SORT_FIELDS.flatMap((f) => [f, `-${f}`, `--${f}`, `+${f}`])) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...SQL, ...HTML) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...ACCESS_CLASSES, "llama", "", " ", "closed"), { maxLength: 60 }).map((a) => a.join(",")) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "é", "🦙", "<", "'", ","), fc.integer({ min: 150, max: 3500 })).map(([c, n]) => c.repeat(Math.ceil(n / encodeURIComponent(c).length))) },
);

const paramName: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KNOWN_PARAMS) },
  { weight: 1, arbitrary: fc.constantFrom(...ADVERSARIAL_NAMES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const list = <T extends string>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 }).map((a) => a.join(","));
const day = fc.date({ min: new Date("2015-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Values the schema accepts (hostile text included), so the database queries get fuzzed too. */
const VALID_VALUES: Record<Exclude<(typeof KNOWN_PARAMS)[number], "format">, fc.Arbitrary<string>> = {
  q: fc.oneof(fc.constantFrom(...SQL, ...HTML, "llama", "%", "_", "%_%", "GPT", "Ḽlama", "🦙"), fc.string({ unit: "grapheme", maxLength: 50 })),
  access: list(ACCESS_CLASSES),
  licence: list(["apache-2-0", "mit", "llama-2-community", "no-such-licence"]),
  licenceCategory: list(LICENCE_CATEGORIES),
  commercialUse: list(COMMERCIAL_USE),
  org: list(["meta", "google", "openai", "mistral-ai", "no-such-org"]),
  modality: list(MODALITIES),
  minParams: fc.oneof(fc.integer({ min: 0, max: 100_000 }).map(String), fc.constantFrom("0.5", "7", "70.25")),
  maxParams: fc.oneof(fc.integer({ min: 0, max: 100_000 }).map(String), fc.constantFrom("0.5", "7", "70.25")),
  minPrice: fc.integer({ min: 0, max: 1_000_000 }).map(String),
  maxPrice: fc.integer({ min: 0, max: 1_000_000 }).map(String),
  releasedFrom: fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4))),
  releasedTo: fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4))),
  sort: fc.constantFrom(...SORT_FIELDS.flatMap((f) => [f, `-${f}`])),
  useRestrictions: fc.constantFrom("true", "false"),
  selfHostable: fc.constantFrom("true", "false"),
  capabilities: list(CAPABILITIES),
  inputModalities: list(INPUT_MODALITIES),
  knowledgeFrom: fc.oneof(day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4))),
  lifecycle: list(["available", "deprecated", "retired", "unknown"]),
  // Valid only together; alone, each is a named 400 (the oracle checks both).
  priceIncludesSelfHost: fc.constantFrom("true", "false"),
  mTokPerMonth: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map(String), fc.constantFrom("0.5", "60")),
  priceOrSelfHostable: fc.constantFrom("true", "false"),
  page: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 999_999 })).map(String),
  pageSize: fc.integer({ min: 1, max: 100 }).map(String),
};

const validQueryString: fc.Arbitrary<string> = fc
  .uniqueArray(fc.constantFrom(...(Object.keys(VALID_VALUES) as Array<keyof typeof VALID_VALUES>)), { maxLength: 5 })
  .chain((keys) => fc.tuple(...keys.map((k) => VALID_VALUES[k].map((v): [string, string] => [k, v]))))
  .map((pairs) => new URLSearchParams(pairs).toString());

/** A query string: valid, arbitrary, broken percent-encoding, or repeated parameters. */
export const queryString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: validQueryString },
  { weight: 4, arbitrary: fc.array(fc.tuple(paramName, paramValue), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()) },
  {
    weight: 1,
    arbitrary: fc.array(fc.tuple(fc.constantFrom(...KNOWN_PARAMS), fc.constantFrom(...ENCODING, ...NUMBERS.slice(0, 6))), { minLength: 1, maxLength: 4 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&")),
  },
  // The same parameter given several times.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KNOWN_PARAMS), fc.array(paramValue, { minLength: 2, maxLength: 4 })).map(([k, vs]) => new URLSearchParams(vs.map((v) => [k, v])).toString()) },
);

/** A path segment where a model slug goes: real ones, near misses and hostile ones (already percent-encoded). */
export function slugSegment(realSlugs: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...realSlugs) },
    { weight: 1, arbitrary: fc.constantFrom(...realSlugs).map((s) => s.toUpperCase()) },
    { weight: 2, arbitrary: fc.constantFrom("..", "%2e%2e", "..%2f..%2fetc%2fpasswd", "%00", "a%20b", "llama-2", "-", "a--b", "a.1", "x".repeat(101), "%zz", "%C0%AF") },
    { weight: 2, arbitrary: fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom(...SQL, ...HTML)).map(encodeURIComponent) },
  );
}

export type FuzzEndpoint = "models" | "model" | "stats" | "export" | "licences" | "organizations" | "mcp";

export interface FuzzRequest {
  endpoint: FuzzEndpoint;
  /** Path and query, percent-encoded, as sent on the wire. */
  path: string;
  ifNoneMatch?: string;
  /** A POST body (the MCP endpoint's JSON-RPC message); without one the request is a GET. */
  body?: string;
}

/** Past 16 KiB of request line and headers, Node itself answers 431 before the app sees the request. */
export const MAX_FUZZ_PATH_CHARS = 12_000;
/** Bodies stay under the 16 KiB limit (the limit itself has its own test); the arguments are what is fuzzed. */
export const MAX_FUZZ_BODY_CHARS = 12_000;

/** A JSON value where a tool argument goes: right and wrong types, hostile text, deep nesting. */
const argumentValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: paramValue },
  { weight: 2, arbitrary: fc.array(paramValue, { maxLength: 6 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true })) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, {}, [], [[]], { $ne: 1 }, { __proto__: { polluted: 1 } }, [{ a: 1 }]) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const TOOLS = ["search_models", "get_model", "compare_models", "explain_licence", "recommend"] as const;
const RECOMMEND_PARAMS = ["deploy", "gpuMemoryGb", "gpus", "bits", "inM", "outM", "cachedShare", "maxMonthlyUsd", "benchmark", "minScore", "priority", "available"] as const;

/** Arguments for `tool`: mostly its own parameter names, sometimes well-formed values, sometimes anything. */
function toolArguments(tool: string, realSlugs: string[]): fc.Arbitrary<Record<string, unknown>> {
  const slug = fc.oneof(fc.constantFrom(...realSlugs, "apache-2-0", "mit"), slugSegment(realSlugs).map((s) => { try { return decodeURIComponent(s); } catch { return s; } }));
  const names: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
    search_models: fc.oneof(
      validQueryString.map((qs) => Object.fromEntries(new URLSearchParams(qs))),
      fc.dictionary(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...KNOWN_PARAMS) }, { weight: 1, arbitrary: paramName }), argumentValue, { maxKeys: 6 }),
    ),
    get_model: fc.oneof(fc.record({ slug }), fc.dictionary(fc.constantFrom("slug", "slugs", "x"), argumentValue, { maxKeys: 2 })),
    explain_licence: fc.oneof(fc.record({ slug }), fc.dictionary(fc.constantFrom("slug", "x"), argumentValue, { maxKeys: 2 })),
    compare_models: fc.oneof(fc.record({ slugs: fc.array(slug, { maxLength: 6 }) }), fc.dictionary(fc.constantFrom("slugs", "slug"), argumentValue, { maxKeys: 2 })),
    recommend: fc.dictionary(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...RECOMMEND_PARAMS) }, { weight: 4, arbitrary: fc.constantFrom(...KNOWN_PARAMS) }, { weight: 1, arbitrary: paramName }),
      argumentValue,
      { maxKeys: 6 },
    ),
  };
  return names[tool] ?? fc.dictionary(paramName, argumentValue, { maxKeys: 4 });
}

/** A JSON-RPC message to the MCP endpoint: mostly tool calls, some other methods, some broken bodies. */
export function mcpBody(realSlugs: string[]): fc.Arbitrary<string> {
  const id = fc.oneof(fc.integer(), fc.string({ maxLength: 8 }));
  const call = fc
    .tuple(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...TOOLS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), id)
    .chain(([name, i]) => toolArguments(name, realSlugs).map((args) => ({ jsonrpc: "2.0", id: i, method: "tools/call", params: { name, arguments: args } })));
  const other = fc.record({
    jsonrpc: fc.constant("2.0"),
    id,
    method: fc.constantFrom("tools/list", "resources/list", "resources/templates/list", "resources/read", "initialize", "ping", "prompts/list", "nope"),
    params: fc.oneof(fc.constant({}), fc.record({ uri: fc.oneof(fc.constantFrom("open-or-closed://licences", "open-or-closed://attribution", "open-or-closed://licences/mit", "open-or-closed://licences/%00", "file:///etc/passwd"), fc.string({ maxLength: 40 })) }), fc.jsonValue({ maxDepth: 2 })),
  });
  return fc.oneof(
    { weight: 6, arbitrary: call.map((m) => JSON.stringify(m)) },
    { weight: 2, arbitrary: other.map((m) => JSON.stringify(m)) },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom("", "{", "[]", "null", "[{}]", '{"jsonrpc":"2.0"}'), fc.string({ maxLength: 60 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))) },
  );
}

/** One request to one of the catalogue endpoints. */
export function fuzzRequest(realSlugs: string[]): fc.Arbitrary<FuzzRequest> {
  const withQuery = (base: string, qs: string) => (qs ? `${base}?${qs}` : base);
  const ifNoneMatch = fc.option(fc.constantFrom("*", "W/\"x\"", "\"\"", "garbage", "W/\"" + "a".repeat(500) + "\""), { nil: undefined, freq: 8 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ endpoint: fc.constant<FuzzEndpoint>("models"), path: queryString.map((q) => withQuery("/api/models", q)), ifNoneMatch }) },
    { weight: 3, arbitrary: fc.record({ endpoint: fc.constant<FuzzEndpoint>("model"), path: fc.tuple(slugSegment(realSlugs), fc.option(queryString, { nil: "", freq: 4 })).map(([s, q]) => withQuery(`/api/models/${s}`, q)), ifNoneMatch }) },
    { weight: 2, arbitrary: fc.record({ endpoint: fc.constant<FuzzEndpoint>("stats"), path: queryString.map((q) => withQuery("/api/stats", q)), ifNoneMatch }) },
    { weight: 2, arbitrary: fc.record({ endpoint: fc.constant<FuzzEndpoint>("export"), path: fc.tuple(fc.constantFrom("csv", "ndjson"), queryString).map(([f, q]) => withQuery("/api/models", `format=${f}${q ? `&${q}` : ""}`)), ifNoneMatch }) },
    { weight: 1, arbitrary: fc.record({ endpoint: fc.constantFrom<FuzzEndpoint>("licences", "organizations"), path: fc.constant(""), ifNoneMatch }).chain((r) => fc.option(queryString, { nil: "", freq: 2 }).map((q) => ({ ...r, path: withQuery(`/api/${r.endpoint}`, q) }))) },
    { weight: 3, arbitrary: fc.record({ endpoint: fc.constant<FuzzEndpoint>("mcp"), path: fc.constant("/api/mcp"), body: mcpBody(realSlugs) }) },
  ).filter((r: FuzzRequest) => r.path.length <= MAX_FUZZ_PATH_CHARS && (r.body?.length ?? 0) <= MAX_FUZZ_BODY_CHARS);
}
