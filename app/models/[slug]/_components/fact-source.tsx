// One fact's provenance under its value: the source mark, or why it is unknown.
import type { ModelDetail } from "@/lib/schemas/model-response";
import { SourceLink } from "./source-link";

export function FactSource({ model, field }: { model: ModelDetail; field: string }) {
  const fact = model.facts[field];
  if (!fact) return null;
  if (fact.unknownReason) return <span className="text-xs text-zinc-600 dark:text-zinc-400">Unknown: {fact.unknownReason}</span>;
  return <SourceLink model={model} sourceKey={fact.sourceKey} url={fact.sourceUrl} title={fact.sourceTitle} asOf={fact.asOf} />;
}
