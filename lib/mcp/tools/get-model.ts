import "server-only";
// get_model: /api/models/{slug} as a tool, with the licence's terms as plain answers.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { getModel } from "@/lib/db/get-model";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import { formatParameters, formatScore, formatUsd } from "@/lib/domain/format";
import { licenceAnswers } from "@/lib/domain/licence-answers";
import { blendedUsdPerMTok, currentListings } from "@/lib/domain/price";
import { ourResponse } from "@/lib/api/contract";
import { modelDetailSchema, type ModelDetail } from "@/lib/schemas/model-response";
import { slugSchema } from "@/lib/schemas/models-query";
import { objectInput } from "../tool-input";
import { quote, runTool, toolResult } from "../tool-result";
import type { ToolContext } from "./context";

const INPUT = objectInput(z.strictObject({ slug: slugSchema }), { slug: "The model's slug, as search_models returns it (e.g. llama-2-70b)." });

function summarise(m: ModelDetail, answers: ReturnType<typeof licenceAnswers>, page: string): string {
  const prices = currentListings(m.prices).map((p) => `${quote(p.provider)} ${formatUsd(blendedUsdPerMTok(p.inputUsdPerMTok, p.outputUsdPerMTok))} (source ${p.sourceUrl}, as of ${p.asOf})`);
  return [
    `${quote(m.name)} [${m.slug}] by ${quote(m.organization.name)}: ${ACCESS_LABELS[m.access]}, ${formatParameters(m.parameters)} parameters, openness ${formatScore(m.openness.score)} / 100.`,
    `Licence ${quote(m.licence.name)} (${m.licence.slug}; terms read from ${m.licence.sourceUrl} on ${m.licence.asOf}):`,
    ...answers.map((a) => `- ${a.question} ${a.answer}: ${a.detail}`),
    `Current API prices per 1M tokens, blended 3:1: ${prices.length ? prices.join("; ") : "none listed"}.`,
    `${m.benchmarks.length} benchmark score(s), ${m.openness.components.length} graded openness component(s) with evidence, ${m.sources.length} source(s); every fact's source is under "facts". Page: ${page}`,
  ].join("\n");
}

export function registerGetModel(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "get_model",
    {
      title: "Get one model's full record",
      description:
        "One model's full record as GET /api/models/{slug} returns it — licence terms, openness components with evidence, price history with hosts, benchmarks, and each fact's source and date — plus the licence's terms as plain answers.",
      inputSchema: INPUT.schema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (args) =>
      runTool(async () => {
        const { slug } = INPUT.parse(args);
        const found = await getModel(slug);
        if (!found) throw notFound(`No model with slug "${slug}"; search_models lists the slugs.`);
        const model = ourResponse(modelDetailSchema, found);
        const answers = licenceAnswers(model.licence);
        const page = ctx.modelPage(slug);
        return toolResult(summarise(model, answers, page), { model, licenceAnswers: answers, page });
      }),
  );
}
