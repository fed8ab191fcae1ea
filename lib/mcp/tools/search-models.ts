import "server-only";
// search_models: /api/models as a tool — the same parser, the same query, the same rows.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { listModels } from "@/lib/db/list-models";
import { sortLabel } from "@/lib/schemas/catalogue-filters";
import { ACCESS_LABELS, COMMERCIAL_USE_LABELS } from "@/lib/schemas/labels";
import { formatParameters, formatUsd } from "@/lib/domain/format";
import { modelListSchema, type ModelList, type ModelSummary } from "@/lib/schemas/model-response";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import { SEARCH_MODELS_INPUT } from "../tool-input";
import { quote, runTool, toolResult } from "../tool-result";
import type { ToolContext } from "./context";

function row(m: ModelSummary, n: number, ctx: ToolContext): string {
  const facts = [
    `${quote(m.organization.name)}`,
    ACCESS_LABELS[m.access],
    `licence ${quote(m.licence.name)} (${m.licence.slug}), commercial use: ${m.licence.commercialUse === null ? "terms not yet reviewed" : (COMMERCIAL_USE_LABELS[m.licence.commercialUse] ?? m.licence.commercialUse)}`,
    m.parameters === null ? "parameter count unknown" : `${formatParameters(m.parameters)} parameters`,
    `tool calling: ${m.capabilities.toolCalling === null ? "unknown" : m.capabilities.toolCalling ? "yes" : "no"}`,
    m.price ? `${formatUsd(m.price.blendedUsdPerMTok)} per 1M tokens blended` : "no API price",
    ...(m.mmlu === null ? [] : [`MMLU ${m.mmlu}`]),
  ];
  return `${n}. ${quote(m.name)} [${m.slug}] — ${facts.join("; ")}. Sources: ${ctx.modelPage(m.slug)}`;
}

/** The page in words: how many match, the order, one line per row. */
export function summariseModelList(list: ModelList, query: ModelsQuery, ctx: ToolContext): string {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const sort = query.sort ?? "name";
  const order = `${sortLabel(sort.replace(/^-/, "")) ?? sort}, ${sort.startsWith("-") ? "descending" : "ascending"} (unknown values last)`;
  const head = `${list.total} model(s) match; page ${list.page} of ${pages} (${list.pageSize} per page), sorted by ${order}.`;
  if (list.items.length === 0) return `${head}${list.total > 0 ? " This page is past the last one." : " Try fewer filters."}`;
  const first = (list.page - 1) * list.pageSize;
  return [
    head,
    ...list.items.map((m, i) => row(m, first + i + 1, ctx)),
    "Each model's full record, with the source and date of every fact: get_model with its slug. A licence's terms: explain_licence.",
  ].join("\n");
}

export function registerSearchModels(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "search_models",
    {
      title: "Search the model catalogue",
      description:
        "Filter, sort and page the catalogue of AI models exactly as GET /api/models does (same parameters, same rows, same order). Lists take arrays; prices are USD per 1M tokens; parameters in billions. Returns { items, total, page, pageSize } and a short summary.",
      inputSchema: SEARCH_MODELS_INPUT.schema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (args) =>
      runTool(async () => {
        const query = SEARCH_MODELS_INPUT.parse(args);
        const list = modelListSchema.parse(await listModels(query));
        return toolResult(summariseModelList(list, query, ctx), list);
      }),
  );
}
