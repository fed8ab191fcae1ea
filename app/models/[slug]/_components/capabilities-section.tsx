// What the model can do: tool calling, reasoning, structured output, what it
// reads and writes, its longest output and its knowledge cut-off — each with
// its source, and "unknown" where no source says (never "no").
import type { ReactNode } from "react";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { capabilityBadges, formatCutoff, type Answer } from "@/lib/domain/capabilities";
import { formatTokens } from "@/lib/domain/format";
import { FactSource } from "./fact-source";

const MODALITY_WORDS: Record<string, string> = { text: "text", image: "images", audio: "audio", video: "video", pdf: "PDF", embeddings: "embeddings" };

const BADGE: Record<Answer, { className: string; word: string }> = {
  yes: { className: "border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950/50 dark:text-emerald-100", word: "yes" },
  no: { className: "border-zinc-400 bg-zinc-100 text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100", word: "no" },
  unknown: { className: "border-dashed border-zinc-400 text-zinc-700 dark:border-zinc-500 dark:text-zinc-300", word: "unknown" },
};

function Fact({ label, value, model, field }: { label: string; value: ReactNode; model: ModelDetail; field: string }) {
  return (
    <div className="border-b border-zinc-200 pb-2 dark:border-zinc-800">
      <dt className="text-sm text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="font-medium">{value}</dd>
      <dd><FactSource model={model} field={field} /></dd>
    </div>
  );
}

const modalities = (list: readonly string[] | null) => (list === null ? "unknown" : list.map((m) => MODALITY_WORDS[m] ?? m).join(", "));

export function CapabilitiesSection({ model }: { model: ModelDetail }) {
  return (
    <div className="space-y-4">
      <ul aria-label="Capabilities" className="flex flex-wrap gap-x-6 gap-y-3">
        {capabilityBadges(model).map((b) => (
          <li key={b.field} className="space-y-0.5">
            <span className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${BADGE[b.answer].className}`}>
              {b.label}: <strong className="font-semibold">{BADGE[b.answer].word}</strong>
            </span>
            {b.note && <span className="block text-sm text-zinc-600 dark:text-zinc-400">{b.note}</span>}
            <span className="block"><FactSource model={model} field={b.field} /></span>
          </li>
        ))}
      </ul>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        <Fact label="Reads" value={modalities(model.inputModalities)} model={model} field="inputModalities" />
        <Fact label="Writes" value={modalities(model.outputModalities)} model={model} field="outputModalities" />
        <Fact label="Longest output" value={model.maxOutputTokens === null ? "unknown" : `${formatTokens(model.maxOutputTokens)} tokens`} model={model} field="maxOutputTokens" />
        <Fact label="Knowledge cut-off" value={formatCutoff(model.knowledgeCutoff) ?? "unknown"} model={model} field="knowledgeCutoff" />
      </dl>
    </div>
  );
}
