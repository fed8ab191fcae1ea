// Models a chart leaves out, and why — listed, never drawn as zero.
import Link from "next/link";
import type { Unplotted } from "@/lib/domain/insights/insight-model";

export function UnplottedList({ items, what }: { items: readonly Unplotted[]; what: string }) {
  if (items.length === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-zinc-700 underline dark:text-zinc-300">
        Not plotted: {items.length} {items.length === 1 ? "model" : "models"} {what}
      </summary>
      <ul className="mt-1 list-disc pl-5">
        {items.map((u) => (
          <li key={u.slug}>
            <Link href={`/models/${u.slug}`} className="underline">{u.name}</Link> — {u.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
