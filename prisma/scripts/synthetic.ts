// `npm run db:synthetic -- --count 100000 [--seed 1]`: a benchmark database.
// Migrates DATABASE_URL's database, loads the real catalogue, then adds N
// synthetic models (`synthetic-000001`…) that reuse the real licences and
// organisations, with release dates, sizes, prices and openness drawn to
// look like the real catalogue. Same count and seed → same rows; a rerun
// with the same arguments is a no-op. Never point it at a production DB.
import { parseArgs } from "node:util";
import { deriveAccessClass, type AccessFacts } from "@/lib/domain/access-class";
import { computeOpennessScore, type Grade } from "@/lib/domain/openness-score";
import { blendedUsdPerMTok } from "@/lib/domain/price";
import { defaultSelfHostEstimate, selfHostRates } from "@/lib/domain/break-even";
import { gpusFileSchema } from "@/lib/schemas/gpu";
import gpusFile from "../catalogue/gpus.json";
import { searchTextOf } from "@/lib/domain/search-text";
import { catalogueHash } from "@/lib/db/load-catalogue";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { rebuildSearchIndex } from "@/lib/db/search-index";
import { OPENNESS_COMPONENTS } from "@/lib/schemas/catalogue";
import { readEnv } from "@/lib/schemas/env";
import { applyMigrations } from "../migrate/operations";
import { readCatalogue } from "./read-catalogue";
import { setupDatabase } from "./setup-database";

const SLUG_PREFIX = "synthetic-";
const BATCH_MODELS = 5000;
const SOURCE_URL = "https://example.org/synthetic-benchmark-data";

type Rng = () => number;
/** mulberry32: a small, fast, seedable generator; Math.random is not seedable. */
function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
function weighted<T>(rng: Rng, table: ReadonlyArray<readonly [T, number]>): T {
  let r = rng() * table.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[table.length - 1]![0];
}
/** Standard normal (Box–Muller). */
const normal = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
const round2 = (x: number) => Math.round(x * 100) / 100;

type LicenceRow = AccessFacts["licence"] & { slug: string; name: string };
type OrgRow = { slug: string; name: string };

const SYLLABLES = ["ae", "bor", "cal", "dra", "el", "fen", "gal", "hy", "ion", "jun", "kai", "lum", "mer", "nov", "or", "pax", "qui", "ray", "sol", "tal", "ul", "vex", "wyn", "xan", "yel", "zen"];
const familyName = (rng: Rng) => {
  const s = pick(rng, SYLLABLES) + pick(rng, SYLLABLES) + (rng() < 0.4 ? pick(rng, SYLLABLES) : "");
  return s[0]!.toUpperCase() + s.slice(1);
};

const GPUS = gpusFileSchema.parse(gpusFile).gpus;

/**
 * The facts added after the generator was first written (capabilities,
 * inputs, cut-off, MMLU setting, the self-hosting estimate), drawn from their
 * own generator so that the older columns keep the values they had per seed.
 */
function laterFacts(rng: Rng, m: { modality: string; architecture: string; releaseDate: Date | null; parameters: number | null; activeParameters: number | null; selfHostable: boolean; mmlu: number | null }) {
  const cutoff = m.releaseDate && rng() < 0.6 ? new Date(Date.UTC(m.releaseDate.getUTCFullYear(), m.releaseDate.getUTCMonth() - 3 - Math.floor(rng() * 9), 1)) : null;
  const estimate = m.selfHostable ? defaultSelfHostEstimate(m, GPUS) : null;
  const rates = estimate ? selfHostRates(estimate.assumptions) : null;
  const inputs = m.modality === "multimodal" ? weighted(rng, [[",text,image,", 60], [",text,image,audio,", 15], [",text,image,pdf,", 25]] as const) : ",text,";
  return {
    structuredOutput: rng() < 0.3 ? null : rng() < 0.5,
    inputModalities: inputs,
    knowledgeCutoff: cutoff,
    knowledgeCutoffPrecision: cutoff ? "month" : null,
    mmluSetting: m.mmlu === null ? null : weighted(rng, [["5-shot", 70], ["0-shot CoT", 20], [null, 10]] as const),
    selfHostGpu: estimate?.assumptions.gpuId ?? null,
    selfHostGpus: estimate?.assumptions.gpus ?? null,
    selfHostBits: estimate?.assumptions.bits ?? null,
    selfHostMinimumMonthlyUsd: rates?.minimumMonthlyUsd ?? null,
    selfHostUsdPerMTokAtCapacity: rates?.usdPerMTokAtCapacity ?? null,
  };
}

