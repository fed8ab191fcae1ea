// Colour and symbol per openness grade, shared by the heatmap (a client
// leaf) and its legend (server-rendered). Black text on each fill keeps a
// contrast of at least 4.5:1; the symbol carries the grade without colour.
import { GRADE_LABELS, type Grade } from "@/lib/domain/openness-labels";

export const GRADE_STYLE: Record<Grade | "ungraded", { symbol: string; className: string; label: string }> = {
  open: { symbol: "●", className: "bg-[#009E73] text-black", label: GRADE_LABELS.open },
  partial: { symbol: "◐", className: "bg-[#E69F00] text-black", label: GRADE_LABELS.partial },
  closed: { symbol: "○", className: "bg-zinc-300 text-black dark:bg-zinc-600 dark:text-white", label: GRADE_LABELS.closed },
  na: { symbol: "–", className: "bg-transparent text-zinc-700 dark:text-zinc-300", label: GRADE_LABELS.na },
  ungraded: { symbol: "?", className: "bg-transparent text-zinc-700 dark:text-zinc-300", label: "Not graded" },
};
