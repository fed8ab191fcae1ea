import "server-only";
// compare_models: the compare page's rows (which value is better, and why) and the pros-and-cons scores.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { getModels } from "@/lib/db/get-models";
import { buildCompareGroups, type CompareGroup } from "@/lib/domain/compare-rows";
import { PROS_CONS_EXPLANATIONS, scoreProsCons } from "@/lib/domain/pros-cons";
import { MAX_COMPARE_MODELS, MIN_COMPARE_MODELS, PROS_CONS_DIMENSIONS } from "@/lib/schemas/vocabulary";
import { GPU_OPTIONS } from "@/lib/db/gpu-options";
import { ourResponse } from "@/lib/api/contract";
import { modelDetailSchema, type ModelDetail } from "@/lib/schemas/model-response";
import { slugSchema } from "@/lib/schemas/models-query";
import { objectInput } from "../tool-input";
import { quote, runTool, toolResult } from "../tool-result";
import type { ToolContext } from "./context";

const INPUT = objectInput(
  z.strictObject({
    slugs: z
      .array(slugSchema)
      .min(MIN_COMPARE_MODELS, `at least ${MIN_COMPARE_MODELS} models`)
      .max(MAX_COMPARE_MODELS, `at most ${MAX_COMPARE_MODELS} models`)
      .refine((slugs) => new Set(slugs).size === slugs.length, "each model at most once"),
  }),
  { slugs: `${MIN_COMPARE_MODELS} to ${MAX_COMPARE_MODELS} model slugs, in the order to show them (e.g. ["llama-3-1-70b", "gpt-4o"]).` },
);

type Scores = ReturnType<typeof scoreProsCons>;

function summarise(models: ModelDetail[], groups: CompareGroup[], scores: Scores[]): string {
  const names = models.map((m) => quote(m.name));
  const marked = groups.flatMap((g) =>
    g.rows.flatMap((r) => {
      const best = r.cells.flatMap((c, i) => (c.better ? [names[i]] : []));
      return best.length && r.direction ? [`- ${g.label} / ${r.label}: ${best.join(", ")} (${r.direction.meaning})`] : [];
    }),
  );
  const dims = PROS_CONS_DIMENSIONS.map(
    (d) => `- ${PROS_CONS_EXPLANATIONS[d].label}: ${scores.map((s, i) => `${names[i]} ${s[d].score ?? "no data"}`).join(", ")}`,
  );
  return [
    `Comparing ${names.join(" vs ")}. Where a direction exists, the better known value (unknown is never better):`,
    ...(marked.length ? marked : ["- no row has a better value"]),
    "Pros and cons, 0–100, higher is better for you (how each is scored: prosConsDimensions):",
    ...dims,
    "Every cell carries its source URL and date in groups[].rows[].cells[].values[].",
  ].join("\n");
}

export function registerCompareModels(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    "compare_models",
    {
      title: "Compare two to four models",
      description:
        "The compare table for 2–4 models, as the /compare page builds it: rows grouped as identity, licence terms, openness, cost, quality and deployment, each cell with its source; where a direction exists, which value is better and why. Plus the nine pros-and-cons scores (0–100) with the facts behind each.",
      inputSchema: INPUT.schema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (args) =>
      runTool(async () => {
        const { slugs } = INPUT.parse(args);
        const { models: found, unknownSlugs } = await getModels(slugs);
        if (unknownSlugs.length > 0) throw notFound(`No model with slug ${unknownSlugs.map((s) => `"${s}"`).join(", ")}; search_models lists the slugs.`);
        const models = found.map((m) => ourResponse(modelDetailSchema, m));
        const gpus = [...GPU_OPTIONS];
        const groups = buildCompareGroups(models, gpus);
        const scores = models.map((m) => scoreProsCons(m, { gpus }));
        const data = {
          models: models.map((m) => ({ slug: m.slug, name: m.name, page: ctx.modelPage(m.slug) })),
          groups,
          prosCons: models.map((m, i) => ({ slug: m.slug, scores: scores[i] })),
          prosConsDimensions: PROS_CONS_EXPLANATIONS,
        };
        return toolResult(summarise(models, groups, scores), data);
      }),
  );
}
