// A link to the compare page with the given models preselected (for the catalogue and model pages).
import Link from "next/link";
import { compareHref } from "@/lib/domain/compare-href";

export function CompareLink({ slugs, children, className }: { slugs: readonly string[]; children?: React.ReactNode; className?: string }) {
  return (
    <Link
      href={compareHref(slugs)}
      className={className ?? "inline-block rounded border border-zinc-400 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"}
    >
      {children ?? (slugs.length > 1 ? "Compare these models" : "Compare with another model")}
    </Link>
  );
}
