// The model's entry in the change feed: its latest recorded changes and the
// feed to follow it (/feed.xml?model=…, /api/changes?model=…).
import { modelFeedLinks } from "@/lib/domain/feed-links";
import type { ChangeList } from "@/lib/schemas/change-response";

export function ModelChanges({ slug, name, changes }: { slug: string; name: string; changes: ChangeList }) {
  const { items, total } = changes;
  const links = modelFeedLinks(slug, name);
  return (
    <div className="space-y-3">
      {items.length === 0 ? (
        <p className="text-zinc-700 dark:text-zinc-300">No changes recorded for {name} since it entered the catalogue.</p>
      ) : (
        <ol className="space-y-2">
          {items.map((c) => (
            <li key={c.id} className="flex flex-wrap gap-x-3">
              <time dateTime={c.day} className="tabular-nums text-zinc-600 dark:text-zinc-400">{c.day}</time>
              <span>{c.summary}</span>
              {c.source ? (
                <a href={c.source.url} className="text-sm underline" rel="noopener noreferrer">
                  source{c.source.title ? `: ${c.source.title}` : ""}
                </a>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <p className="text-sm">
        <a href={links.atom.url} className="underline" type="application/atom+xml">
          Follow changes to {name} (Atom feed)
        </a>
        {" · "}
        <a href={links.json} className="underline" type="application/json">
          {total > items.length ? `all ${total} changes` : "changes"} as JSON
        </a>
      </p>
    </div>
  );
}
