import "server-only";
// Headline numbers for the home page: models per access class.
import { ACCESS_CLASSES, type AccessClass } from "@/lib/schemas/vocabulary";
import { getDb } from "./prisma";

export async function countByAccess(): Promise<Record<AccessClass, number>> {
  const rows = await getDb().db.model.groupBy({ by: ["access"], _count: { _all: true } });
  const counts = Object.fromEntries(ACCESS_CLASSES.map((a) => [a, 0])) as Record<AccessClass, number>;
  for (const r of rows) if ((ACCESS_CLASSES as readonly string[]).includes(r.access)) counts[r.access as AccessClass] = r._count._all;
  return counts;
}
