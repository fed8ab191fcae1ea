import "server-only";
// The loaded catalogue's content hash: the API's cache validator. Read at
// most every few seconds per process, so conditional requests stay cheap.
import { getDb } from "./prisma";

const TTL_MS = 5000;
let cached: { version: string; at: number } | undefined;

export async function getCatalogueVersion(): Promise<string> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.version;
  const load = await getDb().db.catalogueLoad.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  cached = { version: load?.hash ?? "empty", at: Date.now() };
  return cached.version;
}
