// A compared value's provenance: a small source link with the date it was read.
import { safeHref } from "@/lib/domain/safe-url";

export function ValueSource({ url, asOf, label = "source" }: { url: string | null; asOf?: string | null; label?: string }) {
  const href = safeHref(url);
  if (!href) return null;
  return (
    <span className="whitespace-nowrap text-xs text-zinc-600 dark:text-zinc-400">
      {" "}
      <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="underline">
        {label}
      </a>
      {asOf ? `, ${asOf}` : ""}
    </span>
  );
}
