import "server-only";
// recommend: /api/recommend as a tool — the same parser, the same answer.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { invalidQuery } from "@/lib/api/errors";
import { getRecommendation } from "@/lib/db/recommend";
import { EXTRA_PARAMS, FILTER_PARAMS, parseRecommendQuery } from "@/lib/schemas/recommend-query";
import { recommendResponseSchema, type RecommendItem, type RecommendResponse } from "@/lib/schemas/recommend-response";
import { quote, runTool, toolResult } from "../tool-result";
import type { ToolContext } from "./context";

// The arguments are /api/recommend's query parameters as an object; the API's own
// parser checks them (unknown and invalid ones are named), so there is no second list.
const argument = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional();
const INPUT_SHAPE = Object.fromEntries([...FILTER_PARAMS, ...EXTRA_PARAMS].map((name) => [name, argument]));

/** A tool argument as the query string the API parser reads: lists comma-joined, numbers and booleans as text. */
function toParams(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v)]));
}

function line(i: RecommendItem): string {
  const via = i.route === "self-host" ? `self-hosted on ${i.providerName}${i.gpusNeeded ? ` (${i.gpusNeeded} GPU${i.gpusNeeded > 1 ? "s" : ""})` : ""}` : `${i.route} via ${i.providerName}`;
  return `${quote(i.model.name)} [${i.model.slug}] — ${via}, ${i.monthlyCostUsd === null ? "not costed per month (listed per token; an image's cost depends on its size and quality)" : `$${i.monthlyCostUsd.toFixed(2)} a month`}`;
}

function summarise(answer: RecommendResponse, ctx: ToolContext): string {
  const side = (label: string, s: RecommendResponse["verdict"]["open"]) =>
    s.item ? `${label}: ${line(s.item)}. ${ctx.modelPage(s.item.model.slug)}` : `${label}: none${s.ruledOutBy ? ` (ruled out by ${s.ruledOutBy})` : ""}.`;
  return [
    answer.verdict.summary,
    side("Best open", answer.verdict.open),
    side("Best closed", answer.verdict.closed),
    ...answer.items.map((i, n) => `${n + 1}. ${line(i)}; ${i.reasons.join("; ")}${i.tradeOffs.length ? `; trade-offs: ${i.tradeOffs.join("; ")}` : ""}`),
    ...answer.nearMisses.map((m) => `Near miss: ${quote(m.model.name)} [${m.model.slug}] — ${m.failed.map((f) => `${f.constraint}: ${f.message}`).join("; ")}`),
  ].join("\n");
}

export function registerRecommend(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "recommend",
    {
      title: "Which model should I use?",
      description:
        `The decision helper (/choose, GET /api/recommend): must-haves and situation in, the best open and best closed option, a ranked shortlist with routes (API, host, self-host), monthly costs, reasons and trade-offs, and near misses out. ` +
        `Arguments are /api/recommend's parameters: every catalogue filter as a must-have (${FILTER_PARAMS.join(", ")}) plus ${EXTRA_PARAMS.join(", ")}. Lists may be arrays.`,
      inputSchema: INPUT_SHAPE,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (args) =>
      runTool(async () => {
        const parsed = parseRecommendQuery(toParams(args));
        if (!parsed.ok) throw invalidQuery(parsed.issues);
        const answer = recommendResponseSchema.parse(await getRecommendation(parsed.query));
        return toolResult(summarise(answer, ctx), answer);
      }),
  );
}
