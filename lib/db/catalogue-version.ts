import "server-only";
// The loaded catalogue's content hash: the API's cache validator and the key
// of every memo (./catalogue-memo.ts). Read at most every few seconds per
// process (one read shared by concurrent callers), so conditional requests
// stay cheap.
import { LRUCache } from "lru-cache";
import { getDb } from "./prisma";

const TTL_MS = 5000;
const version = new LRUCache<"version", string>({
  max: 1,
  ttl: TTL_MS,
  fetchMethod: async () => {
    const load = await getDb().db.catalogueLoad.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
    return load?.hash ?? "empty";
  },
});

export async function getCatalogueVersion(): Promise<string> {
  return (await version.fetch("version")) ?? "empty";
}
