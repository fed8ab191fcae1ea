import "server-only";
// The recommender's reads: the catalogue filters narrow the models in the database (the same
// where-builder as /api/models), a bounded set of candidates is read with its current listings
// and benchmarks, and lib/domain/recommend ranks it in memory.
import { activeFilters } from "@/lib/domain/active-filters";
import { type Item, type Recommendation, type Relaxed, recommend } from "@/lib/domain/recommend/recommend";
import type { Candidate, MustHaves, Situation } from "@/lib/domain/recommend/types";
import type { RecommendQuery } from "@/lib/schemas/recommend-query";
import { FILTER_PARAMS } from "@/lib/schemas/recommend-query";
import type { RecommendItem, RecommendResponse } from "@/lib/schemas/recommend-response";
import { catalogueMemo } from "./catalogue-memo";
import { GPU_OPTIONS } from "./gpu-options";
import { buildModelWhereWithTerms } from "./list-models";
import { candidateInclude, toCandidate } from "./mappers";
import { getDb, type Prisma } from "./prisma";

/** At most this many candidates are ranked: the most notable (most listings, then best MMLU). */
export const CANDIDATE_LIMIT = 300;
/** Per relaxed filter, this many models are read for near misses. */
const RELAXED_LIMIT = 40;
const NOTABLE_FIRST: Prisma.ModelOrderByWithRelationInput[] = [{ hostCount: "desc" }, { mmlu: { sort: "desc", nulls: "last" } }, { slug: "asc" }];

function readCandidates(where: Prisma.ModelWhereInput, take: number): Promise<Candidate[]> {
  return getDb()
    .db.model.findMany({ where, include: candidateInclude, orderBy: NOTABLE_FIRST, take })
    .then((rows) => rows.map(toCandidate));
}

/** The must-haves the domain checks (and explains) from the parsed query. */
export function mustHaves(q: RecommendQuery): MustHaves {
  const f = q.filters as RecommendQuery["filters"] & { selfHostable?: boolean };
  return {
    deploy: q.deploy,
    ...(f.access && { access: f.access }),
    ...(f.commercialUse && { commercialUse: f.commercialUse }),
    ...(f.licenceCategory && { licenceCategory: f.licenceCategory }),
    ...(f.selfHostable !== undefined && { selfHostable: f.selfHostable }),
    ...(f.modality && { modality: f.modality }),
    ...(f.capabilities && { capabilities: f.capabilities }),
    ...((f as { minContext?: number }).minContext !== undefined ? { minContext: (f as { minContext?: number }).minContext } : q.minContext !== null && { minContext: q.minContext }),
    ...(q.available && { available: true }),
    ...(q.minScore !== null && { minScore: q.minScore }),
    ...(q.maxMonthlyUsd !== null && { maxMonthlyUsd: q.maxMonthlyUsd }),
  };
}

export function situation(q: RecommendQuery): Situation {
  return { inputMTokPerMonth: q.inM, outputMTokPerMonth: q.outM, cachedShare: q.cachedShare, gpuMemoryGb: q.gpuMemoryGb, gpus: q.gpus, bits: q.bits, benchmark: q.benchmark, priority: q.priority };
}

/** Per active catalogue filter: the models every other filter admits but this one excludes. */
async function readRelaxed(q: RecommendQuery): Promise<Relaxed[]> {
  const filters = q.filters as Record<string, unknown>;
  const active = FILTER_PARAMS.filter((name) => filters[name] !== undefined);
  return Promise.all(
    active.map(async (name) => {
      const [others, only] = await Promise.all([
        buildModelWhereWithTerms({ ...q.filters, [name]: undefined }),
        buildModelWhereWithTerms({ page: 1, pageSize: 1, format: "json", [name]: filters[name] }),
      ]);
      const labels = activeFilters(filters)
        .filter((a) => a.param === name)
        .map((a) => a.label);
      const models = await readCandidates({ AND: [others, { NOT: only }] }, RELAXED_LIMIT);
      return { constraint: name, message: `outside your filter (${labels.join(" or ") || name})`, models };
    }),
  );
}

const memo = catalogueMemo<RecommendResponse>(128);

/** The recommendation for a parsed query, memoised per catalogue version like the catalogue's pages. */
export function getRecommendation(q: RecommendQuery): Promise<RecommendResponse> {
  return memo(JSON.stringify(q), async () => {
    const where = await buildModelWhereWithTerms(q.filters);
    const [candidates, relaxed] = await Promise.all([readCandidates(where, CANDIDATE_LIMIT), readRelaxed(q)]);
    return toResponse(recommend({ candidates, relaxed, must: mustHaves(q), situation: situation(q), gpus: GPU_OPTIONS }), candidates.length, q.benchmark);
  });
}

const modelRef = (m: Candidate) => ({
  slug: m.slug,
  name: m.name,
  access: m.access,
  organization: m.organization,
  licence: { slug: m.licence.slug, name: m.licence.name, category: m.licence.category, commercialUse: m.licence.commercialUse, conditions: m.licence.conditions ?? null },
});

function toItem(i: Item, benchmark: string): RecommendItem {
  return {
    model: modelRef(i.model),
    route: i.route.kind,
    provider: i.route.provider,
    providerName: i.route.providerName,
    monthlyCostUsd: i.route.monthlyCostUsd,
    costBreakdown: i.route.breakdown,
    gpusNeeded: i.route.gpusNeeded,
    bits: i.route.bits,
    gpuMemoryGb: i.route.gpuMemoryGb,
    quality: i.quality && { benchmark, ...i.quality },
    opennessScore: i.model.opennessScore,
    score: i.score,
    reasons: i.reasons,
    tradeOffs: i.tradeOffs,
  };
}

function toResponse(r: Recommendation, candidates: number, benchmark: string): RecommendResponse {
  const side = (s: Recommendation["verdict"]["open"]) => ({ item: s.item && toItem(s.item, benchmark), ruledOutBy: s.ruledOutBy });
  return {
    verdict: { open: side(r.verdict.open), closed: side(r.verdict.closed), summary: r.verdict.summary },
    items: r.items.map((i) => toItem(i, benchmark)),
    nearMisses: r.nearMisses.map((n) => ({ model: modelRef(n.model), failed: n.failed })),
    candidates,
  };
}
