// The answer: the verdict (best open vs best closed), the ranked shortlist and the near misses.
import Link from "next/link";
import { AccessBadge } from "@/components/models/access-badge";
import { compareHref } from "@/lib/domain/compare-href";
import { formatMonthlyUsd } from "@/lib/domain/recommend/rank";
import type { RecommendItem, RecommendResponse } from "@/lib/schemas/recommend-response";

const ROUTE_LABELS = { api: "Maker's API", host: "Host", "self-host": "Self-host" } as const;
const card = "rounded-lg border border-zinc-300 p-4 dark:border-zinc-700";

export function routeLabel(i: RecommendItem): string {
  return i.route === "self-host" ? `Self-host on ${i.gpusNeeded} × ${i.gpuMemoryGb} GB at ${i.bits}-bit` : `${ROUTE_LABELS[i.route]}: ${i.providerName}`;
}

function licenceText(i: RecommendItem): string {
  const l = i.model.licence;
  const use = l.commercialUse === null ? "commercial use unknown (terms not reviewed)" : l.commercialUse === "yes" ? "commercial use allowed" : l.commercialUse === "conditional" ? `commercial use under conditions${l.conditions ? `: ${l.conditions}` : ""}` : "no commercial use";
  return `${l.name} — ${use}`;
}

function VerdictCard({ title, side }: { title: string; side: RecommendResponse["verdict"]["open"] }) {
  const i = side.item;
  return (
    <div className={card}>
      <h3 className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{title}</h3>
      {i ? (
        <>
          <p className="mt-1 text-lg font-semibold"><Link href={`/models/${i.model.slug}`} className="underline">{i.model.name}</Link></p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-zinc-600 dark:text-zinc-400">Monthly cost</dt><dd>{formatMonthlyUsd(i.monthlyCostUsd)} ({routeLabel(i)})</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Quality</dt><dd>{i.quality ? `${i.quality.benchmark} ${i.quality.score}` : "—"}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Openness</dt><dd>{i.opennessScore === null ? "—" : `${Math.round(i.opennessScore)} / 100`}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Licence</dt><dd>{licenceText(i)}</dd>
          </dl>
        </>
      ) : (
        <p className="mt-1 text-sm">{side.ruledOutBy}</p>
      )}
    </div>
  );
}

export function Verdict({ verdict }: { verdict: RecommendResponse["verdict"] }) {
  return (
    <div className="space-y-3">
      <p className="text-lg">{verdict.summary}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <VerdictCard title="Best open option" side={verdict.open} />
        <VerdictCard title="Best closed option" side={verdict.closed} />
      </div>
    </div>
  );
}

export function Shortlist({ items }: { items: RecommendItem[] }) {
  if (items.length === 0) return <p className="text-sm">No model meets every must-have. The near misses below show what relaxing one would bring.</p>;
  const top = items.slice(0, 3).map((i) => i.model.slug);
  return (
    <ol className="space-y-4">
      {items.map((i, n) => {
        const compareWith = [i.model.slug, ...top.filter((s) => s !== i.model.slug)].slice(0, 3);
        return (
          <li key={i.model.slug} className={card}>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="text-sm text-zinc-600 dark:text-zinc-400">#{n + 1}</span>
              {/* Before the name: the badge's explanation opens to its right and must stay on a 375 px screen. */}
              <AccessBadge access={i.model.access} />
              <h3 className="text-lg font-semibold"><Link href={`/models/${i.model.slug}`} className="underline">{i.model.name}</Link></h3>
              <span className="text-sm">{i.model.organization.name}</span>
              <span className="ml-auto text-sm">Score {i.score} / 100</span>
            </div>
            <p className="mt-2 text-sm"><strong>{i.monthlyCostUsd === null ? "Not costed per month" : `${formatMonthlyUsd(i.monthlyCostUsd)} a month`}</strong> — {routeLabel(i)}</p>
            <ul className="ml-5 list-disc text-sm text-zinc-700 dark:text-zinc-300">{i.costBreakdown.map((b) => <li key={b}>{b}</li>)}</ul>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              <div>
                <h4 className="text-sm font-medium">Why it ranks here</h4>
                <ul className="ml-5 list-disc text-sm">{i.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
              </div>
              <div>
                <h4 className="text-sm font-medium">Trade-offs</h4>
                <ul className="ml-5 list-disc text-sm">{i.tradeOffs.map((t) => <li key={t}>{t}</li>)}</ul>
              </div>
            </div>
            {compareWith.length >= 2 && (
              <Link href={compareHref(compareWith)} className="mt-2 inline-block text-sm underline">
                Compare {i.model.name} with {items.filter((x) => compareWith.includes(x.model.slug) && x !== i).map((x) => x.model.name).join(" and ")}
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function NearMisses({ nearMisses }: { nearMisses: RecommendResponse["nearMisses"] }) {
  if (nearMisses.length === 0) return <p className="text-sm">No notable model fails exactly one must-have.</p>;
  return (
    <ul className="space-y-2">
      {nearMisses.map((n) => (
        <li key={n.model.slug} className="text-sm">
          <Link href={`/models/${n.model.slug}`} className="font-medium underline">{n.model.name}</Link> — {n.failed.map((f) => f.message).join("; ")}
        </li>
      ))}
    </ul>
  );
}
