import "server-only";
// Tool inputs derived from the HTTP API's own zod schemas, so a filter
// added to the API is a tool argument at once and both answer alike.
// NOTE: the SDK advertises the input side of a tool's zod schema and
// validates with it before our callback runs. The catalogue query schema
// parses URL text (lists as "a,b", numbers as digits), which is the wrong
// thing to advertise to an agent. So each tool advertises a JSON Schema we
// derive (the API schema's output side: arrays, numbers), the SDK sees a
// permissive object, and the callback parses with the API's own parser,
// reporting every offending argument in the API's error shape.
import { z } from "zod";
import { invalidQuery } from "@/lib/api/errors";
import { modelsQuerySchema, parseModelsQuery, type ModelsQuery, type QueryIssue } from "@/lib/schemas/models-query";

type JsonSchema = Record<string, unknown>;

export interface ToolInput<T> {
  /** What the SDK is given: any object, advertised with the derived JSON Schema. */
  schema: z.ZodType<Record<string, unknown>>;
  /** The arguments parsed by the API's schema, or an ApiError (invalid_query) naming each bad one. */
  parse: (args: Record<string, unknown>) => T;
}

function advertised(properties: Record<string, JsonSchema>, required: string[]): ToolInput<never>["schema"] {
  return z.looseObject({}).meta({ type: "object", properties, required, additionalProperties: false });
}

function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _, ...rest } = schema;
  return rest;
}

function issuesOf(error: z.core.$ZodError): QueryIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((param) => ({ param, message: "unknown argument" }))
      : [{ param: issue.path.length ? issue.path.map(String).join(".") : "(arguments)", message: issue.message }],
  );
}

/** A tool whose arguments are a plain zod object (slugs): advertised and parsed by the same schema. */
export function objectInput<S extends z.core.$ZodObject>(schema: S, descriptions: Partial<Record<keyof z.input<S>, string>>): ToolInput<z.output<S>> {
  const json = z.toJSONSchema(schema, { io: "input" }) as JsonSchema & { properties: Record<string, JsonSchema>; required?: string[] };
  const properties = Object.fromEntries(
    Object.entries(json.properties).map(([name, field]) => [name, { ...field, description: descriptions[name as keyof z.input<S>] ?? "" }]),
  );
  return {
    schema: advertised(properties, json.required ?? []),
    parse: (args) => {
      const parsed = z.safeParse(schema, args);
      if (!parsed.success) throw invalidQuery(issuesOf(parsed.error));
      return parsed.data;
    },
  };
}

/** Catalogue query parameters a tool does not take: a tool answers one page of JSON. */
const NOT_TOOL_ARGUMENTS = new Set(["format"]);

/** One argument as the URL text the API parses: lists join with commas, numbers print as digits. */
function asParam(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) return value.join(",");
  return null;
}

function searchInput(): ToolInput<ModelsQuery> {
  const names = Object.keys(modelsQuerySchema.shape).filter((name) => !NOT_TOOL_ARGUMENTS.has(name));
  const properties = Object.fromEntries(
    names.map((name) => {
      const field = modelsQuerySchema.shape[name as keyof typeof modelsQuerySchema.shape];
      const json = withoutDialect(z.toJSONSchema(field, { io: "output", unrepresentable: "any" }) as JsonSchema);
      // The description comes from the schema (the filter registry's), as in the OpenAPI document.
      return [name, { description: "", ...json }];
    }),
  );
  return {
    schema: advertised(properties, []),
    parse: (args) => {
      const params: Record<string, string> = {};
      const issues: QueryIssue[] = [];
      for (const [name, value] of Object.entries(args)) {
        const text = asParam(value);
        if (!names.includes(name)) issues.push({ param: name, message: "unknown argument" });
        else if (text === null) issues.push({ param: name, message: "must be a string, a number or a list of them" });
        else params[name] = text;
      }
      const parsed = parseModelsQuery(params);
      if (!parsed.ok) issues.push(...parsed.issues);
      if (issues.length > 0 || !parsed.ok) throw invalidQuery(issues);
      return parsed.query;
    },
  };
}

/** search_models: every /api/models parameter but `format`, as JSON types. */
export const SEARCH_MODELS_INPUT = searchInput();
