// The OpenAPI 3.1 document, generated from the same zod schemas the
// handlers use (zod 4's JSON Schema output is OpenAPI 3.1's dialect).
import { createHash } from "node:crypto";
import { z } from "zod";
import { NOT_FOR_AGGREGATES } from "@/lib/schemas/catalogue-filters";
import { COLUMNS_DESCRIPTION, COLUMNS_PARAM } from "@/lib/schemas/catalogue-columns";
import { ERROR_CODES, type ErrorCode } from "./errors";
import { modelsQuerySchema } from "@/lib/schemas/models-query";
import {
  healthSchema,
  licenceListSchema,
  modelDetailSchema,
  modelListSchema,
  organizationListSchema,
} from "@/lib/schemas/model-response";
import { facetCountsSchema } from "@/lib/schemas/facets-response";
import { STATS_PARTS, statsResponseSchema } from "@/lib/schemas/stats-response";
import { EXTRA_PARAMS, FILTER_PARAMS, recommendExtrasSchema } from "@/lib/schemas/recommend-query";
import { recommendResponseSchema } from "@/lib/schemas/recommend-response";
import { changesQuerySchema } from "@/lib/schemas/changes-query";
import { changeListSchema } from "@/lib/schemas/change-response";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });

const errorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]).describe(Object.entries(ERROR_CODES).map(([code, meaning]) => `${code}: ${meaning}`).join(" ")),
    message: z.string(),
    issues: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
  }),
});

