// Compare rows about what a model is and on what terms: identity, licence clauses, openness.
import { type CompareModel, compareFact as fact } from "./compare-model";
import { type RowDraft, cell, yesNoCell } from "./compare-cell";
import { formatPartialDate } from "./dates";
import { formatParameters, formatScore, formatTokens } from "./format";
import { ACCESS_LABELS, COMMERCIAL_USE_LABELS, LICENCE_CATEGORY_LABELS, LIFECYCLE_LABELS, MODALITY_LABELS } from "@/lib/schemas/labels";
import { GRADE_LABELS, OPENNESS_COMPONENT_LABELS, type OpennessComponent } from "./openness-labels";

const MORE_OPEN = { better: "higher", meaning: "more open" } as const;
const FEWER_RESTRICTIONS = { better: "higher", meaning: "fewer restrictions" } as const;

/** A yes/no licence clause; `goodWhen` is the answer in the reader's favour. Unknown stays unknown. */
function clause(m: CompareModel, value: boolean | null, goodWhen: boolean, otherTone: "bad" | "mixed" = "bad") {
  return yesNoCell(value, goodWhen, m.licence, "The licence text we recorded does not settle this.", otherTone);
}

const ACCESS_RANK = { "open-source": 2, "open-weights": 1, closed: 0 } as const;

export function identityRows(models: readonly CompareModel[]): RowDraft[] {
  return [
    { id: "organization", label: "Organisation", cells: models.map((m) => cell(m.organization.name, fact(m, "identity"))) },
    {
      id: "release",
      label: "Released",
      cells: models.map((m) => {
        const f = fact(m, "releaseDate");
        return m.releaseDate === null ? cell(null, {}, null, f.unknownReason) : cell(formatPartialDate(m.releaseDate, m.releaseDatePrecision), f);
      }),
    },
    { id: "modality", label: "Modality", cells: models.map((m) => cell(MODALITY_LABELS[m.modality] ?? m.modality, fact(m, "identity"))) },
    {
      id: "architecture",
      label: "Architecture",
      cells: models.map((m) =>
        m.architecture === "undisclosed"
          ? cell(null, {}, null, "Not disclosed by the developer.")
          : cell(`${m.architecture}${m.mixtureOfExperts ? ", mixture of experts" : ""}`, fact(m, "identity")),
      ),
    },
    {
      id: "parameters",
      label: "Parameters",
      cells: models.map((m) => {
        const f = fact(m, "parameters");
        if (m.parameters === null) return cell(null, {}, null, f.unknownReason ?? "Undisclosed.");
        const active = m.activeParameters === null ? "" : ` (${formatParameters(m.activeParameters)} active)`;
        return cell(`${formatParameters(m.parameters)}${active}`, f);
      }),
    },
    {
      id: "context",
      label: "Context window",
      direction: { better: "higher", meaning: "longer context" },
      cells: models.map((m) => {
        const f = fact(m, "contextLength");
        return m.contextLength === null ? cell(null, {}, null, f.unknownReason) : cell(`${formatTokens(m.contextLength)} tokens`, f, m.contextLength);
      }),
    },
    {
      id: "lifecycle",
      label: "Status",
      direction: { better: "higher", meaning: "still served" },
      cells: models.map((m) => {
        const f = fact(m, "lifecycle");
        if (m.lifecycle === null) return cell(null, {}, null, f.unknownReason ?? "Not recorded.");
        const rank = { available: 2, deprecated: 1, retired: 0 }[m.lifecycle];
        return { ...cell(LIFECYCLE_LABELS[m.lifecycle], f, rank), tone: (["bad", "mixed", "good"] as const)[rank] };
      }),
    },
    {
      id: "access",
      label: "Access class",
      direction: MORE_OPEN,
      cells: models.map((m) => cell(ACCESS_LABELS[m.access], { ...fact(m, "licence") }, ACCESS_RANK[m.access], "Derived from weights access and licence terms.")),
    },
  ];
}

export function licenceRows(models: readonly CompareModel[]): RowDraft[] {
  const commercialRank = { yes: 2, conditional: 1, no: 0 } as const;
  return [
    {
      id: "licence",
      label: "Licence",
      cells: models.map((m) => cell(`${m.licence.name} (${LICENCE_CATEGORY_LABELS[m.licence.category] ?? m.licence.category})`, m.licence)),
    },
    { id: "osi", label: "OSI-approved", direction: MORE_OPEN, cells: models.map((m) => yesNoCell(m.licence.osiApproved, true, m.licence, null)) },
    {
      id: "commercial-use",
      label: "Commercial use",
      direction: FEWER_RESTRICTIONS,
      cells: models.map((m) => {
        const use = m.licence.commercialUse;
        if (use === null) return cell(null, {}, null, "Licence terms not reviewed yet.");
        return { ...cell(COMMERCIAL_USE_LABELS[use] ?? use, m.licence, commercialRank[use]), tone: ({ yes: "good", conditional: "mixed", no: "bad" } as const)[use] };
      }),
    },
    { id: "conditions", label: "Conditions", cells: models.map((m) => cell(m.licence.conditions ?? "None recorded", m.licence)) },
    { id: "use-restrictions", label: "Use restrictions", direction: FEWER_RESTRICTIONS, cells: models.map((m) => clause(m, m.licence.useRestrictions, false)) },
    {
      id: "output-training-ban",
      label: "Bans training other models on its output",
      direction: FEWER_RESTRICTIONS,
      cells: models.map((m) => clause(m, m.licence.outputTrainingBan, false)),
    },
    { id: "attribution", label: "Attribution required", direction: FEWER_RESTRICTIONS, cells: models.map((m) => clause(m, m.licence.attributionRequired, false, "mixed")) },
    { id: "redistribution", label: "Redistribution allowed", direction: FEWER_RESTRICTIONS, cells: models.map((m) => clause(m, m.licence.redistributionAllowed, true)) },
    { id: "derivatives", label: "Derivatives allowed", direction: FEWER_RESTRICTIONS, cells: models.map((m) => clause(m, m.licence.derivativesAllowed, true)) },
  ];
}

const GRADE_RANK = { open: 2, partial: 1, closed: 0, na: null } as const;

export function opennessRows(models: readonly CompareModel[]): RowDraft[] {
  const components = Object.keys(OPENNESS_COMPONENT_LABELS) as OpennessComponent[];
  return [
    {
      id: "openness-score",
      label: "Openness score (0–100)",
      direction: MORE_OPEN,
      cells: models.map((m) =>
        m.openness.score === null
          ? cell(null, {}, null, "No component applies.")
          : cell(formatScore(m.openness.score), {}, m.openness.score, "Average of the graded components below."),
      ),
    },
    // The components explain the score; only the score is ranked (twelve "better" marks would drown the table).
    ...components.map((component) => ({
      id: `openness-${component}`,
      label: OPENNESS_COMPONENT_LABELS[component],
      cells: models.map((m) => {
        const c = m.openness.components.find((x) => x.component === component);
        if (!c) return cell(null, {}, null, "Not graded.");
        return cell(GRADE_LABELS[c.grade], { sourceUrl: c.evidenceUrl }, GRADE_RANK[c.grade], c.note);
      }),
    })),
  ];
}
