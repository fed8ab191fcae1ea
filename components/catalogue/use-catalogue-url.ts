"use client";
// The catalogue's state lives in the URL: this hook reads it with the same
// zod schema as the API and writes changes back (push for choices, replace
// while typing), so back/forward, reload and shared links all work.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { parseModelsQueryLenient, type ModelsQuery } from "@/lib/schemas/models-query";
import { toSearchParams, type ParamValue } from "@/lib/domain/catalogue-params";

export type QueryPatch = Partial<Record<keyof ModelsQuery, ParamValue>>;

export function useCatalogueUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const current = searchParams.toString();
  // The URL we are navigating to: controls reflect a change at once, before
  // the router commits it; the real URL takes over when it arrives.
  const [pending, setPending] = useState<{ from: string; to: string } | null>(null);
  if (pending && pending.from !== current) setPending(null);
  const effective = pending?.to ?? current;
  const query = useMemo(() => parseModelsQueryLenient(new URLSearchParams(effective)).query, [effective]);
  const params = useMemo(() => toSearchParams(query).toString(), [query]);

  const update = useCallback(
    (patch: QueryPatch, { replace = false, keepPage = false } = {}) => {
      const next: Record<string, ParamValue> = { ...query, ...patch };
      if (!keepPage && !("page" in patch)) next.page = undefined;
      const search = toSearchParams(next).toString();
      const url = search ? `${pathname}?${search}` : pathname;
      setPending({ from: current, to: search });
      if (replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: false });
    },
    [query, pathname, router, current],
  );

  /** Drops every filter, keeping the sort order and page size. */
  const clear = useCallback(() => {
    const search = toSearchParams({ sort: query.sort, pageSize: query.pageSize }).toString();
    setPending({ from: current, to: search });
    router.push(search ? `${pathname}?${search}` : pathname, { scroll: false });
  }, [query.sort, query.pageSize, pathname, router, current]);

  return { query, params, update, clear };
}
