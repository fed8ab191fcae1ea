// A model's price over time, per provider: a step chart (loaded when scrolled
// to) and the same history as a table, every row with its source.
import type { ModelDetail } from "@/lib/schemas/model-response";
import { PriceHistoryChart } from "@/components/models/lazy-price-history-chart";
import type { PriceHistoryView } from "@/components/models/price-history-chart";
import { formatUsd } from "@/lib/domain/format";
import { zeroBasedTicks } from "@/lib/domain/insights/axis-ticks";
import { monthTicks, priceIntervals, providerPriceSeries } from "@/lib/domain/price-history";
import { SourceLink } from "./source-link";

const cell = "pr-3 text-right tabular-nums";

/** The newest day the model's prices were read: the chart's lines run up to it. */
const readUntil = (model: ModelDetail) => model.prices.reduce((d, p) => (p.asOf > d ? p.asOf : d), "");

export function PriceHistorySection({ model }: { model: ModelDetail }) {
  if (model.prices.length === 0) return null;
  const series = providerPriceSeries(model.prices, readUntil(model), model.organization.slug);
  const views: PriceHistoryView[] = series.map((s) => {
    const first = s.points[0]?.t ?? 0;
    const last = s.points.at(-1)?.t ?? first;
    return { series: s, xTicks: monthTicks(first, last), yScale: zeroBasedTicks(s.points.flatMap((p) => [p.input, p.output, p.cachedInput ?? 0])) };
  });
  // Each change with the day the next one (or the retirement) replaced it.
  const until = new Map([...priceIntervals(model.prices).values()].flat().map((iv) => [`${iv.record.provider}|${iv.from}`, iv.to]));
  const changes = series.reduce((n, s) => n + s.changes, 0);
  return (
    <figure aria-labelledby="price-history-title" className="min-w-0 space-y-2">
      <h3 id="price-history-title" className="font-semibold">Price history</h3>
      <figcaption className="text-sm text-zinc-700 dark:text-zinc-300">
        {changes} recorded {changes === 1 ? "price" : "prices"} from {series.length} {series.length === 1 ? "provider" : "providers"}, USD per 1M tokens. A price holds until the
        provider&apos;s next change; the newest one, with no end date, is today&apos;s.
      </figcaption>
      <div style={{ height: 300 }} className="w-full text-zinc-900 dark:text-zinc-100">
        <PriceHistoryChart views={views} />
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-zinc-700 underline dark:text-zinc-300">Show the price history as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Price history of {model.name}, USD per 1M tokens, per provider</caption>
            <thead className="text-left">
              <tr>
                <th scope="col" className="pr-3">Provider</th>
                <th scope="col" className="pr-3">From</th>
                <th scope="col" className="pr-3">Until</th>
                <th scope="col" className={cell}>Input</th>
                <th scope="col" className={cell}>Cached input</th>
                <th scope="col" className={cell}>Output</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {model.prices.map((p, i) => {
                const to = until.get(`${p.provider}|${p.effectiveDate}`);
                return (
                  <tr key={`${p.provider}-${p.effectiveDate}-${i}`} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                    <th scope="row" className="pr-3 text-left font-normal">{p.providerName}</th>
                    <td className="whitespace-nowrap pr-3">{p.effectiveDate}</td>
                    <td className="whitespace-nowrap pr-3">{p.lifecycle === "retired" ? "listing retired" : to === undefined ? "—" : to === null ? "now (current)" : to}</td>
                    <td className={cell}>{p.lifecycle === "retired" ? "—" : formatUsd(p.inputUsdPerMTok)}</td>
                    <td className={cell}>{p.lifecycle === "retired" ? "—" : formatUsd(p.cachedInputUsdPerMTok)}</td>
                    <td className={cell}>{p.lifecycle === "retired" ? "—" : formatUsd(p.outputUsdPerMTok)}</td>
                    <td>
                      <SourceLink model={model} sourceKey={p.sourceKey} url={p.sourceUrl} asOf={p.asOf} />
                      {p.note && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{p.note}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
