import "server-only";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { getDb } from "./prisma";
import { detailInclude, toModelDetail } from "./mappers";

/** Several models' full records in one query, in the order asked; unknown slugs are listed apart. */
export async function getModels(slugs: readonly string[]): Promise<{ models: ModelDetail[]; unknownSlugs: string[] }> {
  if (slugs.length === 0) return { models: [], unknownSlugs: [] };
  const rows = await getDb().db.model.findMany({ where: { slug: { in: [...slugs] } }, include: detailInclude });
  const bySlug = new Map(rows.map((r) => [r.slug, toModelDetail(r)]));
  const models = slugs.flatMap((s) => bySlug.get(s) ?? []);
  return { models, unknownSlugs: slugs.filter((s) => !bySlug.has(s)) };
}

export interface ModelOption {
  slug: string;
  name: string;
  organization: string;
}

/** Every model's slug, name and organisation, for the compare picker (small: one row per model). */
export async function listModelOptions(): Promise<ModelOption[]> {
  const rows = await getDb().db.model.findMany({
    select: { slug: true, name: true, organization: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => ({ slug: r.slug, name: r.name, organization: r.organization.name }));
}
