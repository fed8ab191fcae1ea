"use client";
// On the 404 page: models whose names resemble the slug that was asked for.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useModels } from "@/lib/query/models";

export function ModelSuggestions() {
  const slug = usePathname().split("/").pop() ?? "";
  const word = decodeURIComponent(slug).split(/[-_.\s]+/).find((w) => /[a-z]{3,}/i.test(w))?.toLowerCase() ?? "";
  const { data } = useModels(new URLSearchParams({ q: word.slice(0, 50), pageSize: "8" }).toString());
  if (!word || !data || data.items.length === 0) return null;
  return (
    <div>
      <h2 className="font-semibold">Did you mean</h2>
      <ul className="list-disc pl-5">
        {data.items.map((m) => (
          <li key={m.slug}><Link className="underline" href={`/models/${m.slug}`}>{m.name}</Link></li>
        ))}
      </ul>
    </div>
  );
}
