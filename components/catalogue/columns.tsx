// One renderer per catalogue column (lib/schemas/catalogue-columns.ts): the
// desktop table and the phone's cards both draw a fact through it, so the
// two can never say different things about the same model.
import Link from "next/link";
import type { ReactNode } from "react";
import { AccessBadge } from "@/components/models/access-badge";
import { formatPartialDate } from "@/lib/domain/dates";
import { formatParameters, formatScore, formatTokens, UNKNOWN } from "@/lib/domain/format";
import { licenceShortName } from "@/lib/domain/licence-short-name";
import type { ColumnId } from "@/lib/schemas/catalogue-columns";
import { COMMERCIAL_USE_LABELS, LICENCE_CATEGORY_LABELS, LIFECYCLE_LABELS } from "@/lib/schemas/labels";
import { CATALOGUE_SORTS } from "@/lib/schemas/catalogue-filters";
import type { ModelSummary } from "@/lib/schemas/model-response";
import { PriceCell } from "./price-cell";

const yesNo = (value: boolean | null) => (value === null ? "unknown" : value ? "yes" : "no");

/** The short name (the full one on hover, and in place of it on keyboard focus) and the commercial-use answer. */
function LicenceFact({ model, link }: { model: ModelSummary; link: boolean }) {
  const { licence } = model;
  const short = licenceShortName(licence);
  const full = `${licence.name} (${LICENCE_CATEGORY_LABELS[licence.category] ?? licence.category})`;
  const commercial = licence.commercialUse === null ? "unknown" : (COMMERCIAL_USE_LABELS[licence.commercialUse] ?? licence.commercialUse).toLowerCase();
  const name =
    link ? (
      <Link href={`/models/${model.slug}#licence`} title={full} aria-label={`${short}: ${full}, licence terms`} className="group text-zinc-900 underline decoration-zinc-400 decoration-dotted underline-offset-2 hover:decoration-solid dark:text-zinc-100">
        <span className="group-focus-visible:hidden">{short}</span>
        <span className="hidden group-focus-visible:inline">{licence.name}</span>
      </Link>
    ) : (
      <span title={full}>{short}</span>
    );
  return (
    <span className="flex flex-col">
      {name}
      <span className="text-xs text-zinc-700 dark:text-zinc-300">
        Commercial<span className="sr-only"> use</span>: {commercial}
      </span>
    </span>
  );
}

function Capabilities({ capabilities }: { capabilities: ModelSummary["capabilities"] }) {
  const items: Array<[string, boolean | null]> = [
    ["Tools", capabilities.toolCalling],
    ["Reasoning", capabilities.reasoning],
    ["Structured output", capabilities.structuredOutput],
  ];
  return (
    <span className="flex flex-col">
      {items.map(([label, value]) => (
        <span key={label} className="whitespace-nowrap">{label}: {yesNo(value)}</span>
      ))}
    </span>
  );
}

/** Where a cell is drawn: the table links the licence to its terms; a card stays one tap target (the model's name). */
export type CellPlace = "table" | "card";
/** What the current view asks of a cell: the price counts self-hosting at this monthly volume (millions of tokens). */
export interface CellView {
  selfHostAtMTokPerMonth?: number;
}

export const COLUMN_CELLS: Record<ColumnId, (m: ModelSummary, place: CellPlace, view?: CellView) => ReactNode> = {
  organization: (m, place) => (place === "table" ? <span title={m.organization.name} className="line-clamp-2">{m.organization.name}</span> : m.organization.name),
  releaseDate: (m) => (m.releaseDate ? formatPartialDate(m.releaseDate, m.releaseDatePrecision) : UNKNOWN),
  parameters: (m) => (m.parameters === null ? <span title="Not published by the developer">undisclosed</span> : formatParameters(m.parameters)),
  licence: (m, place) => <LicenceFact model={m} link={place === "table"} />,
  access: (m) => <AccessBadge access={m.access} />,
  openness: (m) => formatScore(m.opennessScore, 0),
  price: (m, _place, view) => <PriceCell model={m} selfHostAtMTokPerMonth={view?.selfHostAtMTokPerMonth} />,
  contextLength: (m) => formatTokens(m.contextLength),
  mmlu: (m) => (
    <>
      {formatScore(m.mmlu)}
      {m.mmlu !== null && m.mmluSetting !== CATALOGUE_SORTS.mmlu.ranks.value && (
        <span className="block text-xs text-zinc-600 dark:text-zinc-400" title="Measured another way than 5-shot: not ranked against 5-shot scores">{m.mmluSetting ?? "setting not stated"}</span>
      )}
    </>
  ),
  hosts: (m) => String(m.hostCount),
  knowledgeCutoff: (m) => m.knowledgeCutoff ?? UNKNOWN,
  capabilities: (m) => <Capabilities capabilities={m.capabilities} />,
  lifecycle: (m) => (m.lifecycle ? LIFECYCLE_LABELS[m.lifecycle] : UNKNOWN),
};
