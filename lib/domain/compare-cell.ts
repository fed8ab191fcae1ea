// A compare table cell and the row drafts the row builders return.

import type { SourceKind } from "./provenance";

export interface CompareValue {
  text: string;
  sourceUrl: string | null;
  asOf: string | null;
  /** The kind of source, and the dataset for an imported value. */
  kind?: SourceKind | null;
  dataset?: { name: string; commit: string } | null;
}

export interface CompareCell {
  /** One or more values (e.g. one price per provider), each with its source. */
  values: CompareValue[];
  unknown: boolean;
  /** Why it is unknown, or a qualifier (benchmark setting). */
  note: string | null;
  /** For rows with a direction: a number to compare on; null = unknown or not comparable. */
  rank: number | null;
  better: boolean;
  /**
   * For answers that are good or bad for the reader whatever the other models say (a yes/no
   * clause, a capability): which. Shown as the chip's colour and symbol — "restricts use: No"
   * is good news, so it is green although the word is "No".
   */
  tone?: Tone | null;
}

export type Tone = "good" | "bad" | "mixed";

export type Direction = "higher" | "lower";

/** A row before marking: the builders in compare-rows-*.ts return these. */
export interface RowDraft {
  id: string;
  label: string;
  direction?: { better: Direction; meaning: string };
  /** Set when the values exist but should not be ranked against each other. */
  notComparable?: string;
  cells: Array<Omit<CompareCell, "better">>;
}

/** A single-valued cell; null text means unknown. */
export function cell(
  text: string | null,
  source: { sourceUrl?: string | null; asOf?: string | null; kind?: SourceKind | null; dataset?: { name: string; commit: string } | null } = {},
  rank: number | null = null,
  note: string | null = null,
): Omit<CompareCell, "better"> {
  if (text === null) return { values: [], unknown: true, note, rank: null };
  return {
    values: [{ text, sourceUrl: source.sourceUrl ?? null, asOf: source.asOf ?? null, kind: source.kind ?? null, dataset: source.dataset ?? null }],
    unknown: false,
    note,
    rank,
  };
}


/**
 * A yes/no answer whose meaning for the reader is fixed: `goodWhen` is the answer that is in the
 * reader's favour. Ranked so that the good answer is the better one (rows use direction "higher").
 */
export function yesNoCell(
  value: boolean | null,
  goodWhen: boolean,
  source: Parameters<typeof cell>[1],
  unknownNote: string | null,
  /** How bad the other answer is: "mixed" for a mild obligation (attribution). */
  otherTone: "bad" | "mixed" = "bad",
): Omit<CompareCell, "better"> {
  if (value === null) return cell(null, {}, null, unknownNote);
  const good = value === goodWhen;
  return { ...cell(value ? "Yes" : "No", source, good ? 1 : 0), tone: good ? "good" : otherTone };
}