/** One synthetic model: its Model row plus price and openness rows. */
function syntheticModel(rng: Rng, later: Rng, index: number, families: string[], orgs: OrgRow[], open: LicenceRow[], closed: LicenceRow[]) {
  const osi = open.filter((l) => l.osiApproved);
  const slug = `${SLUG_PREFIX}${String(index).padStart(6, "0")}`;
  const weightsAccess = weighted(rng, [["open", 50], ["gated", 15], ["none", 35]] as const);
  // Permissive licences dominate real open releases; closed models sit under proprietary terms.
  const licence = weightsAccess === "none" ? pick(rng, closed) : rng() < 0.4 ? pick(rng, osi) : pick(rng, open);
  const org = pick(rng, orgs);
  const access = deriveAccessClass({ weightsAccess, licence });
  const family = pick(rng, families);
  // Releases grow year on year: 2018 … 2026-10, skewed to recent years.
  const yearsBack = Math.min(8.7, -Math.log(1 - rng()) * 2);
  const releaseDate = rng() < 0.02 ? null : new Date(Date.UTC(2026, 9, 1) - Math.floor(yearsBack * 365.25) * 86_400_000);
  const precision = weighted(rng, [["day", 80], ["month", 15], ["year", 5]] as const);
  if (releaseDate && precision !== "day") releaseDate.setUTCDate(1);
  if (releaseDate && precision === "year") releaseDate.setUTCMonth(0);
  const modality = weighted(rng, [["text", 50], ["code", 12], ["multimodal", 22], ["image", 10], ["embeddings", 6]] as const);
  // Sizes: log-normal around 10B, 100M … 2T; closed models mostly undisclosed.
  const undisclosed = weightsAccess === "none" ? rng() < 0.7 : rng() < 0.03;
  const log10Params = Math.min(12.3, Math.max(8, 10 + 0.7 * normal(rng)));
  const parameters = undisclosed ? null : Math.round(10 ** log10Params / 1e8) * 1e8 || 1e8;
  const moe = modality !== "image" && rng() < 0.12;
  const activeParameters = moe && parameters ? Math.round(parameters * (0.1 + 0.2 * rng())) : null;
  const sizeLabel = parameters ? ` ${round2(parameters / 1e9)}B` : "";
  // Prices: nearly every closed model is sold by the token, about half of open ones are hosted.
  const priced = rng() < (weightsAccess === "none" ? 0.95 : 0.5);
  const inputUsdPerMTok = priced ? Math.max(0.01, round2(10 ** (-0.3 + 0.6 * normal(rng)))) : null;
  const outputUsdPerMTok = inputUsdPerMTok === null ? null : round2(inputUsdPerMTok * (2 + 3 * rng()));
  // Openness: graded for 90%; open-source releases are mostly open, closed mostly closed.
  const pOpen = { "open-source": 0.6, "open-weights": 0.35, closed: 0.05 }[access];
  const grades: Grade[] =
    rng() < 0.1 ? [] : OPENNESS_COMPONENTS.map(() => (rng() < 0.03 ? "na" : rng() < pOpen ? "open" : rng() < 0.3 ? "partial" : "closed"));
  const mmlu =
    rng() < 0.35 ? round2(Math.min(92, Math.max(25, 25 + 12 * ((parameters ? Math.log10(parameters) : 11.5) - 8) + 8 * normal(rng)))) : null;
  const name = `${family} ${1 + Math.floor(rng() * 4)}${sizeLabel}`;
  const model = {
    slug,
    name,
    family,
    description: "Synthetic model generated for benchmarks; not a real model.",
    organizationSlug: org.slug,
    releaseDate,
    releaseDatePrecision: precision,
    modality,
    architecture: modality === "image" ? "diffusion" : modality === "embeddings" ? "encoder-only" : weightsAccess === "none" && rng() < 0.5 ? "undisclosed" : "decoder-only",
    mixtureOfExperts: moe ? true : rng() < 0.5 ? false : null,
    parameters,
    parametersStatus: parameters === null ? "undisclosed" : "published",
    activeParameters,
    contextLength: rng() < 0.05 ? null : pick(rng, [2048, 4096, 8192, 32_768, 128_000, 200_000, 1_000_000]),
    weightsAccess,
    licenceSlug: licence.slug,
    trainingCostUsd: null,
    selfHostable: weightsAccess !== "none",
    trainsOnPromptsByDefault: weightsAccess === "none" ? pick(rng, [true, false, null]) : null,
    access,
    opennessScore: computeOpennessScore(grades),
    inputUsdPerMTok,
    outputUsdPerMTok,
    blendedUsdPerMTok: inputUsdPerMTok !== null && outputUsdPerMTok !== null ? blendedUsdPerMTok(inputUsdPerMTok, outputUsdPerMTok) : null,
    mmlu,
    review: "imported",
    toolCalling: rng() < 0.2 ? null : rng() < 0.6,
    reasoning: rng() < 0.2 ? null : rng() < 0.3,
    lifecycle: weighted(rng, [["available", 85], ["deprecated", 10], ["retired", 5]] as const),
    inputModalities: modality === "multimodal" ? ",text,image," : ",text,",
    hostCount: inputUsdPerMTok === null ? 0 : 1,
    searchText: searchTextOf([name, slug, family, org.name, licence.name]),
  };
  Object.assign(model, laterFacts(later, model));
  const effectiveDate = releaseDate ?? new Date(Date.UTC(2025, 0, 1));
  const prices =
    inputUsdPerMTok !== null && outputUsdPerMTok !== null
      ? [{ modelSlug: slug, provider: org.slug, providerName: org.name, inputUsdPerMTok, outputUsdPerMTok, effectiveDate, current: true, sourceUrl: SOURCE_URL, asOf: effectiveDate }]
      : [];
  const openness = grades.map((grade, i) => ({ modelSlug: slug, component: OPENNESS_COMPONENTS[i]!, grade, evidenceUrl: SOURCE_URL }));
  return { model, prices, openness };
}

