// The article's pros and cons of open models, scored 0–100 per model from catalogue facts.
// Higher is always better for the user; null means the catalogue has no data for it.
import { type GpuOption, weightsMemoryGb } from "./hardware";
import { defaultSelfHostEstimate } from "./break-even";
import { type ModelCosts, routeWords } from "./compare-costs";
import { formatTokenCount } from "./format";
import type { ProsConsDimension } from "@/lib/schemas/vocabulary";


/** What each dimension means and how it is scored — shown on the page as "how is this scored?". */
export const PROS_CONS_EXPLANATIONS: Record<ProsConsDimension, { label: string; side: "pro" | "con"; howScored: string }> = {
  cost: {
    label: "Cost",
    side: "pro",
    howScored:
      "Price per 1M tokens of the cheapest way to run the model: any current paid API or host listing, or, for downloadable weights, self-hosting (GPU, throughput and utilisation as in the cost calculator). On the compare page this is the monthly bill at your volume divided by your tokens — so an always-on GPU server you would barely use counts in full; elsewhere, with no volume given, the listing blended 3:1 input:output or one fully used server. Log scale: $0.05 per 1M tokens or less = 100, $50 or more = 0.",
  },
  control: {
    label: "Control",
    side: "pro",
    howScored:
      "Weights access (open 40, gated 30, not released 0 points) plus 12 points for each licence clause in your favour: commercial use (conditional = 6), no use restrictions, derivatives allowed, redistribution allowed, no ban on training with outputs. Unknown clauses are left out of both the points and the maximum, never counted as for or against.",
  },
  "data-security": {
    label: "Data security",
    side: "pro",
    howScored:
      "100 if it can run on hardware you control. Provider-hosted only: 40 if the provider says it does not train on prompts by default, 10 if it does, no score if that is unknown.",
  },
  transparency: {
    label: "Transparency",
    side: "pro",
    howScored: "The openness score: twelve components (data, weights, code, papers, model card, datasheet, licence) graded open 1, partial 0.5, closed 0, averaged.",
  },
  latency: {
    label: "Latency",
    side: "pro",
    howScored:
      "Only for self-hostable models, which can run next to your application: fewer parameters read per token means faster answers. Log scale on the active parameters: 1B = 100, 1T = 0. Provider-hosted models get no score — the catalogue holds no measured API latency.",
  },
  access: {
    label: "Access for everyone",
    side: "pro",
    howScored:
      "Weights downloadable by anyone 60, behind a gate 45, not released 0; plus commercial use (yes 20, conditional 10, no 0); plus 20 if a paid API is listed, since that needs no hardware.",
  },
  expertise: {
    label: "Little expertise needed",
    side: "con",
    howScored:
      "Higher = less expertise needed. A managed API = 100. Self-host only: 50 if the 16-bit weights fit one 24 GB GPU, 35 if one 80 GB GPU, 20 if it needs several. No score if the size is unknown.",
  },
  performance: {
    label: "Performance",
    side: "con",
    howScored:
      "The catalogue's latest MMLU score, rescaled so that chance (25%) = 0 and 100% = 100. Other benchmarks are not mixed in, because their scales are not comparable. No MMLU = no score.",
  },
  "misuse-risk": {
    label: "Low misuse risk",
    side: "con",
    howScored:
      "Higher = lower risk of misuse. Weights not released (the provider can filter and revoke) 90; downloadable after a gate 50, freely 30; plus 10 if the licence carries use restrictions. No score if the restrictions are unknown.",
  },
};

/** The facts the scores need: a structural subset of the API's ModelDetail. */
export interface ProsConsInput {
  modality?: string;
  architecture?: string;
  parameters: number | null;
  activeParameters: number | null;
  /** null: unknown (an imported model not yet reviewed). */
  weightsAccess: "open" | "gated" | "none" | null;
  selfHostable: boolean | null;
  trainsOnPromptsByDefault: boolean | null;
  opennessScore: number | null;
  price: { blendedUsdPerMTok: number } | null;
  mmlu: number | null;
  benchmarks: ReadonlyArray<{ name: string; setting: string | null; score: number; publishedOn?: string; sourceUrl?: string }>;
  licence: {
    name: string;
    /** null: the licence's terms are unreviewed. */
    commercialUse: "yes" | "conditional" | "no" | null;
    useRestrictions: boolean | null;
    outputTrainingBan: boolean | null;
    redistributionAllowed: boolean | null;
    derivativesAllowed: boolean | null;
  };
  /** Per-fact provenance; a fact with an unknownReason is treated as unknown. */
  facts?: Readonly<Record<string, { unknownReason: string | null } | undefined>>;
}

export interface DimensionScore {
  /** 0–100, higher is better for the user; null = no data. */
  score: number | null;
  /** The facts the score came from, in words. */
  basis: string;
}

export interface ProsConsOptions {
  /** The GPU table; without it, cost uses API prices only and self-hosted models score null. */
  gpus?: readonly GpuOption[];
  /** The model's costs at the reader's volume (compare-costs.ts): when given, cost is scored from these. */
  costs?: ModelCosts;
  /** The volume `costs` were computed at, for the basis text. */
  tokensPerMonth?: number;
}