const errorResponses = {
  "400": { description: ERROR_CODES.invalid_query, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "503": { description: ERROR_CODES.database_unavailable, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};
const cached = { "304": { description: "Not modified (conditional request with a matching ETag)." } };

function ok(schemaName: string, description: string) {
  return { description, content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaName}` } } } };
}

function buildOpenApiDocument() {
  const shape = modelsQuerySchema.shape;
  // Descriptions come from the schema (the filter registry's, attached with zod's describe), as dub does.
  const parameters: Array<{ name: string; in: string; required: boolean; description: string; schema: unknown }> = Object.entries(shape).map(([name, schema]) => {
    const { description = "", ...jsonSchema } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    return { name, in: "query", required: false, description, schema: jsonSchema };
  });
  // The page's column choice: accepted (and checked) so a page's query string works here too; it changes no row.
  parameters.push({ name: COLUMNS_PARAM, in: "query", required: false, description: COLUMNS_DESCRIPTION, schema: { type: "string" } });
  const statsParameters = parameters.filter((p) => !(NOT_FOR_AGGREGATES as readonly string[]).includes(p.name));
  const recommendParameters = [
    ...parameters.filter((p) => FILTER_PARAMS.includes(p.name)).map((p) => ({ ...p, description: `Must-have: ${p.description}` })),
    ...Object.entries(recommendExtrasSchema.shape).filter(([name]) => EXTRA_PARAMS.includes(name)).map(([name, schema]) => ({
      name,
      in: "query",
      required: false,
      description: z.globalRegistry.get(schema)?.description ?? "",
      schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
    })),
  ];
  const changesParameters = Object.entries(changesQuerySchema.shape).map(([name, schema]) => {
    const { description = "", ...jsonSchema } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    return { name, in: "query", required: false, description, schema: jsonSchema };
  });
  return {
    openapi: "3.1.0",
    info: {
      title: "Open or closed? — AI model catalogue API",
      version: "1.0.0",
      description: "Models with their licence terms, size, prices and openness. Every fact carries its source URL and as-of date. Unknown values are null, never 0.",
    },
    paths: {
      "/api/models": {
        get: {
          summary: "List, filter, sort and page the catalogue; export it as CSV or NDJSON.",
          parameters,
          responses: {
            "200": { ...ok("ModelList", "A page of models (format=json), or the full export."), content: { "application/json": { schema: { $ref: "#/components/schemas/ModelList" } }, "text/csv": { schema: { type: "string" } }, "application/x-ndjson": { schema: { type: "string" } } } },
            ...cached,
            ...errorResponses,
          },
        },
      },
      "/api/models/{slug}": {
        get: {
          summary: "One model's full record, with sources.",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok("ModelDetail", "The model."), ...cached, "404": { description: "Unknown slug.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }, ...errorResponses },
        },
      },
      "/api/stats": {
        get: {
          summary: "Chart series (pros and cons by access class, price vs quality, performance gap, size, openness, licences) for the filtered catalogue.",
          parameters: statsParameters,
          responses: { "200": ok("Stats", "The series."), ...cached, ...errorResponses },
        },
      },
      "/api/facets": {
        get: {
          summary: "The numbers beside the catalogue's checkboxes: per facet filter, how many models each value keeps under the other filters.",
          parameters: statsParameters,
          responses: { "200": ok("Facets", "The counts."), ...cached, ...errorResponses },
        },
      },
      "/api/stats/{part}": {
        get: {
          summary: "One chart's series from /api/stats (the same filters): what the insights page loads when a data table is opened.",
          parameters: [{ name: "part", in: "path", required: true, schema: { type: "string", enum: [...STATS_PARTS] } }, ...statsParameters],
          responses: {
            "200": { description: "The part, shaped as the same-named property of Stats.", content: { "application/json": { schema: { oneOf: STATS_PARTS.map((p) => ({ $ref: `#/components/schemas/Stats/properties/${p}` })) } } } },
            ...cached,
            "404": { description: "Unknown part.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            ...errorResponses,
          },
        },
      },
      "/api/recommend": {
        get: {
          summary: "From constraints to an answer: the best open and best closed option (the verdict), a ranked shortlist with routes, monthly costs, reasons and trade-offs, and the near misses that fail exactly one must-have.",
          parameters: recommendParameters,
          responses: { "200": ok("Recommendation", "The verdict, shortlist and near misses."), ...cached, ...errorResponses },
        },
      },
      "/api/changes": {
        get: {
          summary:
            "The change feed: what each catalogue load changed (model added, removed or retired; price changed, with provider and old → new; licence changed; access class changed; openness re-graded), with the day and the source, newest first. The first load into an empty database is one catalogue-created entry.",
          parameters: changesParameters,
          responses: { "200": ok("ChangeList", "A page of changes."), ...cached, ...errorResponses },
        },
      },
      "/feed.xml": {
        get: {
          summary: "The change feed as Atom 1.0 (the newest 50 entries); model= or org= follows one model or organisation. Not paged.",
          parameters: changesParameters.filter((p) => p.name === "model" || p.name === "org"),
          responses: { "200": { description: "An Atom feed.", content: { "application/atom+xml": { schema: { type: "string" } } } }, ...cached, ...errorResponses },
        },
      },
      "/api/licences": { get: { summary: "Every licence and its terms.", responses: { "200": ok("LicenceList", "Licences."), ...cached, ...errorResponses } } },
      "/api/organizations": { get: { summary: "Every organisation.", responses: { "200": ok("OrganizationList", "Organisations."), ...cached, ...errorResponses } } },
      "/api/health": { get: { summary: "Database reachability, migration state and catalogue version.", responses: { "200": ok("Health", "Healthy."), "503": ok("Health", "Database unreachable or not migrated.") } } },
    },
    components: {
      schemas: {
        ModelList: json(modelListSchema),
        ModelDetail: json(modelDetailSchema),
        LicenceList: json(licenceListSchema),
        OrganizationList: json(organizationListSchema),
        Health: json(healthSchema),
        Stats: json(statsResponseSchema),
        Facets: json(facetCountsSchema),
        Recommendation: json(recommendResponseSchema),
        ChangeList: json(changeListSchema),
        Error: json(errorSchema),
      },
    },
  };
}

let served: { body: string; etag: string } | undefined;

/** The document as served: built and serialised once per process (it derives only from static schemas), with an ETag of its bytes. */
export function servedOpenApiDocument(): { body: string; etag: string } {
  served ??= (() => {
    const body = JSON.stringify(buildOpenApiDocument());
    return { body, etag: `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"` };
  })();
  return served;
}
