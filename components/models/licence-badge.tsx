import { LICENCE_CATEGORY_LABELS } from "@/lib/schemas/labels";

/** A licence's name with its category as a small badge. */
export function LicenceBadge({ licence }: { licence: { name: string; category: string } }) {
  return (
    <span className="inline-flex flex-col gap-0.5">
      <span>{licence.name}</span>
      <span className="w-fit rounded bg-zinc-100 px-1.5 py-0.5 text-sm text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
        {LICENCE_CATEGORY_LABELS[licence.category] ?? licence.category}
      </span>
    </span>
  );
}