type Row = Record<string, unknown>;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Multi-row INSERTs through the client's own driver adapter. NOTE: Prisma 7's
 * createMany spent ~0.45 ms of client CPU per Model row here (and as much per
 * openness grade: ~7 min for 100k models); raw INSERTs take ~0.2 ms, mostly
 * index upkeep. Values are encoded as Prisma stores them.
 */
async function bulkInsert(tx: Tx, provider: "sqlite" | "postgresql", table: string, rows: Row[]) {
  const columns = Object.keys(rows[0] ?? {});
  const encode = (v: unknown) =>
    provider === "postgresql" ? v : v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v;
  const perStatement = Math.floor(30_000 / Math.max(1, columns.length)); // under both providers' bind limits
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    let n = 0;
    const tuple = () => `(${columns.map(() => (provider === "postgresql" ? `$${++n}` : "?")).join(",")})`;
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${chunk.map(tuple).join(",")}`;
    await tx.$executeRawUnsafe(sql, ...chunk.flatMap((r) => columns.map((c) => encode(r[c]))));
  }
}

async function insertSynthetic(db: Db, provider: "sqlite" | "postgresql", count: number, seed: number) {
  const [licences, orgs] = await Promise.all([db.licence.findMany(), db.organization.findMany({ select: { slug: true, name: true } })]);
  const rows = licences as LicenceRow[];
  const closed = rows.filter((l) => l.category === "proprietary");
  const open = rows.filter((l) => l.category !== "proprietary");
  if (closed.length === 0 || open.length === 0 || orgs.length === 0) throw new Error("the real catalogue must be loaded first");
  // A benchmark database may be lost in a crash; skipping fsync halves the run.
  if (provider === "sqlite") await db.$queryRawUnsafe("PRAGMA synchronous = OFF");
  const rng = seeded(seed);
  const later = seeded(seed + 7919);
  const families = Array.from({ length: Math.max(50, Math.ceil(count / 40)) }, () => familyName(rng));
  for (let start = 1; start <= count; start += BATCH_MODELS) {
    const batch = Array.from({ length: Math.min(BATCH_MODELS, count - start + 1) }, (_, i) => syntheticModel(rng, later, start + i, families, orgs, open, closed));
    await db.$transaction(
      async (tx) => {
        await bulkInsert(tx, provider, "Model", batch.map((b) => b.model));
        await bulkInsert(tx, provider, "Price", batch.flatMap((b) => b.prices));
        await bulkInsert(tx, provider, "OpennessGrade", batch.flatMap((b) => b.openness));
      },
      { timeout: 120_000 },
    );
  }
}

async function main() {
  const { values } = parseArgs({ options: { count: { type: "string", default: "100000" }, seed: { type: "string", default: "1" } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 0 || count > 999_999) throw new Error("--count must be an integer from 0 to 999999");
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  const config = readEnv().DATABASE_URL;
  const started = performance.now();
  // The version the API's ETag carries: the real catalogue's plus what was added.
  const version = `${catalogueHash(readCatalogue())}+synthetic-${count}-s${seed}`;
  await applyMigrations(config);
  const db = createPrismaClient(config);
  try {
    const last = await db.catalogueLoad.findFirst({ orderBy: { id: "desc" } });
    if (last?.hash === version) return console.log(`Synthetic catalogue already in place (${config.provider}, ${version}).`);
    const where = { modelSlug: { startsWith: SLUG_PREFIX } };
    await db.$transaction([
      db.price.deleteMany({ where }),
      db.opennessGrade.deleteMany({ where }),
      db.modelFact.deleteMany({ where }),
      db.benchmark.deleteMany({ where }),
      db.licenceChange.deleteMany({ where }),
      db.model.deleteMany({ where: { slug: { startsWith: SLUG_PREFIX } } }),
    ]);
    const { load } = await setupDatabase(config);
    await insertSynthetic(db, config.provider, count, seed);
    await rebuildSearchIndex(db, config.provider);
    // Planner statistics (and PostgreSQL's visibility map, for index-only
    // scans), as autovacuum or `PRAGMA optimize` would soon provide.
    await db.$executeRawUnsafe(config.provider === "postgresql" ? `VACUUM ANALYZE "Model", "Price", "OpennessGrade"` : "ANALYZE");
    await db.catalogueLoad.create({ data: { hash: version, modelCount: load.models + count } });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Added ${count} synthetic models to ${load.models} real ones (${config.provider}, seed ${seed}) in ${seconds} s; version ${version}.`);
  } finally {
    await db.$disconnect();
  }
}

await main();
