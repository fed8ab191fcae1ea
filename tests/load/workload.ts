// The mixed workload: what a scraper, the catalogue page and the charts ask
// for, weighted towards the JSON API. Slugs and an ETag come from the live
// server so every request is one that should succeed (2xx or 304).

export interface WorkloadRequest {
  path: string;
  headers?: Record<string, string>;
}

/** Builds the request mix against a running server. */
export async function buildWorkload(baseUrl: string): Promise<WorkloadRequest[]> {
  const list = (await fetch(`${baseUrl}/api/models?pageSize=100`).then((r) => r.json())) as { items: Array<{ slug: string }> };
  const slugs = list.items.map((m) => m.slug);
  const pick = (i: number) => slugs[(i * 7) % slugs.length] ?? "llama-2-70b";
  const cached = await fetch(`${baseUrl}/api/models?access=open-source&sort=-openness`);
  const etag = cached.headers.get("etag");
  if (!etag) throw new Error("/api/models sent no ETag: the 304 part of the workload needs one");

  return [
    { path: "/api/models" },
    { path: "/api/models?access=closed&sort=-releaseDate" },
    { path: `/api/models/${pick(1)}` },
    { path: "/api/models?q=llama&pageSize=10" },
    { path: "/api/stats" },
    { path: "/api/models?licenceCategory=permissive,copyleft&pageSize=100" },
    { path: `/api/models/${pick(2)}` },
    { path: "/api/models?access=open-source&sort=-openness", headers: { "If-None-Match": etag } },
    { path: "/api/models?minParams=7&maxParams=70&sort=parameters" },
    { path: "/api/stats?access=open-weights,open-source" },
    { path: `/api/models/${pick(3)}` },
    { path: "/api/models?page=2&pageSize=10&sort=name" },
    { path: "/api/licences" },
    { path: "/api/models?commercialUse=yes&releasedFrom=2023&sort=-mmlu" },
    { path: "/api/organizations" },
    { path: "/api/models?format=csv" },
    { path: `/api/models/${pick(4)}` },
    { path: "/models?access=open-weights" },
    { path: `/models/${pick(5)}` },
  ];
}
