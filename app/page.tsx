import Link from "next/link";
import { listModels } from "@/lib/db/list-models";
import { modelsQuerySchema } from "@/lib/schemas/models-query";
import { AccessBadge } from "@/components/models/access-badge";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { items, total } = await listModels(modelsQuerySchema.parse({ pageSize: "100", sort: "-releaseDate" }));
  return (
    <div className="space-y-6">
      <section className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Open or closed: which AI model should you use?</h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
          {total} models with their licence terms, size, price and openness — each fact with its source and date.
        </p>
        <Link href="/models" className="inline-block rounded bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800">
          Browse the catalogue
        </Link>
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest" className="mb-2 text-lg font-semibold">Models, newest first</h2>
        <ul className="divide-y divide-zinc-200 rounded border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {items.map((m) => (
            <li key={m.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
              <Link href={`/models/${m.slug}`} className="font-medium hover:underline">{m.name}</Link>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">{m.organization.name}</span>
              <AccessBadge access={m.access} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
