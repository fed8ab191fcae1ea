import type { Metadata } from "next";
import Link from "next/link";
import { BreakEvenResults } from "@/components/compare/break-even-results";
import { CalculatorForm } from "@/components/compare/calculator-form";
import { ModelPicker } from "@/components/compare/model-picker";
import { getModels, listModelOptions } from "@/lib/db/get-models";
import { compareCosts } from "@/lib/domain/break-even-scenario";
import { calculatorView } from "@/lib/domain/calculator-view";
import { volumeOf } from "@/lib/domain/compare-costs";
import { buildCompareGroups } from "@/lib/domain/compare-rows";
import { licenceAnswer, qualityAnswer } from "@/lib/domain/compare-summary";
import { costAnswer } from "@/lib/domain/compare-summary-cost";
import { scoreProsCons } from "@/lib/domain/pros-cons";
import { type CalculatorParam, parseCompareQuery } from "@/lib/schemas/compare-query";
import { GPU_OPTIONS } from "@/lib/db/gpu-options";
import { CompareNotices } from "./_components/compare-notices";
import { CompareSummary } from "./_components/compare-summary";
import { CompareTable } from "./_components/compare-table";
import { ProsConsSection } from "./_components/pros-cons-section";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { slugs } = parseCompareQuery(await searchParams);
  return {
    title: slugs.length >= 2 ? `Compare ${slugs.join(" vs ")}` : "Compare models",
    description: "Two to four AI models side by side: licence terms, openness, cost, benchmarks, pros and cons, and what self-hosting would cost against an API.",
  };
}

const SUGGESTIONS = [
  ["llama-2-70b", "gpt-4"],
  ["mistral-7b", "gpt-3.5-turbo"],
  ["llama-3-1-70b", "gpt-4o"],
  ["deepseek-v3", "claude-3-5-sonnet"],
];

const VOLUME_PARAMS = ["inM", "outM", "cachedShare"] as const;

export default async function ComparePage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = parseCompareQuery(raw);
  const [{ models, unknownSlugs }, options] = await Promise.all([getModels(query.slugs), listModelOptions()]);
  const names = new Map(options.map((o) => [o.slug, o.name]));
  const gpus = [...GPU_OPTIONS];
  const issueErrors = Object.fromEntries(query.issues.map((i) => [i.param, i.message])) as Partial<Record<CalculatorParam, string>>;
  const rawTexts = Object.fromEntries(query.issues.map((i) => [i.param, String(raw[i.param] ?? "")]));

  // One set of numbers for the whole page: the summary, the table, the radar and the calculator.
  const input = query.calculator;
  const volume = volumeOf(input);
  const costs = compareCosts(models, gpus, input);
  const quantised = costs.models.flatMap((c) => (c.selfHost && c.selfHost.plan.bits < 16 ? [c.name] : []));
  const volumeTexts = {
    inM: String(input.inputMTokPerMonth),
    outM: String(input.outputMTokPerMonth),
    cachedShare: String(input.cachedShare),
    ...Object.fromEntries(Object.entries(rawTexts).filter(([k]) => (VOLUME_PARAMS as readonly string[]).includes(k))),
  };
  const hidden = Object.entries(raw).flatMap(([k, v]) => ((VOLUME_PARAMS as readonly string[]).includes(k) || v === undefined ? [] : [[k, Array.isArray(v) ? (v[0] ?? "") : v] as [string, string]]));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          {models.length >= 2 ? models.map((m) => m.name).join(" vs ") : "Compare models"}
        </h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">Two to four models side by side, priced at your monthly volume.</p>
      </header>

      <CompareNotices
        unknownSlugs={[...query.malformed, ...unknownSlugs]}
        overLimit={query.overLimit}
        modelCount={models.length}
        issues={query.issues}
        imported={models.filter((m) => m.review === "imported").map((m) => ({ name: m.name, from: m.importedFrom }))}
      />

      {models.length >= 2 && (
        <CompareSummary
          cost={costAnswer(costs.models, volume)}
          licence={licenceAnswer(models)}
          quality={qualityAnswer(models, quantised)}
          volume={{ texts: volumeTexts, errors: issueErrors, hidden }}
        />
      )}

      <ModelPicker selected={models.map((m) => ({ slug: m.slug, name: names.get(m.slug) ?? m.name }))} options={options} />

      {models.length === 0 && (
        <Section id="suggestions" title="Start with a classic question">
          <ul className="flex flex-wrap gap-2">
            {SUGGESTIONS.filter((pair) => pair.every((s) => names.has(s))).map((pair) => (
              <li key={pair.join()}>
                <Link href={`/compare?models=${pair.join(",")}`} className="inline-flex min-h-11 items-center rounded border border-zinc-400 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800">
                  {pair.map((s) => names.get(s)).join(" or ")}?
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {models.length > 0 && (
        <>
          <Section id="side-by-side" title="Side by side">
            <CompareTable columns={models.map((m) => ({ slug: m.slug, name: m.name, access: m.access }))} groups={buildCompareGroups(models, gpus, input, costs)} />
          </Section>
          <Section id="pros-cons" title="Pros and cons">
            <ProsConsSection
              models={models.map((m, i) => ({ slug: m.slug, name: m.name, scores: scoreProsCons(m, { gpus, costs: costs.models[i], tokensPerMonth: volume.totalTokens }) }))}
            />
          </Section>
          <Section id="break-even" title="Self-host or pay per token?">
            <CalculatorForm view={calculatorView(costs.scenario, gpus)} query={input} initialErrors={issueErrors} rawTexts={rawTexts} />
            {costs.scenario.ok && <BreakEvenResults scenario={costs.scenario.scenario} />}
          </Section>
        </>
      )}
    </div>
  );
}