const clamp = (n: number) => Math.min(100, Math.max(0, n));
const round = (n: number) => Math.round(clamp(n));

/** 0–100 on a log scale between a best and a worst value (best → 100). */
export function logScaleScore(value: number, best: number, worst: number): number {
  return round((100 * (Math.log10(worst) - Math.log10(value))) / (Math.log10(worst) - Math.log10(best)));
}

/** Price bounds for the cost score, USD per 1M tokens (blended 3:1 input:output). */
export const COST_BEST_USD_PER_MTOK = 0.05;
export const COST_WORST_USD_PER_MTOK = 50;

function isUnknown(m: ProsConsInput, fact: string): boolean {
  return Boolean(m.facts?.[fact]?.unknownReason);
}

function scoreCostAtVolume(costs: ModelCosts, tokensPerMonth: number): DimensionScore {
  const r = costs.cheapest;
  if (!r) return { score: null, basis: `No paid listing and no self-hosting estimate. ${costs.selfHostReason ?? ""}`.trim() };
  if (r.usdPerMTok === null || !(r.usdPerMTok > 0)) return { score: null, basis: "No volume: a price per token needs tokens." };
  return {
    score: logScaleScore(r.usdPerMTok, COST_BEST_USD_PER_MTOK, COST_WORST_USD_PER_MTOK),
    basis: `$${r.usdPerMTok.toPrecision(3)} per 1M tokens at your ${formatTokenCount(tokensPerMonth)} tokens a month, ${routeWords(r)}.`,
  };
}

function scoreCost(m: ProsConsInput, gpus: readonly GpuOption[]): DimensionScore {
  const api = m.price?.blendedUsdPerMTok ?? null;
  const selfHost = m.selfHostable ? defaultSelfHostEstimate(m, gpus) : null;
  const candidates = [api, selfHost?.usdPerMTok ?? null].filter((v): v is number => v !== null && v > 0);
  if (candidates.length === 0)
    return { score: null, basis: m.selfHostable ? "No API price, and no per-token self-hosting estimate (size unknown, not a text generator, or no GPU table)." : "No API price listed." };
  const usd = Math.min(...candidates);
  const via = usd === api ? "cheapest current API listing (blended 3:1)" : `self-hosting estimate on ${selfHost?.assumptions.gpuName ?? "a GPU"}`;
  return { score: logScaleScore(usd, COST_BEST_USD_PER_MTOK, COST_WORST_USD_PER_MTOK), basis: `$${usd.toPrecision(3)} per 1M tokens, ${via}.` };
}

const WEIGHTS_CONTROL_POINTS = { open: 40, gated: 30, none: 0 } as const;
const CLAUSE_POINTS = 12;

function scoreControl(m: ProsConsInput): DimensionScore {
  const l = m.licence;
  if (m.weightsAccess === null) return { score: null, basis: "Unknown whether the weights are released." };
  const clauses: Array<[string, number | null]> = [
    ["commercial use", l.commercialUse === null ? null : { yes: CLAUSE_POINTS, conditional: CLAUSE_POINTS / 2, no: 0 }[l.commercialUse]],
    ["no use restrictions", l.useRestrictions === null ? null : l.useRestrictions ? 0 : CLAUSE_POINTS],
    ["derivatives allowed", l.derivativesAllowed === null ? null : l.derivativesAllowed ? CLAUSE_POINTS : 0],
    ["redistribution allowed", l.redistributionAllowed === null ? null : l.redistributionAllowed ? CLAUSE_POINTS : 0],
    ["no ban on training with outputs", l.outputTrainingBan === null ? null : l.outputTrainingBan ? 0 : CLAUSE_POINTS],
  ];
  const known = clauses.filter((c): c is [string, number] => c[1] !== null);
  const unknown = clauses.filter((c) => c[1] === null).map((c) => c[0]);
  const earned = WEIGHTS_CONTROL_POINTS[m.weightsAccess] + known.reduce((s, c) => s + c[1], 0);
  const possible = 40 + known.length * CLAUSE_POINTS;
  const basis = `Weights ${m.weightsAccess === "none" ? "not released" : m.weightsAccess}; ${l.name}: ${known.length} of 5 clauses known${unknown.length ? ` (unknown: ${unknown.join(", ")} — left out, not counted against)` : ""}.`;
  return { score: round((100 * earned) / possible), basis };
}

function scoreDataSecurity(m: ProsConsInput): DimensionScore {
  if (isUnknown(m, "selfHostable")) return { score: null, basis: "Unknown whether it can run on your own hardware." };
  if (m.selfHostable) return { score: 100, basis: "Runs on hardware you control: prompts need never leave it." };
  if (m.trainsOnPromptsByDefault === null)
    return { score: null, basis: "Provider-hosted only, and whether the provider trains on prompts by default is unknown." };
  return m.trainsOnPromptsByDefault
    ? { score: 10, basis: "Provider-hosted only, and the provider trains on prompts by default." }
    : { score: 40, basis: "Provider-hosted only; the provider says it does not train on prompts by default." };
}

