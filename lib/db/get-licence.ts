import "server-only";
import type { LicenceWithCount } from "@/lib/schemas/model-response";
import { getDb } from "./prisma";
import { toLicence } from "./mappers";

/** One licence with its structured terms and how many models use it, or null for an unknown slug. */
export async function getLicence(slug: string): Promise<LicenceWithCount | null> {
  const row = await getDb().db.licence.findUnique({ where: { slug }, include: { _count: { select: { models: true } } } });
  if (!row) return null;
  const { _count, ...licence } = row;
  return { ...toLicence(licence), modelCount: _count.models };
}
