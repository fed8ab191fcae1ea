// One model, one slug: turns a dataset's id into our slug. Order, most
// deliberate first: an exact alias ("<dataset>:<id>" in aliases.json), an
// alias of the id's automatic slug, a known slug with the same match key
// (reviewed files and models already imported), then the automatic slug.
import type { AliasesFile } from "./types";
import { autoSlug, literalKey, matchKey, slugKey } from "./slug";

export type Resolution = { slug: string; how: "alias" | "known" | "auto" };

export class SlugResolver {
  private readonly byKey = new Map<string, string>();
  private readonly aliasByAuto = new Map<string, string>();

  constructor(
    private readonly dataset: string,
    private readonly aliases: AliasesFile,
    knownSlugs: Iterable<string>,
  ) {
    for (const slug of knownSlugs) this.addKnown(slug);
    for (const [key, slug] of Object.entries(aliases.aliases)) {
      if (!key.includes(":")) this.aliasByAuto.set(autoSlug(key), slug);
    }
  }

  /** Make `slug` a match target for later ids (first one in wins). */
  addKnown(slug: string): void {
    const key = slugKey(slug);
    if (!this.byKey.has(key)) this.byKey.set(key, slug);
  }

  /** The reason this id (or its provider, "providers/<p>") is deliberately not imported. */
  skipReason(id: string): string | undefined {
    return this.aliases.skip[`${this.dataset}:${id}`] ?? (id.includes(":") ? undefined : this.aliases.skip[autoSlug(id)]);
  }

  exact(id: string): string | undefined {
    return this.aliases.aliases[`${this.dataset}:${id}`];
  }

  /** Alias or known slug only: undefined when the id would need a new slug. */
  find(id: string): Resolution | undefined {
    const exact = this.exact(id);
    if (exact) return { slug: exact, how: "alias" };
    const auto = autoSlug(id);
    const alias = this.aliasByAuto.get(auto);
    if (alias) return { slug: alias, how: "alias" };
    const known = this.byKey.get(literalKey(id)) ?? this.byKey.get(matchKey(id));
    if (known) return { slug: known, how: "known" };
    return undefined;
  }

  resolve(id: string): Resolution {
    return this.find(id) ?? { slug: autoSlug(id), how: "auto" };
  }
}
