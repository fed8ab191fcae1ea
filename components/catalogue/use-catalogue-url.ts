"use client";
// The catalogue's state lives in the URL: this hook reads it with the same
// zod schema as the API and writes changes back (push for choices, replace
// while typing), so back/forward, reload and shared links all work.
// The reader's column choice (`cols`) rides along after the query; it is
// not part of it (lib/schemas/catalogue-columns.ts).
// The schema (and zod with it, ~25 kB gzipped) loads just after the page is
// interactive; until then the server's parse of the same URL stands in.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import { CATALOGUE_CONTROLS, filterSpec } from "@/lib/schemas/catalogue-filters";
import { toSearchParams, type ParamValue } from "@/lib/domain/catalogue-params";
import { COLUMNS_PARAM, columnsParam, parseColumns, type ColumnId } from "@/lib/schemas/catalogue-columns";

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
  const cols = new URLSearchParams(effective).get(COLUMNS_PARAM);
  const columns = useMemo(() => parseColumns(cols).columns, [cols]);

  /** The page's search string for a query, with the current (or a new) column choice. */
  const searchFor = useCallback(
    (next: Record<string, ParamValue>, nextColumns: readonly ColumnId[] = columns) => {
      const search = toSearchParams(next);
      const value = columnsParam(nextColumns);
      if (value !== undefined) search.set(COLUMNS_PARAM, value);
      return search.toString();
    },
    [columns],
  );

  const navigate = useCallback(
    (next: Record<string, ParamValue>, replace: boolean, nextColumns?: readonly ColumnId[]) => {
      const search = searchFor(next, nextColumns);
      const url = search ? `${pathname}?${search}` : pathname;
      setPending({ from: current, to: search });
      if (!parseQuery) setParsed({ search, query: provisionalQuery(next), provisional: true });
      if (replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: false });
    },
    [pathname, router, current, searchFor],
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

  /** Shows these columns; a view change, so it replaces the history entry and keeps the page. */
  const setColumns = useCallback((next: readonly ColumnId[]) => navigate({ ...query }, true, next), [query, navigate]);

  /** A link to another page of the same view. */
  const hrefFor = useCallback((next: Record<string, ParamValue>) => `?${searchFor(next)}`, [searchFor]);

  return { query, params, columns, update, clear, setColumns, hrefFor };
}
