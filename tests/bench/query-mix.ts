// The catalogue queries the benchmark replays: filters, sorts, search and
// paging (shallow and deep) as the catalogue page and API clients send them.
export const QUERY_MIX = [
  "",
  "access=open-source&sort=-releaseDate",
  "access=closed&sort=price&page=3",
  "licenceCategory=permissive,copyleft&sort=-parameters",
  "minParams=7&maxParams=70&sort=-mmlu",
  "q=llama",
  "org=meta,mistral-ai&sort=-openness&page=2",
  "modality=code&maxPrice=1&sort=price",
  "releasedFrom=2024-01&sort=-releaseDate&page=10",
  "commercialUse=yes&access=open-weights,open-source&page=40",
  "sort=-mmlu&pageSize=100",
  "page=400",
] as const;

/**
 * The filters and sort added after the mix above was fixed (capabilities,
 * inputs, cut-off, lifecycle, licence toggles, the self-hosting price, MMLU
 * ranked by setting): timed apart in the database so the mix's ratios stay
 * comparable between runs.
 */
export const NEW_FILTER_MIX = [
  "lifecycle=available,deprecated,unknown",
  "capabilities=tool-calling&sort=-mmlu",
  "capabilities=tool-calling,reasoning&access=open-weights,open-source",
  "inputModalities=image&sort=-releaseDate",
  "knowledgeFrom=2024-06&sort=-knowledgeCutoff",
  "useRestrictions=false&commercialUse=yes&selfHostable=true",
  "maxPrice=1&priceIncludesSelfHost=true&mTokPerMonth=60&sort=price",
  "sort=-mmlu&page=20",
] as const;
/** Text searches timed apart (database only): exact, normalised ("gpt4", "deepseek r1"), a typo, and a search with a sort. */
export const SEARCH_MIX = ["q=llama", "q=gpt4", "q=deepseek%20r1", "q=falcn", "q=mistrl&sort=-releaseDate", "q=meta"] as const;

/** /api/recommend as /choose sends it, next to the filtered /api/models pages it must stay within 2× of. */
export const RECOMMEND_MIX = [
  "commercialUse=yes&deploy=self-host&gpuMemoryGb=80&gpus=1&inM=50&outM=0",
  "access=open-source,open-weights&priority=cost&inM=200&outM=50",
  "deploy=api&priority=quality&maxMonthlyUsd=500",
  "licenceCategory=permissive,copyleft&minParams=7&maxParams=70&priority=openness",
] as const;
/** The filtered /api/models pages the recommend mix is compared with. */
export const FILTERED_MIX = QUERY_MIX.filter((q) => q.includes("=") && !q.startsWith("page=") && !q.startsWith("sort="));

/** The catalogue page for the server-rendering measurement: a few typical views. */
export const PAGE_MIX = ["", "access=open-source&sort=-releaseDate", "q=llama", "minParams=7&maxParams=70&sort=-mmlu&page=3"] as const;

/**
 * 1,365 distinct first pages (1–5) of filter and sort combinations, for
 * the run that misses the page memo (it holds 256): what new visitors
 * exploring the catalogue cost. Counts are memoised separately.
 */
export function missPaths(): string[] {
  const sorts = ["", "name", "-name", "releaseDate", "-releaseDate", "parameters", "-parameters", "price", "-price", "openness", "-openness", "mmlu", "-mmlu"];
  const filters = [
    "",
    ...["open-source", "open-weights", "closed"].map((a) => `access=${a}`),
    ...["text", "code", "image", "multimodal", "embeddings"].map((m) => `modality=${m}`),
    ...["meta", "openai", "google", "mistral-ai", "alibaba-qwen", "deepseek", "microsoft", "anthropic", "eleutherai", "tii", "cohere"].map((o) => `org=${o}`),
    "minParams=1&maxParams=10",
    "maxPrice=0.5",
  ];
  return filters.flatMap((f) => sorts.flatMap((s) => [1, 2, 3, 4, 5].map((page) => `/api/models?${[f, s && `sort=${s}`, `page=${page}`].filter(Boolean).join("&")}`)));
}

/** A query-mix entry as search_models arguments: lists as arrays, numbers as numbers. */
export function toolArguments(query: string): Record<string, string | number | string[]> {
  return Object.fromEntries(
    [...new URLSearchParams(query)].map(([k, v]) => [k, v.includes(",") ? v.split(",") : /^\d+(\.\d+)?$/.test(v) ? Number(v) : v]),
  );
}

/** The mix as MCP tools/call requests to search_models (stateless: no initialize needed). */
export function mcpSearchRequests(): Array<{ method: "POST"; path: string; headers: Record<string, string>; body: string }> {
  return QUERY_MIX.map((query, id) => ({
    method: "POST",
    path: "/api/mcp",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
    body: JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "search_models", arguments: toolArguments(query) } }),
  }));
}
