import "server-only";
// explain_licence: a licence's terms as plain answers, with the source they were read from.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { getLicence } from "@/lib/db/get-licence";
import { licenceAnswers } from "@/lib/domain/licence-answers";
import type { LicenceWithCount } from "@/lib/schemas/model-response";
import { slugSchema } from "@/lib/schemas/models-query";
import { objectInput } from "../tool-input";
import { quote, runTool, toolResult } from "../tool-result";

const INPUT = objectInput(z.strictObject({ slug: slugSchema }), { slug: "The licence's slug, as search_models and get_model return it (e.g. apache-2-0)." });

/** The licence record with its answers: what explain_licence and the licence resources return. */
export function explainLicence(licence: LicenceWithCount) {
  return { licence, answers: licenceAnswers(licence), source: { url: licence.sourceUrl, asOf: licence.asOf } };
}

export function summariseLicence(l: LicenceWithCount, answers: ReturnType<typeof licenceAnswers>): string {
  const yesNo = (v: boolean | null) => (v === null ? "unknown" : v ? "yes" : "no");
  return [
    `${quote(l.name)} (${l.slug}${l.spdxId ? `, SPDX ${l.spdxId}` : ""}; ${l.osiApproved ? "OSI-approved" : "not OSI-approved"}; used by ${l.modelCount} model(s) in the catalogue).`,
    `Terms read from ${l.sourceUrl} on ${l.asOf}; licence text: ${l.url}`,
    ...answers.map((a) => `- ${a.question} ${a.answer}: ${a.detail}`),
    `Redistribution of the weights allowed: ${yesNo(l.redistributionAllowed)}. Derivatives allowed: ${yesNo(l.derivativesAllowed)}.`,
    ...(l.notes ? [`Notes: ${quote(l.notes)}`] : []),
  ].join("\n");
}

export function registerExplainLicence(server: McpServer): void {
  server.registerTool(
    "explain_licence",
    {
      title: "Explain a licence's terms",
      description:
        "A licence's terms as plain answers — commercial use and its conditions, forbidden uses, fine-tuning and redistribution, attribution, training other models on its outputs — with the source URL and date they were read. Unknown terms say so.",
      inputSchema: INPUT.schema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (args) =>
      runTool(async () => {
        const { slug } = INPUT.parse(args);
        const licence = await getLicence(slug);
        if (!licence) throw notFound(`No licence with slug "${slug}"; the licence resources list them.`);
        const explained = explainLicence(licence);
        return toolResult(summariseLicence(licence, explained.answers), explained);
      }),
  );
}
