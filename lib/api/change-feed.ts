import "server-only";
// The change feed as Atom (GET /feed.xml), written by the `feed` library
// (https://github.com/jpmonette/feed): escaping and the Atom structure are its job.
import { Feed } from "feed";
import type { ChangesQuery } from "@/lib/schemas/changes-query";
import type { Change } from "@/lib/schemas/change-response";

const SITE_TITLE = "Open or closed?";

/** The library writes entry titles and summaries as type="html": catalogue text must reach readers as text, never markup. */
const asHtmlText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where an entry points: the model's page (removed models: their history as JSON), or the catalogue. */
function entryLink(origin: string, c: Change): string {
  if (!c.model) return `${origin}/models`;
  return c.kind === "model-removed" ? `${origin}/api/changes?model=${encodeURIComponent(c.model.slug)}` : `${origin}/models/${encodeURIComponent(c.model.slug)}`;
}

/** An Atom document of `changes` (newest first) for the feed `query` follows. */
export function changeFeedXml(changes: readonly Change[], options: { origin: string; query: Pick<ChangesQuery, "model" | "org">; updated: Date; modelName?: string }): string {
  const { origin, query } = options;
  const params = new URLSearchParams({ ...(query.model && { model: query.model }), ...(query.org && { org: query.org }) }).toString();
  const self = `${origin}/feed.xml${params ? `?${params}` : ""}`;
  const subject = query.model ? ` — ${options.modelName ?? query.model}` : query.org ? ` — organisation ${query.org}` : "";
  const feed = new Feed({
    id: self,
    title: `${SITE_TITLE} catalogue changes${subject}`,
    description: "Models added, removed or retired, price changes, licence changes and openness re-grades, as each catalogue load recorded them, with sources.",
    link: query.model ? `${origin}/models/${encodeURIComponent(query.model)}` : `${origin}/models`,
    language: "en",
    updated: options.updated,
    generator: SITE_TITLE,
    feedLinks: { atom: self, json: `${origin}/api/changes${params ? `?${params}` : ""}` },
    copyright: "Catalogue facts carry their own sources and licences; see /data.",
  });
  for (const c of changes) {
    const source = c.source ? ` Source: ${c.source.title ? `${c.source.title}, ` : ""}${c.source.url}` : "";
    feed.addItem({
      id: `${origin}/feed.xml#change-${c.id}`,
      title: asHtmlText(c.summary),
      link: entryLink(origin, c),
      date: new Date(`${c.day}T00:00:00Z`),
      description: asHtmlText(`${c.summary} (recorded ${c.day}).${source}`),
      category: [{ term: c.kind, name: c.kind }],
    });
  }
  return feed.atom1();
}
