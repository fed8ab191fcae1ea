// A fact's provenance: its source link and as-of date, or why it is unknown.
import { safeHref } from "@/lib/domain/safe-url";

export function SourceLink({ url, title, asOf }: { url: string | null | undefined; title?: string | null; asOf?: string | null }) {
  const href = safeHref(url);
  if (!href) return null;
  return (
    <span className="text-xs text-zinc-600 dark:text-zinc-400">
      <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="underline">
        {title ?? "source"}
      </a>
      {asOf ? `, as of ${asOf}` : ""}
    </span>
  );
}
