// Who serves the model now and at what price, and benchmark scores, each row with its source (the price history: price-history-section.tsx).
import type { ModelDetail } from "@/lib/schemas/model-response";
import { formatTokens, formatUsd } from "@/lib/domain/format";
import { LIFECYCLE_LABELS } from "@/lib/schemas/labels";
import { isFreeTier } from "@/lib/domain/price";
import { SourceLink } from "./source-link";

const cellClass = "pr-3 text-right tabular-nums";
const money = (v: number | null) => (v === null ? "—" : formatUsd(v));

/** The current listings: the maker's API and every host, cheapest blended price first. */
export function Hosts({ model }: { model: ModelDetail }) {
  const current = model.prices.filter((p) => p.current).sort((a, b) => 3 * a.inputUsdPerMTok + a.outputUsdPerMTok - (3 * b.inputUsdPerMTok + b.outputUsdPerMTok));
  if (current.length === 0)
    return <p className="text-sm">No provider lists a price for it.{model.selfHostable ? " The weights can be run on your own hardware (see hardware fit)." : ""}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Providers serving {model.name} now, USD per 1M tokens</caption>
        <thead className="text-left">
          <tr>
            <th scope="col" className="pr-3">Provider</th>
            <th scope="col" className={cellClass}>Input</th>
            <th scope="col" className={cellClass}>Cached input</th>
            <th scope="col" className={cellClass}>Output</th>
            <th scope="col" className={cellClass}>Context</th>
            <th scope="col" className="pr-3">Quantisation</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {current.map((p) => (
            <tr key={p.provider} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="pr-3 text-left font-normal">
                {p.providerName}
                {isFreeTier(p) ? <span className="block text-sm text-zinc-600 dark:text-zinc-400">free tier (rate-limited; not counted as the cheapest price)</span> : null}
                {p.lifecycle === "deprecated" ? <span className="block text-sm text-amber-800 dark:text-amber-300">{LIFECYCLE_LABELS.deprecated}</span> : null}
              </th>
              <td className={cellClass}>{formatUsd(p.inputUsdPerMTok)}</td>
              <td className={cellClass}>{money(p.cachedInputUsdPerMTok)}</td>
              <td className={cellClass}>{formatUsd(p.outputUsdPerMTok)}</td>
              <td className={cellClass}>{p.contextLength === null ? "—" : formatTokens(p.contextLength)}</td>
              <td className="pr-3">{p.quantisation ?? "—"}</td>
              <td><SourceLink model={model} sourceKey={p.sourceKey} url={p.sourceUrl} asOf={p.asOf} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Benchmarks({ model }: { model: ModelDetail }) {
  if (model.benchmarks.length === 0) return <p className="text-sm">No benchmark scores published by the developers are recorded.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Benchmark scores</caption>
        <thead className="text-left"><tr><th scope="col" className="pr-3">Benchmark</th><th scope="col" className="pr-3">Setting</th><th scope="col" className={cellClass}>Score</th><th scope="col" className="pr-3">Published</th><th scope="col">Source</th></tr></thead>
        <tbody>
          {model.benchmarks.map((b) => (
            <tr key={`${b.name}-${b.setting}-${b.publishedOn}`} className="border-t border-zinc-200 dark:border-zinc-800">
              <td className="pr-3">{b.name}</td>
              <td className="pr-3">{b.setting ?? "—"}</td>
              <td className={cellClass}>{b.score.toFixed(1)}</td>
              <td className="whitespace-nowrap pr-3">{b.publishedOn}</td>
              <td><SourceLink model={model} sourceKey={b.sourceKey} url={b.sourceUrl} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
