// Where EOSAI graded a model we also graded: component by component, the
// grades that differ. Our "na" (component cannot exist) is compared as is.
import type { ImportedModel } from "@/lib/schemas/imported";
import { OPENNESS_COMPONENTS } from "@/lib/schemas/catalogue";

export interface OpennessDifference {
  component: (typeof OPENNESS_COMPONENTS)[number];
  reviewed: string;
  eosai: string;
  eosaiEvidence: string | null;
}

export function diffOpenness(
  reviewed: Partial<Record<string, { grade: string }>>,
  imported: NonNullable<ImportedModel["openness"]>,
): { compared: number; differences: OpennessDifference[] } {
  const differences: OpennessDifference[] = [];
  let compared = 0;
  for (const component of OPENNESS_COMPONENTS) {
    const ours = reviewed[component]?.grade;
    const theirs = imported[component];
    if (!ours || !theirs) continue;
    compared++;
    if (ours !== theirs.grade) differences.push({ component, reviewed: ours, eosai: theirs.grade, eosaiEvidence: theirs.evidence });
  }
  return { compared, differences };
}
