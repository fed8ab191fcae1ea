// What an import changes on disk, decided before anything is written: the
// generated files are compared with the ones already there, so a re-import
// of the same snapshot changes nothing and a new one gives a readable diff.
import type { ImportedModel } from "@/lib/schemas/imported";

/** 2-space JSON with a trailing newline; key order is the order the mapper built. */
export function serialiseImported(model: ImportedModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

export interface WritePlan {
  /** slug → new file text, for added and changed files only. */
  writes: Map<string, string>;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

export function planWrites(existing: ReadonlyMap<string, string>, models: readonly ImportedModel[]): WritePlan {
  const plan: WritePlan = { writes: new Map(), added: [], changed: [], removed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const model of models) {
    if (seen.has(model.slug)) throw new Error(`two imported models share the slug "${model.slug}"`);
    seen.add(model.slug);
    const text = serialiseImported(model);
    const before = existing.get(model.slug);
    if (before === text) plan.unchanged++;
    else {
      plan.writes.set(model.slug, text);
      (before === undefined ? plan.added : plan.changed).push(model.slug);
    }
  }
  for (const slug of existing.keys()) if (!seen.has(slug)) plan.removed.push(slug);
  plan.removed.sort();
  return plan;
}
