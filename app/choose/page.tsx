import type { Metadata } from "next";
import { getRecommendation } from "@/lib/db/recommend";
import { RANKING_EXPLANATION } from "@/lib/domain/recommend/rank";
import { MAX_SHORTLIST } from "@/lib/domain/recommend/recommend";
import { WEIGHTS_MEMORY_FORMULA } from "@/lib/domain/hardware";
import { GPU_OPTIONS } from "@/lib/db/gpu-options";
import { parseRecommendQueryLenient } from "@/lib/schemas/recommend-query";
import { ChooseForm } from "./_components/choose-form";
import { Disclosure } from "@/components/ui/disclosure";
import { NearMisses, Shortlist, Verdict } from "./_components/results";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Which model should I use?",
  description: "From your constraints to a ranked, explained shortlist of AI models, and the open-vs-closed verdict for you: cost by the cheapest route, quality, openness and licence conditions.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** A form's empty fields ("no requirement") are absent parameters, not empty lists. */
function withoutEmpty(raw: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(raw).flatMap(([k, v]) => {
      const values = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string" && x.trim() !== "");
      return values.length ? [[k, values]] : [];
    }),
  );
}

export default async function ChoosePage({ searchParams }: Props) {
  const raw = withoutEmpty(await searchParams);
  const { query, dropped } = parseRecommendQueryLenient(raw);
  // The API refuses what the page dropped, so the JSON link carries only what the page used.
  const kept = Object.entries(raw).filter(([k]) => !dropped.some((d) => d.param === k));
  const params = new URLSearchParams(kept.flatMap(([k, vs]) => vs.map((v) => [k, v])));
  const apiQuery = params.size > 0 ? `?${params.toString()}` : "";
  const answer = await getRecommendation(query);
  const gpuSizes = [...new Set(GPU_OPTIONS.map((g) => g.memoryGb))].sort((a, b) => a - b);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Which model should I use?</h1>
        <p className="max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">
          Say what you must have, how much you will use it and what matters most; any part of the form is enough.
        </p>
      </header>
      {dropped.length > 0 && (
        <div role="status" className="rounded border border-amber-600 p-3 text-sm">
          Ignored: {dropped.map((d) => `${d.param} (${d.message})`).join("; ")}.
        </div>
      )}
      <ChooseForm q={query} gpuSizes={gpuSizes} />
      <Section id="verdict" title="Open or closed, for you">
        <Verdict verdict={answer.verdict} />
      </Section>
      <Section id="shortlist" title={`Shortlist (at most ${MAX_SHORTLIST})`}>
        <Shortlist items={answer.items} />
      </Section>
      <Section id="near-misses" title="Near misses: one must-have away">
        <NearMisses nearMisses={answer.nearMisses} />
      </Section>
      <Disclosure>
        {RANKING_EXPLANATION.map((p) => <p key={p}>{p}</p>)}
        <p>GPU memory: {WEIGHTS_MEMORY_FORMULA}. Self-hosting throughput and utilisation are the compare calculator’s defaults; GPU-hours are priced at the on-demand rental prices in our GPU table, whether you rent or already own the cards. Prompt caching is assumed to lower API bills only.</p>
        <p>
          Up to {answer.candidates} candidates passed the catalogue filters and were ranked. The same answer is available{" "}
          <a href={`/api/recommend${apiQuery}`} className="underline">as JSON</a> from the catalogue’s API.
        </p>
      </Disclosure>
    </div>
  );
}
