// The identity rules every import must keep: slugs are well-formed, no two
// slugs are the same model written two ways (same match key), and every
// alias points at a slug that exists.
import { SLUG_PATTERN } from "@/lib/schemas/vocabulary";
import type { AliasesFile } from "./types";
import { slugKey } from "./slug";

export interface IdentityProblem {
  slug: string;
  problem: string;
}

export function checkIdentity(slugs: Iterable<string>, aliases: AliasesFile): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  const unique = [...new Set(slugs)].sort();
  const byKey = new Map<string, string>();
  for (const slug of unique) {
    if (!SLUG_PATTERN.test(slug)) problems.push({ slug, problem: "does not match SLUG_PATTERN" });
    const key = slugKey(slug);
    const other = byKey.get(key);
    if (other) problems.push({ slug, problem: `collides with "${other}" (both read as "${key}")` });
    else byKey.set(key, slug);
  }
  const known = new Set(unique);
  for (const [id, slug] of Object.entries(aliases.aliases))
    if (!known.has(slug)) problems.push({ slug, problem: `alias "${id}" points at a slug no model has` });
  return problems;
}
