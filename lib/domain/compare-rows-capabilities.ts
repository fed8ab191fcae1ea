// Compare rows about what a model can do: tool calling, reasoning, structured output, what it
// reads and writes, how long an answer can be, and how recent its knowledge is.
import { type CompareModel, compareFact as fact } from "./compare-model";
import { type RowDraft, cell, yesNoCell } from "./compare-cell";
import { formatTokens } from "./format";

const NOT_RECORDED = "Not recorded in the catalogue.";

const MODALITY_WORDS: Record<string, string> = { text: "text", image: "images", audio: "audio", video: "video", pdf: "PDF", embeddings: "embeddings" };

function modalities(m: CompareModel, field: "inputModalities" | "outputModalities") {
  const list = m[field];
  const f = fact(m, field);
  if (list === null || list.length === 0) return cell(null, {}, null, f.unknownReason ?? NOT_RECORDED);
  const words = list.map((x) => MODALITY_WORDS[x] ?? x);
  const text = words.join(", ");
  return cell(text.charAt(0).toUpperCase() + text.slice(1), f, list.length);
}

/** "2023-09" → 24285 months; a year alone is its January (and flagged, since it is less precise). */
const monthIndex = (cutoff: string) => {
  const [y, mo] = cutoff.split("-");
  return Number(y) * 12 + (mo === undefined ? 0 : Number(mo) - 1);
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const formatCutoff = (cutoff: string) => {
  const [y, mo] = cutoff.split("-");
  return mo === undefined ? `${y}` : `${MONTHS[Number(mo) - 1] ?? mo} ${y}`;
};

function cutoffRow(models: readonly CompareModel[]): RowDraft {
  const known = models.flatMap((m) => (m.knowledgeCutoff === null ? [] : [m.knowledgeCutoff]));
  // A bare year cannot be ranked against a month of the same year.
  const yearOnlyClash = known.some((c) => !c.includes("-") && known.some((o) => o !== c && o.startsWith(`${c}-`)));
  return {
    id: "knowledge-cutoff",
    label: "Knowledge cut-off",
    direction: { better: "higher", meaning: "more recent knowledge" },
    ...(yearOnlyClash && { notComparable: "One cut-off is known only to the year, so it cannot be ranked against a month of that year." }),
    cells: models.map((m) =>
      m.knowledgeCutoff === null ? cell(null, {}, null, fact(m, "knowledgeCutoff").unknownReason ?? NOT_RECORDED) : cell(formatCutoff(m.knowledgeCutoff), fact(m, "knowledgeCutoff"), monthIndex(m.knowledgeCutoff)),
    ),
  };
}

export function capabilityRows(models: readonly CompareModel[]): RowDraft[] {
  const capability = (id: string, label: string, key: keyof CompareModel["capabilities"]): RowDraft => ({
    id,
    label,
    direction: { better: "higher", meaning: "can do it" },
    cells: models.map((m) => yesNoCell(m.capabilities[key], true, fact(m, key), fact(m, key).unknownReason ?? NOT_RECORDED)),
  });
  return [
    capability("tool-calling", "Tool calling", "toolCalling"),
    capability("reasoning", "Reasoning (thinks before answering)", "reasoning"),
    capability("structured-output", "Structured output (JSON schema)", "structuredOutput"),
    { id: "input-modalities", label: "Reads", direction: { better: "higher", meaning: "reads more kinds of input" }, cells: models.map((m) => modalities(m, "inputModalities")) },
    { id: "output-modalities", label: "Writes", cells: models.map((m) => modalities(m, "outputModalities")) },
    {
      id: "max-output",
      label: "Longest answer",
      direction: { better: "higher", meaning: "longer answers" },
      cells: models.map((m) =>
        m.maxOutputTokens === null ? cell(null, {}, null, fact(m, "maxOutputTokens").unknownReason ?? NOT_RECORDED) : cell(`${formatTokens(m.maxOutputTokens)} tokens`, fact(m, "maxOutputTokens"), m.maxOutputTokens),
      ),
    },
    cutoffRow(models),
  ];
}
