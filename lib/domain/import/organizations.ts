// Who made a model, as the datasets spell it → our organisation slugs
// (prisma/catalogue/organizations/<slug>.json). Three ways in, most certain
// first: models.dev's lab folder, the Hugging Face namespace in a host's
// listing id ("meta-llama/…"), then the dataset's family ("llama").
// `publications` are where the maker publishes its own results: a
// benchmark score is imported only when its source is one of them.

interface Maker {
  labs?: string[];
  namespaces?: string[];
  families?: string[];
  /** Hosts (and "host/first-path-segment" for GitHub and Hugging Face) of the maker's own publications. */
  publications: string[];
}

export const MAKERS: Record<string, Maker> = {
  "alibaba-qwen": { labs: ["alibaba"], namespaces: ["qwen"], families: ["qwen", "qwq", "qvq"], publications: ["qwenlm.github.io", "qwen.ai", "alibabacloud.com", "github.com/qwenlm", "huggingface.co/qwen"] },
  anthropic: { labs: ["anthropic"], families: ["claude"], publications: ["anthropic.com", "www.anthropic.com", "docs.anthropic.com", "claude.com"] },
  cohere: { labs: ["cohere"], namespaces: ["coherelabs", "cohereforai"], families: ["command", "aya", "c4ai"], publications: ["cohere.com", "docs.cohere.com", "huggingface.co/coherelabs"] },
  deepreinforce: { labs: ["deepreinforce"], namespaces: ["deepreinforce-ai"], families: ["ornith"], publications: ["huggingface.co/deepreinforce-ai"] },
  deepseek: { labs: ["deepseek"], namespaces: ["deepseek-ai"], families: ["deepseek"], publications: ["deepseek.com", "api-docs.deepseek.com", "github.com/deepseek-ai", "huggingface.co/deepseek-ai"] },
  google: { labs: ["google"], namespaces: ["google"], families: ["gemini", "gemma"], publications: ["deepmind.google", "blog.google", "ai.google.dev", "github.com/google-deepmind", "huggingface.co/google"] },
  meta: { labs: ["meta"], namespaces: ["meta-llama", "facebook"], families: ["llama"], publications: ["ai.meta.com", "llama.com", "www.llama.com", "github.com/meta-llama", "huggingface.co/meta-llama"] },
  microsoft: { namespaces: ["microsoft"], families: ["phi"], publications: ["microsoft.com", "azure.microsoft.com", "huggingface.co/microsoft"] },
  minimax: { labs: ["minimax"], namespaces: ["minimaxai"], families: ["minimax"], publications: ["minimax.io", "www.minimax.io", "github.com/minimax-ai", "huggingface.co/minimaxai"] },
  "mistral-ai": { labs: ["mistral"], namespaces: ["mistralai"], families: ["mistral", "mixtral", "ministral", "magistral", "devstral", "codestral", "pixtral", "voxtral"], publications: ["mistral.ai", "docs.mistral.ai", "huggingface.co/mistralai"] },
  "moonshot-ai": { labs: ["moonshotai"], namespaces: ["moonshotai"], families: ["kimi"], publications: ["moonshot.ai", "platform.moonshot.ai", "github.com/moonshotai", "huggingface.co/moonshotai"] },
  nvidia: { labs: ["nvidia"], namespaces: ["nvidia"], families: ["nemotron"], publications: ["nvidia.com", "developer.nvidia.com", "research.nvidia.com", "huggingface.co/nvidia"] },
  openai: { labs: ["openai"], namespaces: ["openai"], families: ["gpt-3", "gpt-4", "gpt-5", "gpt-oss", "gpt-image", "o1", "o3", "o4", "whisper"], publications: ["openai.com", "cdn.openai.com", "github.com/openai", "huggingface.co/openai"] },
  perplexity: { labs: ["perplexity"], namespaces: ["perplexity-ai"], families: ["sonar"], publications: ["perplexity.ai", "docs.perplexity.ai"] },
  "sakana-ai": { labs: ["sakana"], families: ["fugu"], publications: ["sakana.ai", "console.sakana.ai"] },
  "sarvam-ai": { labs: ["sarvam"], namespaces: ["sarvamai"], families: ["sarvam"], publications: ["sarvam.ai", "huggingface.co/sarvamai"] },
  stepfun: { labs: ["stepfun"], namespaces: ["stepfun-ai"], families: ["step"], publications: ["stepfun.com", "huggingface.co/stepfun-ai"] },
  tencent: { labs: ["tencent"], namespaces: ["tencent"], families: ["hunyuan"], publications: ["hunyuan.tencent.com", "huggingface.co/tencent"] },
  "arcee-ai": { namespaces: ["arcee-ai", "arcee_ai"], families: ["arcee", "trinity"], publications: ["arcee.ai", "www.arcee.ai", "huggingface.co/arcee-ai"] },
  baai: { namespaces: ["baai"], families: ["bge"], publications: ["baai.ac.cn", "huggingface.co/baai"] },
  "black-forest-labs": { namespaces: ["black-forest-labs"], families: ["flux"], publications: ["bfl.ai", "huggingface.co/black-forest-labs"] },
  "inclusion-ai": { namespaces: ["inclusionai"], families: ["ling", "ring"], publications: ["huggingface.co/inclusionai", "github.com/inclusionai"] },
  poolside: { labs: ["poolside"], families: ["laguna"], publications: ["poolside.ai"] },
  xai: { labs: ["xai"], namespaces: ["xai-org"], families: ["grok"], publications: ["x.ai", "docs.x.ai"] },
  xiaomi: { labs: ["xiaomi"], namespaces: ["xiaomimimo"], families: ["mimo"], publications: ["mimo.xiaomi.com", "huggingface.co/xiaomimimo", "github.com/xiaomimimo"] },
  "zhipu-ai": { labs: ["zhipuai"], namespaces: ["zai-org", "thudm", "z-ai"], families: ["glm"], publications: ["z.ai", "docs.z.ai", "bigmodel.cn", "huggingface.co/zai-org", "github.com/zai-org"] },
};