function scoreTransparency(m: ProsConsInput): DimensionScore {
  return m.opennessScore === null
    ? { score: null, basis: "No openness grades apply." }
    : { score: round(m.opennessScore), basis: `Openness score ${m.opennessScore} / 100 (twelve graded components).` };
}

/** Latency bounds: parameters read per token (1B → 100, 1T → 0). */
const LATENCY_BEST_PARAMETERS = 1e9;
const LATENCY_WORST_PARAMETERS = 1e12;

function scoreLatency(m: ProsConsInput): DimensionScore {
  if (!m.selfHostable) return { score: null, basis: "Provider-hosted only: the catalogue holds no measured latency for its API." };
  const active = m.activeParameters ?? m.parameters;
  if (active === null) return { score: null, basis: "Self-hostable, but its size is unknown." };
  return {
    score: logScaleScore(active, LATENCY_BEST_PARAMETERS, LATENCY_WORST_PARAMETERS),
    basis: `Self-hostable next to your application (no network round trip); ${(active / 1e9).toPrecision(3)}B parameters active per token.`,
  };
}

const WEIGHTS_ACCESS_POINTS = { open: 60, gated: 45, none: 0 } as const;

function scoreAccess(m: ProsConsInput): DimensionScore {
  if (m.weightsAccess === null || m.licence.commercialUse === null)
    return { score: null, basis: "Unknown whether the weights are released or commercial use is allowed (terms not reviewed)." };
  const commercial = { yes: 20, conditional: 10, no: 0 }[m.licence.commercialUse];
  const api = m.price ? 20 : 0;
  const weights = m.weightsAccess === "none" ? "weights not released" : `weights ${m.weightsAccess === "open" ? "downloadable by anyone" : "downloadable after a gate"}`;
  return {
    score: round(WEIGHTS_ACCESS_POINTS[m.weightsAccess] + commercial + api),
    basis: `${weights}; commercial use ${m.licence.commercialUse}; ${m.price ? "a paid API exists" : "no API listing"}.`,
  };
}

function scoreExpertise(m: ProsConsInput): DimensionScore {
  if (m.price) return { score: 100, basis: "A managed API exists: an HTTP call, no infrastructure." };
  if (!m.selfHostable) return { score: null, basis: "Neither a listed API nor self-hostable weights." };
  const gb = weightsMemoryGb(m.parameters, 16);
  if (gb === null) return { score: null, basis: "Self-host only, and its size is unknown." };
  const [score, where] = gb <= 24 ? [50, "one 24 GB GPU"] : gb <= 80 ? [35, "one 80 GB GPU"] : [20, "several GPUs"];
  return { score, basis: `No managed API: you run it yourself; ${gb.toFixed(0)} GB of 16-bit weights needs ${where}.` };
}

/** MMLU is four-choice: 25% is chance, so the score is rescaled so chance = 0. */
const MMLU_CHANCE = 25;

function scorePerformance(m: ProsConsInput): DimensionScore {
  if (m.mmlu === null) return { score: null, basis: "No MMLU score in the catalogue (other benchmarks are not comparable across models)." };
  const setting = m.benchmarks.find((b) => b.name === "MMLU" && b.score === m.mmlu)?.setting;
  return {
    score: round(((m.mmlu - MMLU_CHANCE) / (100 - MMLU_CHANCE)) * 100),
    basis: `MMLU ${m.mmlu}%${setting ? ` (${setting})` : ""}, rescaled so 25% (chance) = 0.`,
  };
}

function scoreMisuseRisk(m: ProsConsInput): DimensionScore {
  if (m.weightsAccess === null) return { score: null, basis: "Unknown whether the weights are released." };
  if (m.weightsAccess === "none")
    return { score: 90, basis: "Weights not released: the provider can filter use and revoke access." };
  if (m.licence.useRestrictions === null)
    return { score: null, basis: "Weights downloadable; whether the licence restricts use is unknown." };
  const base = m.weightsAccess === "gated" ? 50 : 30;
  const bonus = m.licence.useRestrictions ? 10 : 0;
  return {
    score: base + bonus,
    basis: `Weights downloadable${m.weightsAccess === "gated" ? " after a gate" : ""}: safeguards can be removed once copied; the licence ${m.licence.useRestrictions ? "has use restrictions (enforceable terms)" : "has no use restrictions"}.`,
  };
}

/** Every dimension's score and basis for one model. Pure: same facts, same scores. */
export function scoreProsCons(model: ProsConsInput, options: ProsConsOptions = {}): Record<ProsConsDimension, DimensionScore> {
  return {
    cost: options.costs ? scoreCostAtVolume(options.costs, options.tokensPerMonth ?? 0) : scoreCost(model, options.gpus ?? []),
    control: scoreControl(model),
    "data-security": scoreDataSecurity(model),
    transparency: scoreTransparency(model),
    latency: scoreLatency(model),
    access: scoreAccess(model),
    expertise: scoreExpertise(model),
    performance: scorePerformance(model),
    "misuse-risk": scoreMisuseRisk(model),
  };
}
