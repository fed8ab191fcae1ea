"use client";
// The catalogue's state lives in the URL: this hook reads it with the same
// zod schema as the API and writes changes back (push for choices, replace
// while typing), so back/forward, reload and shared links all work.
// The schema (and zod with it, ~25 kB gzipped) loads just after the page is
// interactive; until then the server's parse of the same URL stands in.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import { CATALOGUE_CONTROLS, filterSpec } from "@/lib/schemas/catalogue-filters";
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
// Fetched while the page hydrates, not after: a click rarely comes first.
if (typeof window !== "undefined") void loadParser();

/** A value as our own controls give it, read the way the schema would (numbers and booleans from text). */
function provisionalValue(key: string, value: ParamValue): unknown {
  if (typeof value !== "string") return value;
  if (key === "page" || key === "pageSize") return Number(value);
  const filter = filterSpec(key);
  return filter?.kind === "range" ? Number(value) : filter?.kind === "boolean" ? value === "true" : value;
}

/**
 * Until the schema arrives, a change made with our own controls is shown
 * as typed (numbers as numbers, empties dropped); the schema's parse of the
 * same URL replaces it as soon as it loads.
 */
function provisionalQuery(next: Record<string, ParamValue>): ModelsQuery {
  const query: Record<string, unknown> = Object.fromEntries(Object.entries(CATALOGUE_CONTROLS).map(([key, c]) => [key, c.default]));
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    query[key] = provisionalValue(key, value);
  }
  return query as ModelsQuery;
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

  // Re-renders once the schema has arrived.
  const [, setParserReady] = useState(parseQuery !== null);
  useEffect(() => {
    void loadParser().then(() => setParserReady(true));
  }, []);
  // A URL the parser has not seen yet keeps the last query for the moment the schema takes to arrive.
  const [parsed, setParsed] = useState({ search: current, query: initialQuery, provisional: false });
  if ((parsed.search !== effective || parsed.provisional) && parseQuery)
    setParsed({ search: effective, query: parseQuery(new URLSearchParams(effective)).query, provisional: false });
  const query = parsed.query;
  const params = useMemo(() => toSearchParams(query).toString(), [query]);

  const navigate = useCallback(
    (next: Record<string, ParamValue>, replace: boolean) => {
      const search = toSearchParams(next).toString();
      const url = search ? `${pathname}?${search}` : pathname;
      setPending({ from: current, to: search });
      if (!parseQuery) setParsed({ search, query: provisionalQuery(next), provisional: true });
      if (replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: false });
    },
    [pathname, router, current],
  );

  const update = useCallback(
    (patch: QueryPatch, { replace = false, keepPage = false } = {}) => {
      const next: Record<string, ParamValue> = { ...query, ...patch };
      if (!keepPage && !("page" in patch)) next.page = undefined;
      navigate(next, replace);
    },
    [query, navigate],
  );

  /** Drops every filter, keeping the sort order and page size. */
  const clear = useCallback(() => navigate({ sort: query.sort, pageSize: query.pageSize }, false), [query.sort, query.pageSize, navigate]);

  return { query, params, update, clear };
}
