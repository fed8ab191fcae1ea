// Released, retirement announced, retired: the model's dates with their
// sources, and which providers have deprecated or retired their listing.
// Dates the catalogue does not record say so; they are never guessed.
import type { ReactNode } from "react";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { formatPartialDate } from "@/lib/domain/dates";
import { providerLifecycles, retirement } from "@/lib/domain/lifecycle";
import { LIFECYCLE_LABELS } from "@/lib/schemas/labels";
import { FactSource } from "./fact-source";

const NOT_RECORDED = "unknown (not recorded in the catalogue)";
const ANNOUNCED = { available: "not announced", deprecated: "yes (date not recorded)", retired: "yes (date not recorded)", unknown: NOT_RECORDED } as const;
const RETIRED = { available: "not yet", deprecated: "not yet", retired: "yes (date not recorded)" } as const;

function Row({ label, value, source }: { label: string; value: ReactNode; source?: ReactNode }) {
  return (
    <div className="border-b border-zinc-200 pb-2 dark:border-zinc-800">
      <dt className="text-sm text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="font-medium">{value}</dd>
      {source && <dd>{source}</dd>}
    </div>
  );
}

export function LifecycleSection({ model }: { model: ModelDetail }) {
  const providers = providerLifecycles(model);
  const retired = retirement(model);
  const status = model.lifecycle;
  return (
    <div className="space-y-3">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        <Row label="Released" value={model.releaseDate ? formatPartialDate(model.releaseDate, model.releaseDatePrecision) : "unknown"} source={<FactSource model={model} field="releaseDate" />} />
        <Row label="Status" value={status ? LIFECYCLE_LABELS[status] : retired ? "No provider serves it any more" : model.hostCount > 0 ? `served now by ${model.hostCount} ${model.hostCount === 1 ? "provider" : "providers"} (its maker's own status is not recorded)` : "unknown"} source={status ? <FactSource model={model} field="lifecycle" /> : undefined} />
        <Row label="Retirement announced" value={ANNOUNCED[status ?? "unknown"]} source={status ? <FactSource model={model} field="lifecycle" /> : undefined} />
        <Row label="Retired (API shut off)" value={status ? RETIRED[status] : retired ? "every provider has retired its listing" : NOT_RECORDED} source={status ? <FactSource model={model} field="lifecycle" /> : undefined} />
      </dl>
      {providers.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Providers winding it down</h3>
          <ul className="list-disc pl-5 text-sm">
            {providers.map((p) => (
              <li key={p.provider}>
                {p.providerName}: {p.status === "retired" ? `retired its listing${p.since ? ` on ${p.since}` : ""}` : "listing deprecated (retirement announced)"}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
