// How a fact's provenance reads next to its value: what kind of source it is
// (the maker's own document, a secondary one, or an imported dataset with
// its commit), in a few words, and in full for the hover/focus title.

export type SourceKind = "primary" | "secondary" | "dataset";

export interface Provenance {
  kind?: SourceKind | null;
  /** For kind "dataset": which dataset and commit. */
  dataset?: { name: string; commit: string } | null;
  title?: string | null;
  asOf?: string | null;
}

const KIND_WORDS: Record<SourceKind, string> = {
  primary: "primary source (the maker's own document)",
  secondary: "secondary source (press or a tracker)",
  dataset: "imported dataset, not reviewed by us",
};

/** The short label shown beside a value: "source", "secondary" or the dataset's name. */
export function provenanceLabel(p: Provenance): string {
  if (p.kind === "dataset") return p.dataset?.name ?? "dataset";
  if (p.kind === "secondary") return "secondary";
  return "source";
}

/** The full description for a title attribute or a screen reader. */
export function provenanceTitle(p: Provenance): string {
  const parts = [p.title ?? null, p.kind ? KIND_WORDS[p.kind] : null];
  if (p.kind === "dataset" && p.dataset) parts.push(`${p.dataset.name} at commit ${p.dataset.commit.slice(0, 7)}`);
  if (p.asOf) parts.push(`read ${p.asOf}`);
  return parts.filter((x): x is string => x !== null).join(" — ");
}
