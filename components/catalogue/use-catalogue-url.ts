"use client";
// The catalogue's state lives in the URL: this hook reads it with the same
// zod schema as the API and writes changes back (push for choices, replace
// while typing), so back/forward, reload and shared links all work.
// The schema (and zod with it, ~25 kB gzipped) loads just after the page is
// interactive; until then the server's parse of the same URL stands in.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import { toSearchParams, type ParamValue } from "@/lib/domain/catalogue-params";

type ParseQuery = (params: URLSearchParams) => { query: ModelsQuery };
let parseQuery: ParseQuery | null = null;
let loadingParser: Promise<void> | null = null;

function loadParser(): Promise<void> {
  loadingParser ??= import("@/lib/schemas/models-query").then((schema) => {
    parseQuery = schema.parseModelsQueryLenient;
  });
  return loadingParser;
}

export type QueryPatch = Partial<Record<keyof ModelsQuery, ParamValue>>;

/** The URL's catalogue query; `initialQuery` is the server's parse of the URL the page was rendered for. */
export function useCatalogueUrl(initialQuery: ModelsQuery) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const current = searchParams.toString();
  // The URL we are navigating to: controls reflect a change at once, before
  // the router commits it; the real URL takes over when it arrives.
  const [pending, setPending] = useState<{ from: string; to: string } | null>(null);
  if (pending && pending.from !== current) setPending(null);
  const effective = pending?.to ?? current;

  const [parserReady, setParserReady] = useState(parseQuery !== null);
  useEffect(() => {
    if (!parserReady) void loadParser().then(() => setParserReady(true));
  }, [parserReady]);
  // A URL the parser has not seen yet keeps the last query for the moment the schema takes to arrive.
  const [parsed, setParsed] = useState({ search: current, query: initialQuery });
  if (parsed.search !== effective && parserReady && parseQuery)
    setParsed({ search: effective, query: parseQuery(new URLSearchParams(effective)).query });
  const query = parsed.query;
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
