import "server-only";
// Models worth comparing with a given one: its family, and its nearest
// neighbours by release date across the open/closed divide that answer the
// same kind of request (lib/domain/comparable-modalities.ts).
import { comparableModalities } from "@/lib/domain/comparable-modalities";
import type { ModelSummary } from "@/lib/schemas/model-response";
import { getDb } from "./prisma";
import { summaryInclude, toModelSummary } from "./mappers";

export async function similarModels(
  model: { slug: string; family: string; access: string; modality: string; releaseDate: string | null },
  limit = 6,
): Promise<ModelSummary[]> {
  const { db } = getDb();
  const released = model.releaseDate ? new Date(model.releaseDate) : new Date();
  const otherSide = model.access === "closed" ? { not: "closed" } : { equals: "closed" };
  const modality = { in: comparableModalities(model.modality) };
  const [family, before, after] = await Promise.all([
    db.model.findMany({ where: { family: model.family, slug: { not: model.slug } }, orderBy: { releaseDate: "desc" }, take: 3, include: summaryInclude }),
    db.model.findMany({ where: { access: otherSide, modality, releaseDate: { lte: released } }, orderBy: { releaseDate: "desc" }, take: 3, include: summaryInclude }),
    db.model.findMany({ where: { access: otherSide, modality, releaseDate: { gt: released } }, orderBy: { releaseDate: "asc" }, take: 2, include: summaryInclude }),
  ]);
  const seen = new Set<string>();
  return [...family, ...before, ...after]
    .filter((m) => !seen.has(m.slug) && seen.add(m.slug))
    .slice(0, limit)
    .map(toModelSummary);
}
