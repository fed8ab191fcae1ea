import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AccessBadge, ACCESS_EXPLANATION } from "@/components/models/access-badge";
import { LicenceBadge } from "@/components/models/licence-badge";
import { CompareLink } from "@/components/compare/compare-link";
import { getModel } from "@/lib/db/get-model";
import { similarModels } from "@/lib/db/similar-models";
import { closestModel } from "@/lib/db/closest-model";
import { formatParameters } from "@/lib/domain/format";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import { SLUG_PATTERN } from "@/lib/schemas/catalogue";
import { Benchmarks, Hosts } from "./_components/cost-quality-sections";
import { CapabilitiesSection } from "./_components/capabilities-section";
import { ClosestModelLine, ClosestModelNote } from "./_components/closest-model";
import { LifecycleNotice } from "./_components/lifecycle-notice";
import { LifecycleSection } from "./_components/lifecycle-section";
import { PriceHistorySection } from "./_components/price-history-section";
import { ReviewNote, ReviewNotice } from "./_components/review-notice";
import { GPU_OPTIONS } from "@/lib/db/gpu-options";
import { HardwareFit } from "./_components/hardware-fit";
import { KeyFacts } from "./_components/key-facts";
import { ModelChanges } from "./_components/model-changes";
import { listChanges } from "@/lib/db/list-changes";
import { CHANGE_FEED_LINK, modelFeedLinks } from "@/lib/domain/feed-links";
import { LicenceSection } from "./_components/licence-section";
import { OpennessSection } from "./_components/openness-section";
import { Section } from "@/components/ui/section";
import { Disclosure } from "@/components/ui/disclosure";
import { modelLead } from "@/lib/domain/model-lead";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const loadModel = cache(async (slug: string) => (SLUG_PATTERN.test(slug) && slug.length <= 100 ? getModel(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = await loadModel((await params).slug);
  if (!model) return { title: "Model not found" };
  const size = model.parameters === null ? "undisclosed size" : `${formatParameters(model.parameters)} parameters`;
  return {
    title: `${model.name} — licence, cost and openness`,
    description: `${model.name} by ${model.organization.name}: ${ACCESS_LABELS[model.access].toLowerCase()}, ${model.licence.name}, ${size}. Every fact sourced and dated.`,
    // The catalogue's feed and this model's own (a page's alternates replace the layout's).
    alternates: { types: { "application/atom+xml": [CHANGE_FEED_LINK, modelFeedLinks(model.slug, model.name).atom] } },
  };
}

export default async function ModelPage({ params }: Props) {
  const model = await loadModel((await params).slug);
  if (!model) notFound();
  const [similar, closest, changes] = await Promise.all([similarModels(model), closestModel(model), listChanges({ model: model.slug, page: 1, pageSize: 5 })]);
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm"><Link href="/models" className="underline">Catalogue</Link> / {model.organization.name}</p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{model.name}</h1>
        <LifecycleNotice model={model} />
        <div className="flex flex-wrap items-center gap-3">
          <AccessBadge access={model.access} />
          <LicenceBadge licence={model.licence} />
          <CompareLink slugs={[model.slug]} />
        </div>
        <p className="max-w-3xl text-lg">{modelLead({ ...model, organizationName: model.organization.name })}</p>
        <ClosestModelLine model={model} closest={closest} />
        <ReviewNotice model={model} />
        {model.description ? <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{model.description}</p> : null}
        <Disclosure>
          <p>
            Why {ACCESS_LABELS[model.access].toLowerCase()}: {ACCESS_EXPLANATION[model.access]} The licence decides it: open source needs downloadable weights under an
            OSI-approved or open-content licence with no use restrictions and commercial use without conditions.
          </p>
          <ReviewNote model={model} />
          <ClosestModelNote closest={closest} />
          <p>Every value has a source mark: hover, focus or tap it for the source’s title, what kind of source it is and the day we read it. “—” means unknown, never zero.</p>
        </Disclosure>
      </header>

      <Section id="facts" title="Key facts"><KeyFacts model={model} /></Section>
      <Section id="capabilities" title="What it can do"><CapabilitiesSection model={model} /></Section>
      <Section id="licence" title="What the licence allows"><LicenceSection model={model} /></Section>
      <Section id="openness" title="Openness"><OpennessSection model={model} /></Section>
      <Section id="prices" title="Who serves it, at what price">
        <Hosts model={model} />
        <PriceHistorySection model={model} />
      </Section>
      <Section id="lifecycle" title="Lifecycle"><LifecycleSection model={model} /></Section>
      <Section id="benchmarks" title="Benchmarks"><Benchmarks model={model} /></Section>
      <Section id="hardware" title="Hardware fit"><HardwareFit parameters={model.parameters} selfHostable={model.selfHostable} gpus={GPU_OPTIONS} /></Section>
      <Section id="changes" title="Changes to this entry"><ModelChanges slug={model.slug} name={model.name} changes={changes} /></Section>
      <Section id="compare" title="Compare with similar models">
        <ul className="flex flex-wrap gap-2">
          {similar.map((m) => (
            <li key={m.slug}>
              <CompareLink slugs={[model.slug, m.slug]}>{model.name} vs {m.name}</CompareLink>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
