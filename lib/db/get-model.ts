import "server-only";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { getDb } from "./prisma";
import { detailInclude, toModelDetail } from "./mappers";

/** One model's full record, or null for an unknown slug. */
export async function getModel(slug: string): Promise<ModelDetail | null> {
  const row = await getDb().db.model.findUnique({ where: { slug }, include: detailInclude });
  return row ? toModelDetail(row) : null;
}
