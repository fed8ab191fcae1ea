import type { Metadata } from "next";
import Link from "next/link";
import { BreakEvenCalculator } from "@/components/compare/break-even-calculator";
import { ModelPicker } from "@/components/compare/model-picker";
import { getModels, listModelOptions } from "@/lib/db/get-models";
import type { ScenarioModel } from "@/lib/domain/break-even-scenario";
import { buildCompareGroups } from "@/lib/domain/compare-rows";
import { cheapestCurrent } from "@/lib/domain/price";
import { scoreProsCons } from "@/lib/domain/pros-cons";
import { type CalculatorParam, parseCompareQuery } from "@/lib/schemas/compare-query";
import { MAX_COMPARE_MODELS } from "@/lib/schemas/vocabulary";
import { GPU_OPTIONS } from "@/lib/db/gpu-options";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { CompareNotices } from "./_components/compare-notices";
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

function toScenarioModel(m: ModelDetail): ScenarioModel {
  const best = cheapestCurrent(m.prices);
  return {
    slug: m.slug,
    name: m.name,
    parameters: m.parameters,
    activeParameters: m.activeParameters,
    selfHostable: m.selfHostable,
    modality: m.modality,
    architecture: m.architecture,
    apiPrice: best && { inputUsdPerMTok: best.inputUsdPerMTok, outputUsdPerMTok: best.outputUsdPerMTok, provider: best.provider, sourceUrl: best.sourceUrl, asOf: best.asOf },
  };
}

const SUGGESTIONS = [
  ["llama-2-70b", "gpt-4"],
  ["mistral-7b", "gpt-3.5-turbo"],
  ["llama-3-1-70b", "gpt-4o"],
  ["deepseek-v3", "claude-3-5-sonnet"],
];

export default async function ComparePage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = parseCompareQuery(raw);
  const [{ models, unknownSlugs }, options] = await Promise.all([getModels(query.slugs), listModelOptions()]);
  const names = new Map(options.map((o) => [o.slug, o.name]));
  const gpus = [...GPU_OPTIONS];
  const issueErrors = Object.fromEntries(query.issues.map((i) => [i.param, i.message])) as Partial<Record<CalculatorParam, string>>;
  const rawTexts = Object.fromEntries(query.issues.map((i) => [i.param, String(raw[i.param] ?? "")]));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          {models.length >= 2 ? models.map((m) => m.name).join(" vs ") : "Compare models"}
        </h1>
        <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
          Two to {MAX_COMPARE_MODELS} models side by side. Rows that differ are tinted; where one value is better for you (cheaper, more open, a higher score,
          fewer restrictions) it is marked “better”. Unknown values show as “—” and are never marked better or worse. Every value links to its source.
        </p>
      </header>

      <CompareNotices
        unknownSlugs={[...query.malformed, ...unknownSlugs]}
        overLimit={query.overLimit}
        modelCount={models.length}
        issues={query.issues}
        imported={models.filter((m) => m.review === "imported").map((m) => ({ name: m.name, from: m.importedFrom }))}
      />

      <ModelPicker selected={models.map((m) => ({ slug: m.slug, name: names.get(m.slug) ?? m.name }))} options={options} />

      {models.length === 0 && (
        <Section id="suggestions" title="Start with a classic question">
          <ul className="flex flex-wrap gap-2">
            {SUGGESTIONS.filter((pair) => pair.every((s) => names.has(s))).map((pair) => (
              <li key={pair.join()}>
                <Link href={`/compare?models=${pair.join(",")}`} className="inline-block rounded border border-zinc-400 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800">
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
            <CompareTable columns={models.map((m) => ({ slug: m.slug, name: m.name, access: m.access }))} groups={buildCompareGroups(models, gpus)} />
          </Section>
          <Section id="pros-cons" title="Pros and cons">
            <ProsConsSection models={models.map((m) => ({ slug: m.slug, name: m.name, scores: scoreProsCons(m, { gpus }) }))} />
          </Section>
          <Section id="break-even" title="Self-host or pay for an API?">
            <BreakEvenCalculator
              models={models.map(toScenarioModel)}
              gpus={gpus}
              initial={{ ...query.calculator }}
              initialErrors={issueErrors}
              rawTexts={rawTexts}
            />
          </Section>
        </>
      )}
    </div>
  );
}