const byLab = new Map<string, string>();
const byNamespace = new Map<string, string>();
const byFamily: Array<[string, string]> = [];
for (const [org, maker] of Object.entries(MAKERS)) {
  for (const lab of maker.labs ?? []) byLab.set(lab, org);
  for (const ns of maker.namespaces ?? []) byNamespace.set(ns, org);
  for (const family of maker.families ?? []) byFamily.push([family, org]);
}
// Longest family first, so "gpt-oss" could never be claimed by a shorter prefix.
byFamily.sort((a, b) => b[0].length - a[0].length);

export function organizationOfLab(lab: string): string | undefined {
  return byLab.get(lab.toLowerCase());
}

/** From a listing id's namespace ("meta-llama/…"), else its slug's or family's first word. */
export function organizationOfListing(listingId: string, slug: string, family: string | undefined): string | undefined {
  const segments = listingId.toLowerCase().split("/");
  for (const segment of segments.slice(0, -1)) {
    const org = byNamespace.get(segment);
    if (org) return org;
  }
  for (const candidate of [slug, family?.toLowerCase() ?? ""]) {
    for (const [prefix, org] of byFamily) if (new RegExp(`^${prefix}(?:$|[-\\d])`).test(candidate)) return org;
  }
  return undefined;
}

/** Is `url` one of the maker's own publications (its site, GitHub or Hugging Face org) or an arXiv paper? */
export function isMakerPublication(url: string, org: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:") return false;
  const host = parsed.hostname.toLowerCase();
  if (host === "arxiv.org") return true;
  const maker = org ? MAKERS[org] : undefined;
  if (!maker) return false;
  const firstSegment = parsed.pathname.split("/")[1]?.toLowerCase() ?? "";
  return maker.publications.some((p) =>
    p.includes("/") ? p === `${host}/${firstSegment}` : host === p || host.endsWith(`.${p}`),
  );
}
