// Price history and benchmark scores, each row with its source.
import type { ModelDetail } from "@/lib/schemas/model-response";
import { formatUsd } from "@/lib/domain/format";
import { SourceLink } from "./source-link";

export function PriceHistory({ model }: { model: ModelDetail }) {
  if (model.prices.length === 0)
    return <p className="text-sm">No API price recorded.{model.selfHostable ? " The weights can be run on your own hardware (see hardware fit)." : ""}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">API price history, USD per 1M tokens</caption>
        <thead className="text-left"><tr><th scope="col" className="pr-3">Provider</th><th scope="col" className="pr-3">From</th><th scope="col" className="pr-3 text-right">Input $/1M</th><th scope="col" className="pr-3 text-right">Output $/1M</th><th scope="col">Source</th></tr></thead>
        <tbody>
          {model.prices.map((p) => (
            <tr key={`${p.provider}-${p.effectiveDate}`} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              <td className="pr-3">{p.provider}{p.current ? <span className="ml-1 rounded bg-emerald-100 px-1 text-[11px] text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200">current</span> : null}</td>
              <td className="whitespace-nowrap pr-3">{p.effectiveDate}</td>
              <td className="pr-3 text-right tabular-nums">{formatUsd(p.inputUsdPerMTok)}</td>
              <td className="pr-3 text-right tabular-nums">{formatUsd(p.outputUsdPerMTok)}</td>
              <td><SourceLink url={p.sourceUrl} asOf={p.asOf} />{p.note && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{p.note}</span>}</td>
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
        <thead className="text-left"><tr><th scope="col" className="pr-3">Benchmark</th><th scope="col" className="pr-3">Setting</th><th scope="col" className="pr-3 text-right">Score</th><th scope="col">Source</th></tr></thead>
        <tbody>
          {model.benchmarks.map((b) => (
            <tr key={`${b.name}-${b.setting}-${b.publishedOn}`} className="border-t border-zinc-200 dark:border-zinc-800">
              <td className="pr-3">{b.name}</td>
              <td className="pr-3">{b.setting ?? "—"}</td>
              <td className="pr-3 text-right tabular-nums">{b.score.toFixed(1)}</td>
              <td><SourceLink url={b.sourceUrl} asOf={b.publishedOn} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
