// Several app instances on one database must give the same answers: same
// status, same body, same ETag (so a CDN or client revalidating against
// either instance gets 304, not a spurious refetch).
import { isDeepStrictEqual } from "node:util";
import type { WorkloadRequest } from "./workload";

/** Throws naming the first path whose answer differs between `urls`. */
export async function checkConsistency(urls: string[], workload: WorkloadRequest[]): Promise<void> {
  // Pages embed a per-request CSP nonce, so only the API is compared byte for byte.
  const paths = workload.filter((r) => r.path.startsWith("/api/") && !r.headers).map((r) => r.path);
  for (const path of paths) {
    const answers = await Promise.all(
      urls.map(async (url) => {
        const response = await fetch(`${url}${path}`);
        const text = await response.text();
        const body: unknown = response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
        return { status: response.status, etag: response.headers.get("etag"), body };
      }),
    );
    const [first, ...rest] = answers;
    for (const [i, other] of rest.entries())
      if (!isDeepStrictEqual(first, other)) throw new Error(`Instances disagree on ${path}: ${urls[0]} vs ${urls[i + 1]}`);
  }
  // An ETag from one instance validates on the other.
  const first = await fetch(`${urls[0]}/api/models?sort=-releaseDate`);
  const etag = first.headers.get("etag") ?? "";
  for (const url of urls.slice(1)) {
    const status = (await fetch(`${url}/api/models?sort=-releaseDate`, { headers: { "If-None-Match": etag } })).status;
    if (status !== 304) throw new Error(`${url} answered ${status} to another instance's ETag; expected 304`);
  }
  console.log(`Consistent: ${urls.length} instances gave identical answers (status, body, ETag) to ${paths.length} API requests.`);
}
