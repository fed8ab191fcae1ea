// The model's sourced facts, each value with its source mark (title, kind and day read on hover, focus or tap).
import type { ReactNode } from "react";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { formatParameters, formatTokens, formatUsdAmount, UNKNOWN } from "@/lib/domain/format";
import { formatPartialDate } from "@/lib/domain/dates";
import { MODALITY_LABELS, WEIGHTS_ACCESS_LABELS } from "@/lib/schemas/labels";
import { SourceLink } from "./source-link";

const yesNo = (v: boolean | null) => (v === null ? UNKNOWN : v ? "Yes" : "No");

export function KeyFacts({ model }: { model: ModelDetail }) {
  const rows: Array<[string, string, ReactNode]> = [
    ["releaseDate", "Released", model.releaseDate ? formatPartialDate(model.releaseDate, model.releaseDatePrecision) : UNKNOWN],
    ["parameters", "Parameters", model.parameters === null ? "undisclosed" : `${formatParameters(model.parameters)} (${model.parameters.toLocaleString("en-US")})`],
    ...(model.activeParameters !== null ? [["activeParameters", "Active parameters per token", formatParameters(model.activeParameters)] as [string, string, ReactNode]] : []),
    ["contextLength", "Context length", model.contextLength === null ? UNKNOWN : `${formatTokens(model.contextLength)} tokens`],
    ["identity", "Modality", MODALITY_LABELS[model.modality] ?? model.modality],
    ["identity", "Architecture", `${model.architecture}${model.mixtureOfExperts ? ", mixture of experts" : model.mixtureOfExperts === null ? " (mixture of experts: undisclosed)" : ""}`],
    ["weightsAccess", "Weights", model.weightsAccess === null ? UNKNOWN : (WEIGHTS_ACCESS_LABELS[model.weightsAccess] ?? model.weightsAccess)],
    ["selfHostable", "Runs on your own hardware", yesNo(model.selfHostable)],
    ["trainsOnPromptsByDefault", "Provider trains on your prompts by default", yesNo(model.trainsOnPromptsByDefault)],
    ["trainingCostUsd", "Training cost (published)", formatUsdAmount(model.trainingCostUsd)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {rows.map(([field, label, value]) => {
        const fact = field ? model.facts[field] : undefined;
        return (
          <div key={label} className="border-b border-zinc-200 pb-2 dark:border-zinc-800">
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="font-medium">
              {value}
              {fact && !fact.unknownReason && <> <SourceLink model={model} sourceKey={fact.sourceKey} url={fact.sourceUrl} title={fact.sourceTitle} asOf={fact.asOf} /></>}
            </dd>
            {fact?.unknownReason && <dd className="text-sm text-zinc-600 dark:text-zinc-400">Unknown: {fact.unknownReason}</dd>}
          </div>
        );
      })}
    </dl>
  );
}
