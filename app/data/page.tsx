import type { Metadata } from "next";
import Link from "next/link";
import { listDatasets, provenanceCounts } from "@/lib/db/catalogue-provenance";
import { safeHref } from "@/lib/domain/safe-url";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "About the data — where every fact comes from",
  description: "The open datasets the catalogue imports, their licences and commits, how many facts each supplies, the attribution they ask for, and how to report a wrong fact.",
};

const number = new Intl.NumberFormat("en-US");

export default async function DataPage() {
  const counts = await provenanceCounts();
  const datasets = listDatasets();
  const total = counts.facts.primary + counts.facts.secondary + counts.facts.dataset;
  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">About the data</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          {number.format(counts.models.reviewed + counts.models.imported)} models: {number.format(counts.models.reviewed)} reviewed by us, {number.format(counts.models.imported)} imported from open datasets and not yet reviewed.
        </p>
      </header>

      <section aria-labelledby="kinds" className="space-y-2">
        <h2 id="kinds" className="text-lg font-semibold">Facts by kind of source</h2>
        <table className="text-sm">
          <caption className="sr-only">Sourced facts (key facts, prices, benchmark scores) by kind of source</caption>
          <tbody>
            {([
              ["Primary: the maker’s own card, paper, licence or pricing page", counts.facts.primary],
              ["Secondary: press, trackers, third-party write-ups", counts.facts.secondary],
              ["Dataset: imported, not reviewed by us", counts.facts.dataset],
              ["Unknown, with the reason stated", counts.facts.unknown],
            ] as const).map(([label, n]) => (
              <tr key={label} className="border-t border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-1 pr-6 text-left font-normal">{label}</th>
                <td className="py-1 text-right tabular-nums">{number.format(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Of {number.format(total)} sourced facts. Openness: {counts.openness.ours} models graded by us, {counts.openness.eosai} by the European Open Source AI Index, {counts.openness.ungraded} not graded yet.
        </p>
      </section>

      <section aria-labelledby="datasets" className="space-y-4">
        <h2 id="datasets" className="text-lg font-semibold">Datasets we import</h2>
        {datasets.map((d) => (
          <div key={d.name} className="space-y-1 border-t border-zinc-200 pt-3 dark:border-zinc-800">
            <h3 className="font-semibold">
              <a href={safeHref(d.homepage) ?? undefined} className="underline" rel="noopener noreferrer" target="_blank">{d.title}</a>
            </h3>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt>Licence</dt>
              <dd><a href={safeHref(d.licenceUrl) ?? undefined} className="underline" rel="noopener noreferrer" target="_blank">{d.licence}</a></dd>
              <dt>Snapshot</dt>
              <dd>
                <a href={safeHref(`${d.repository}/tree/${d.commit}`) ?? undefined} className="underline" rel="noopener noreferrer" target="_blank"><code>{d.commit.slice(0, 7)}</code></a>
                {" "}of {d.snapshotDate}, imported {d.importedOn}
              </dd>
              <dt>Facts supplied</dt>
              <dd>{number.format(counts.byDataset[d.name] ?? 0)}</dd>
              <dt>What we take</dt>
              <dd>{d.provides}</dd>
              <dt>Attribution</dt>
              <dd>{d.attribution}</dd>
            </dl>
          </div>
        ))}
      </section>

      <section aria-labelledby="rules" className="space-y-2">
        <h2 id="rules" className="text-lg font-semibold">How imported facts are treated</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>A reviewed fact always wins over an imported one; where datasets disagree with each other or with a reviewed file, the disagreement is listed for review.</li>
          <li>A dataset’s “open weights” flag is not a licence. A model is open source only when a licence we reviewed from the maker’s own text says so; until then it is at most open weights and its terms read “unknown”.</li>
          <li>Prices belong to a provider: a model served by ten hosts has ten prices. “Cheapest” is worked out from them, not stored.</li>
          <li>Benchmark scores are imported only when the dataset cites the maker’s own publication; leaderboard indices are not.</li>
        </ul>
      </section>

      <section aria-labelledby="report" className="space-y-2">
        <h2 id="report" className="text-lg font-semibold">Report a wrong fact</h2>
        <p className="text-sm">
          Every value has a source mark that leads to where it came from. If one is wrong, send the correct value with a link to its primary source — the maker’s card,
          paper, licence or pricing page — as an issue in this project’s code repository, or propose the change to the model’s catalogue file there (one reviewed
          file per model; every change is checked before it is merged). A wrong “open” label or licence is treated as seriously as a crash.{" "}
          <Link href="/models" className="underline">Back to the catalogue</Link>
        </p>
      </section>
    </article>
  );
}
