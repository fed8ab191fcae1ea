// How a fact's provenance reads beside its value: what kind of source it is
// (the maker's own document, a secondary one, or an imported dataset with
// its commit) and the day it was read, for the source mark's card and for
// a screen reader's name of the mark.

export type SourceKind = "primary" | "secondary" | "dataset";

export interface Provenance {
  kind?: SourceKind | null;
  /** For kind "dataset": which dataset and commit. */
  dataset?: { name: string; commit: string } | null;
  title?: string | null;
  asOf?: string | null;
}

const KIND_WORDS: Record<Exclude<SourceKind, "dataset">, string> = {
  primary: "The maker’s own document",
  secondary: "Secondary source: press or a tracker",
};

/** The kind of source in a few words; a dataset names itself and its commit. Null when the kind is not recorded. */
export function provenanceKind(p: Provenance): string | null {
  if (p.kind === "dataset") return `Imported from ${p.dataset ? `${p.dataset.name} (commit ${p.dataset.commit.slice(0, 7)})` : "an open dataset"}, not reviewed by us`;
  return p.kind ? KIND_WORDS[p.kind] : null;
}

/** Everything the mark's card says, in one line: the title, the kind and the day read. */
export function provenanceTitle(p: Provenance): string {
  const parts = [p.title ?? null, provenanceKind(p), p.asOf ? `read ${p.asOf}` : null];
  return parts.filter((x): x is string => x !== null).join(" — ");
}
