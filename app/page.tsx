import Link from "next/link";
import { AccessBadge } from "@/components/models/access-badge";
import { FindModel } from "@/components/models/find-model";
import { countByAccess } from "@/lib/db/catalogue-summary";
import { listModels } from "@/lib/db/list-models";
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import { modelsQuerySchema } from "@/lib/schemas/models-query";

export const dynamic = "force-dynamic";

const ENTRY_POINTS = [
  { href: "/choose", title: "Which should I use?", text: "Say what you must have and how much you will use it: the best open and closed option for you, with what each costs." },
  { href: "/models", title: "Browse the catalogue", text: "Filter by licence, commercial use, size, price, openness and release date; export what you find." },
  { href: "/compare?models=llama-2-70b,gpt-4", title: "Compare two models", text: "Llama 2 70B or GPT-4? Licence clauses, openness, cost and what self-hosting would take, side by side." },
  { href: "/insights", title: "Open vs closed, in data", text: "The usual pros and cons of open models, checked against the catalogue rather than taken on faith." },
];

export default async function HomePage() {
  const [counts, latest] = await Promise.all([
    countByAccess(),
    listModels(modelsQuerySchema.parse({ pageSize: "8", sort: "-releaseDate" })),
  ]);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="max-w-3xl text-3xl font-semibold tracking-tight sm:text-4xl">Open or closed: which AI model should you use?</h1>
        <p className="max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">
          {total} models, from BERT to today’s frontier: what each licence really allows, size, price and openness, every fact sourced and dated.
        </p>
        <FindModel />
      </section>

      <section aria-label="Start here" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {ENTRY_POINTS.map((e) => (
          <Link key={e.href} href={e.href} className="block rounded-lg border border-zinc-300 p-4 hover:border-emerald-700 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900">
            <h2 className="text-lg font-semibold text-emerald-800 dark:text-emerald-300">{e.title} →</h2>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{e.text}</p>
          </Link>
        ))}
      </section>

      <section aria-labelledby="by-access" className="space-y-2">
        <h2 id="by-access" className="text-lg font-semibold">By access class</h2>
        <ul className="flex flex-wrap gap-4" aria-label="Models by access class">
          {ACCESS_CLASSES.map((a) => (
            <li key={a}>
              <Link href={`/models?access=${a}`} className="flex min-h-11 items-center gap-2 rounded border border-zinc-300 px-3 py-2 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900">
                <span className="text-2xl font-semibold tabular-nums">{counts[a]}</span>
                <AccessBadge access={a} />
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest" className="space-y-2">
        <h2 id="latest" className="text-lg font-semibold">Recently released</h2>
        <ul className="divide-y divide-zinc-200 rounded border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {latest.items.map((m) => (
            <li key={m.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
              <Link href={`/models/${m.slug}`} className="font-medium hover:underline">{m.name}</Link>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">{m.organization.name} · {m.releaseDate}</span>
              <AccessBadge access={m.access} />
            </li>
          ))}
        </ul>
        <Link href="/models?sort=-releaseDate" className="inline-block py-2 underline">All {total} models, newest first</Link>
      </section>
    </div>
  );
}
