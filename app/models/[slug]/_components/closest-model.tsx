// "Which open model is closest to GPT-4 in quality?" answered on the first
// screen: the nearest model across the divide by one comparable benchmark
// score (lib/domain/closest-model.ts), both scores shown so the reader judges the gap.
import Link from "next/link";
import { CompareLink } from "@/components/compare/compare-link";
import type { ClosestModel } from "@/lib/domain/closest-model";
import { formatScore } from "@/lib/domain/format";
import { ACCESS_LABELS } from "@/lib/schemas/labels";

const sideWord = (closest: ClosestModel) => (closest.access === "closed" ? ACCESS_LABELS.closed.toLowerCase() : "open");

/** The line under the lead sentence; nothing when no score compares. */
export function ClosestModelLine({ model, closest }: { model: { slug: string; name: string }; closest: ClosestModel | null }) {
  if (!closest) return null;
  return (
    <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
      Closest {sideWord(closest)} model in quality: <Link href={`/models/${closest.slug}`} className="font-medium underline">{closest.name}</Link>
      {/* "Open" covers two classes; say which. */}
      {closest.access === "closed" ? "" : ` (${ACCESS_LABELS[closest.access].toLowerCase()})`}, {closest.benchmark} {formatScore(closest.score)} against{" "}
      {formatScore(closest.ownScore)} for {model.name} (both {closest.settingClass}).{" "}
      <CompareLink slugs={[model.slug, closest.slug]} className="underline">Compare them</CompareLink>
    </p>
  );
}

/** For "how is this decided": how the line above picks its model. */
export function ClosestModelNote({ closest }: { closest: ClosestModel | null }) {
  if (!closest) return null;
  return (
    <p>
      Closest {sideWord(closest)} model: the one whose published score on the same benchmark, measured the same way (the same number of examples,
      with or without chain-of-thought), is nearest to this model’s. MMLU is tried first, then other benchmarks; retired models and models of
      another kind (image, embeddings) are left out. One benchmark is one measure of quality, not the whole story.
    </p>
  );
}
