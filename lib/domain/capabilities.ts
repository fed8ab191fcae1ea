// What a model can do, as the model page shows it: each capability a yes, a
// no or an honest "unknown" (a dataset that says nothing is not a "no").
import type { ModelDetail } from "@/lib/schemas/model-response";

export type Answer = "yes" | "no" | "unknown";

export const answer = (v: boolean | null | undefined): Answer => (v === true ? "yes" : v === false ? "no" : "unknown");

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-07" → "July 2024"; "2024" → "2024 (month not stated)"; null → null. */
export function formatCutoff(cutoff: string | null): string | null {
  if (cutoff === null) return null;
  const [year, month] = cutoff.split("-");
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : `${year} (month not stated)`;
}

export interface CapabilityBadge {
  /** The model's fact field, whose source the badge shows. */
  field: "toolCalling" | "reasoning" | "structuredOutput";
  label: string;
  answer: Answer;
  /** A qualification shown with the answer. */
  note: string | null;
}

/** Tool calling, reasoning and structured output, each yes, no or unknown. */
export function capabilityBadges(model: Pick<ModelDetail, "capabilities">): CapabilityBadge[] {
  const { toolCalling, reasoning, structuredOutput } = model.capabilities;
  return [
    { field: "toolCalling", label: "Tool calling", answer: answer(toolCalling), note: null },
    // NOTE: no dataset we import says whether the reasoning mode can be turned off, so it is never claimed either way.
    { field: "reasoning", label: "Reasoning mode", answer: answer(reasoning), note: reasoning ? "whether it can be switched off is not recorded" : null },
    { field: "structuredOutput", label: "Structured output", answer: answer(structuredOutput), note: null },
  ];
}
