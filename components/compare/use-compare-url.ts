"use client";
// The compare page's state is its URL: a control changes a parameter, the server renders the
// summary, the table, the radar and the calculator again from that one URL, so they always agree.
import { useRouter } from "next/navigation";
import { useTransition } from "react";

/** null or "" removes the parameter (its default applies). */
export type UrlPatch = Record<string, string | null>;

export function patchedCompareUrl(search: string, patch: UrlPatch): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value.trim() === "") params.delete(key);
    else params.set(key, value.trim());
  }
  // Slug lists keep their commas readable.
  return `/compare?${params.toString().replace(/%2C/g, ",")}`;
}

export function useCompareUrl() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  /** Applies the patch to the live URL; `during` runs inside the same transition (optimistic values). */
  const update = (patch: UrlPatch, during?: () => void) => {
    const href = patchedCompareUrl(window.location.search, patch);
    // Written at once so a second change made before the server answers builds on this one.
    window.history.replaceState(window.history.state, "", href);
    startTransition(() => {
      during?.();
      router.replace(href, { scroll: false });
    });
  };
  return { update, pending };
}
