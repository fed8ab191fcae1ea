"use client";
// The catalogue's state lives in the URL: this hook reads it with the same
// zod schema as the API and writes changes back (push for choices, replace
// while typing), so back/forward, reload and shared links all work.
// The reader's column choice (`cols`) rides along after the query; it is
// not part of it (lib/schemas/catalogue-columns.ts).
// The schema (and zod with it, ~25 kB gzipped) loads at the reader's first
// move (pointer, key, focus, scroll), not during load; until then the
// server's parse of the URL stands in. A change made before it arrives shows
// at once in the controls, but the API hears of it only once the schema has
// checked it: nothing unchecked (a price from 5 to 1) is ever fetched.
// A value the schema refuses stays in the URL and comes back as an issue
// (the API's message), so its field can say why it is not applied.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { onFirstInteraction } from "@/components/ui/first-interaction";
import type { ModelsQuery, QueryIssue } from "@/lib/schemas/models-query";
import { CATALOGUE_CONTROLS, filterSpec } from "@/lib/schemas/catalogue-filters";
import { toPageSearchParams, toSearchParams, withPageDefaults, type ParamValue } from "@/lib/domain/catalogue-params";
import { COLUMNS_PARAM, columnsParam, parseColumns, type ColumnId } from "@/lib/schemas/catalogue-columns";

type ParseQuery = (params: URLSearchParams) => { query: ModelsQuery; dropped: QueryIssue[] };
let parseQuery: ParseQuery | null = null;
let loadingParser: Promise<void> | null = null;
// Set if the schema's chunk cannot be fetched (a network fault, a deploy that removed it): the API,
// which checks every query itself, is then asked as typed, and its error says what is wrong.
let parserFailed = false;

function loadParser(): Promise<void> {
  loadingParser ??= import("@/lib/schemas/models-query").then(
    (schema) => {
      parseQuery = schema.parseModelsQueryLenient;
    },
    () => {
      parserFailed = true;
    },
  );
  return loadingParser;
}

/** A value as our own controls give it, read the way the schema would (numbers and booleans from text). */
function provisionalValue(key: string, value: ParamValue): unknown {
  if (typeof value !== "string") return value;
  if (key === "page" || key === "pageSize") return Number(value);
  const filter = filterSpec(key);
  return filter?.kind === "range" || filter?.kind === "number" ? Number(value) : filter?.kind === "boolean" ? value === "true" : value;
}

/**
 * Until the schema arrives, a change made with our own controls is shown
 * as typed (numbers as numbers, empties dropped); the schema's parse of the
 * same URL replaces it as soon as it loads. Shown only: never sent.
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
/** Per parameter the URL gives but the schema refused: its text as given and the API's message. */
export type QueryIssues = Partial<Record<string, { value: string; message: string }>>;

/** The refused filter parameters of a URL, with their text (unknown parameters are not fields: left out). */
function issuesOf(search: string, dropped: readonly QueryIssue[]): QueryIssues {
  const params = new URLSearchParams(search);
  const issues: QueryIssues = {};
  for (const { param, message } of dropped) {
    const value = params.get(param);
    if (value !== null && filterSpec(param)) issues[param] ??= { value, message };
  }
  return issues;
}

/** The API's query for a URL's query: page defaults included (the API applies none). */
const apiParams = (query: ModelsQuery) => toSearchParams(withPageDefaults(query)).toString();

/**
 * The URL's catalogue query, with /models' page defaults applied (retired
 * models hidden unless asked for). `initial` is the server's parse of the
 * URL the page was rendered for, with the parameters it refused.
 */
export function useCatalogueUrl(initial: { query: ModelsQuery; dropped: QueryIssue[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const current = searchParams.toString();
  // The URL we are navigating to: controls reflect a change at once, before
  // the router commits it. `passing` are the URLs of our own earlier
  // navigations still on their way: when one of them commits, it is not the
  // state the person is at (they have typed on), so it must not replace it.
  // Any other URL (back/forward, a link) takes over.
  const [pending, setPending] = useState<{ to: string; passing: string[] } | null>(null);
  if (pending && (current === pending.to || !pending.passing.includes(current))) setPending(null);
  const effective = pending?.to ?? current;

  // Fetched at the reader's first move, not during load (the server parsed the first URL);
  // re-renders once the schema has arrived.
  const [, setParserSettled] = useState(parseQuery !== null || parserFailed);
  useEffect(() => onFirstInteraction(() => void loadParser().then(() => setParserSettled(true))), []);
  // A URL the parser has not seen yet is shown as typed (`provisional`) for the moment the schema
  // takes to arrive, while `checked`, the API's query, stays the last one the schema passed.
  const [parsed, setParsed] = useState(() => ({ search: current, query: initial.query, dropped: initial.dropped, provisional: false, checked: apiParams(initial.query) }));
  if ((parsed.search !== effective || parsed.provisional) && parseQuery) {
    const next = parseQuery(new URLSearchParams(effective));
    setParsed({ search: effective, ...next, provisional: false, checked: apiParams(next.query) });
  } else if (parsed.provisional && parserFailed) setParsed({ ...parsed, provisional: false, checked: apiParams(parsed.query) });
  const urlQuery = parsed.query;
  const query = useMemo(() => withPageDefaults(urlQuery), [urlQuery]);
  const issues = useMemo(() => issuesOf(parsed.search, parsed.dropped), [parsed.search, parsed.dropped]);
  const params = parsed.checked;
  const cols = new URLSearchParams(effective).get(COLUMNS_PARAM);
  const columns = useMemo(() => parseColumns(cols).columns, [cols]);

  /** The page's search string for a query, with the current (or a new) column choice. */
  const searchFor = useCallback(
    (next: Record<string, ParamValue>, nextColumns: readonly ColumnId[] = columns) => {
      const search = toPageSearchParams(next);
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
      setPending({ to: search, passing: [...(pending ? [...pending.passing, pending.to] : []), current].slice(-8) });
      if (!parseQuery) setParsed((last) => ({ search, query: provisionalQuery(next), dropped: [], provisional: true, checked: last.checked }));
      if (replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: false });
    },
    [pathname, router, current, pending, setPending, searchFor],
  );

  const update = useCallback(
    (patch: QueryPatch, { replace = false, keepPage = false } = {}) => {
      // A refused value stays in the URL (and its message beside its field) until it is changed.
      const refused = Object.fromEntries(Object.entries(issues).map(([param, issue]) => [param, issue?.value]));
      const next: Record<string, ParamValue> = { ...query, ...refused, ...patch };
      if (!keepPage && !("page" in patch)) next.page = undefined;
      navigate(next, replace);
    },
    [query, issues, navigate],
  );

  /** Drops every filter, keeping the sort order and page size. */
  const clear = useCallback(() => navigate({ sort: query.sort, pageSize: query.pageSize }, false), [query.sort, query.pageSize, navigate]);

  /** Shows these columns; a view change, so it replaces the history entry and keeps the page. */
  const setColumns = useCallback((next: readonly ColumnId[]) => navigate({ ...query }, true, next), [query, navigate]);

  /** A link to another page of the same view (page defaults left out). */
  const hrefFor = useCallback((next: Record<string, ParamValue>) => `?${searchFor(next)}`, [searchFor]);

  /** `checking`: the controls show a change the schema has not yet checked, so the results do not show it yet. */
  return { query, params, checking: parsed.provisional, issues, columns, update, clear, setColumns, hrefFor };
}
