// Each must-have as a check on one candidate, with the failure in words. An unknown fact never
// passes a must-have: it fails, and the message says the fact is unknown.
import type { GpuOption } from "../hardware";
import { NOT_COSTED_PER_MONTH, type Route, apiRoutes, byMonthlyCost, selfHostRoute } from "./routes";
import type { Candidate, Capability, Failure, MustHaves, Situation } from "./types";

export const CAPABILITY_LABELS: Record<Capability, string> = {
  toolCalling: "tool calling",
  reasoning: "reasoning",
  structuredOutput: "structured output",
  vision: "image input (vision)",
};

/** The highest score the catalogue holds for the benchmark (name compared case-insensitively), or null. */
export function benchmarkScore(m: Candidate, benchmark: string): { score: number; setting: string | null } | null {
  const wanted = benchmark.trim().toLowerCase();
  let best: { score: number; setting: string | null } | null = null;
  for (const b of m.benchmarks) if (b.name.toLowerCase() === wanted && (!best || b.score > best.score)) best = { score: b.score, setting: b.setting };
  return best;
}

/** False only when the input modalities are known and exclude text. */
export function takesText(m: Candidate): boolean {
  return m.inputModalities === null || m.inputModalities.includes("text");
}

function hasCapability(m: Candidate, c: Capability): boolean | null {
  if (c === "vision") return m.inputModalities === null ? null : m.inputModalities.includes("image");
  return m.capabilities[c];
}

/** The licence's commercial-use answer against the accepted ones. */
function commercialFailure(m: Candidate, accepted: readonly string[]): Failure | null {
  const use = m.licence.commercialUse;
  const fail = (message: string): Failure => ({ constraint: "commercialUse", message: `licence: ${message}` });
  if (use === null) return fail(`commercial use unknown — terms not reviewed (${m.licence.name})`);
  if (accepted.includes(use)) return null;
  if (use === "conditional") return fail(`commercial use only under conditions${m.licence.conditions ? ` (${m.licence.conditions})` : ""}`);
  if (use === "no") return fail(`${m.licence.name} does not allow commercial use`);
  return fail(`commercial use “${use}” is not among those accepted`);
}

/** Must-haves that do not depend on cost: licence, access, weights, modality, capabilities, context, lifecycle, quality floor. */
export function factFailures(m: Candidate, must: MustHaves, s: Situation): Failure[] {
  const failures: Failure[] = [];
  const add = (constraint: string, message: string) => failures.push({ constraint, message });
  if (must.access && !must.access.includes(m.access)) add("access", `access: ${m.access}`);
  if (must.commercialUse) {
    const f = commercialFailure(m, must.commercialUse);
    if (f) failures.push(f);
  }
  if (must.licenceCategory && !must.licenceCategory.includes(m.licence.category)) add("licenceCategory", `licence category: ${m.licence.name} is ${m.licence.category}`);
  if (must.selfHostable === true && m.selfHostable !== true)
    add("selfHostable", m.selfHostable === null ? "weights: unknown whether they can be downloaded" : "weights: not released, it cannot run on your hardware");
  if (must.selfHostable === false && m.selfHostable !== false) add("selfHostable", m.selfHostable === null ? "weights: unknown whether they are released" : "weights: released");
  if (must.modality && !must.modality.includes(m.modality)) add("modality", `modality: ${m.modality}`);
  // Volumes are text tokens: a model that takes no text (speech recognition) has no cost at them.
  if (!takesText(m)) add("modality", `input: ${(m.inputModalities ?? []).join(", ")} only, no text`);
  for (const c of must.capability ?? []) {
    const has = hasCapability(m, c);
    if (has !== true) add("capability", has === null ? `${CAPABILITY_LABELS[c]}: unknown` : `no ${CAPABILITY_LABELS[c]}`);
  }
  if (must.minContext !== undefined && !(m.contextLength !== null && m.contextLength >= must.minContext))
    add("minContext", m.contextLength === null ? "context length: unknown" : `context: ${m.contextLength.toLocaleString("en-US")} tokens, under ${must.minContext.toLocaleString("en-US")}`);
  if (must.available && m.lifecycle === "retired") add("available", "lifecycle: retired");
  if (must.minScore !== undefined) {
    const b = benchmarkScore(m, s.benchmark);
    if (!b) add("minScore", `${s.benchmark}: no score in the catalogue`);
    else if (b.score < must.minScore) add("minScore", `${s.benchmark}: ${b.score} is under ${must.minScore}`);
  }
  return failures;
}

export interface Evaluation {
  failed: Failure[];
  /** The routes that satisfy the deployment and budget must-haves, cheapest first. */
  routes: Route[];
  /** Why self-hosting is not possible, when it is not (shown as a trade-off). */
  selfHostBlocked: string | null;
}

/** Every must-have on one candidate: the facts, then the deployment route and the budget. */
export function evaluate(m: Candidate, must: MustHaves, s: Situation, gpus: readonly GpuOption[]): Evaluation {
  const failed = factFailures(m, must, s);
  const selfHost = selfHostRoute(m, s, gpus);
  const api = must.deploy === "self-host" ? [] : apiRoutes(m, s);
  const self = must.deploy !== "api" && selfHost.ok ? [selfHost.route] : [];
  const all = [...api, ...self].sort(byMonthlyCost);
  const selfHostBlocked = selfHost.ok ? null : selfHost.reason;
  if (all.length === 0) {
    const message =
      must.deploy === "self-host"
        ? `self-hosting: ${selfHostBlocked ?? "not possible"}`
        : must.deploy === "api"
          ? "API: no current listing by the maker or a host"
          : `no way to run it: no current API listing, and self-hosting is not possible (${selfHostBlocked ?? "unknown"})`;
    failed.push({ constraint: "deploy", message });
    return { failed, routes: [], selfHostBlocked };
  }
  const max = must.maxMonthlyUsd;
  // A route without a monthly cost cannot be shown to fit a budget: it fails it, and says why.
  const routes = max === undefined ? all : all.filter((r) => r.monthlyCostUsd !== null && r.monthlyCostUsd <= max);
  const cheapest = all[0];
  if (routes.length === 0 && cheapest && max !== undefined)
    failed.push({
      constraint: "maxMonthlyUsd",
      message:
        cheapest.monthlyCostUsd === null
          ? `budget: cannot be checked, ${NOT_COSTED_PER_MONTH}`
          : `budget: its cheapest route costs $${Math.round(cheapest.monthlyCostUsd).toLocaleString("en-US")} a month, over $${max.toLocaleString("en-US")}`,
    });
  return { failed, routes, selfHostBlocked };
}
