// Correctness gate for the benchmark (and for lib/db/list-models.ts at
// scale): readModelsPage must return exactly what one plain query — the
// filter, ORDER BY the sort column with unknowns last, then slug, OFFSET —
// returns, for every sort and direction, a range of filters, and the pages
// around the known/unknown boundary. A search without a sort is in rank order
// (lib/db/search-models.ts): the plain query's matches in that order.
// Prints the count; exits 1 on a mismatch.
// Run with `--conditions=react-server` so `server-only` resolves to its no-op.
import { getDb, type Prisma } from "@/lib/db/prisma";
import { buildModelWhereWithTerms, readModelsPage, segmentOrder } from "@/lib/db/list-models";
import { sortKey, sortSegments } from "@/lib/db/model-where";
import { resolveSearch } from "@/lib/db/search-models";
import { parseModelsQuery } from "@/lib/schemas/models-query";

const FILTERS = ["", "access=open-source", "access=closed&modality=code", "access=closed&q=gpt", "access=open-weights&minParams=7", "org=meta,mistral-ai", "commercialUse=yes&access=open-weights,open-source", "q=llama", "licenceCategory=permissive,copyleft", "minParams=7&maxParams=70", "modality=embeddings&maxPrice=0.3", "q=no-such-model"];
const SORTS = ["", "-name", "releaseDate", "-releaseDate", "parameters", "-parameters", "price", "-price", "openness", "-openness", "mmlu", "-mmlu"];
const COLUMNS: Record<string, string> = { releaseDate: "releaseDate", parameters: "parameters", price: "blendedUsdPerMTok", openness: "opennessScore", mmlu: "mmlu" };
const PAGE_SIZE = 25;

const { db } = getDb();

/**
 * The page as one plain query gives it: ORDER BY the sort column with
 * unknowns last, then slug. A sort that ranks one setting only (MMLU) has no
 * such single ORDER BY in Prisma: its stretches are read whole and joined.
 */
async function plainPage(where: Prisma.ModelWhereInput, sort: string | undefined, page: number): Promise<string[]> {
  const { column, direction, nullable, ranks } = sortKey(sort);
  const skip = (page - 1) * PAGE_SIZE;
  if (!ranks) {
    const orderBy = [nullable ? { [column]: { sort: direction, nulls: "last" } } : { [column]: direction }, { slug: "asc" as const }];
    return (await db.model.findMany({ where, orderBy, skip, take: PAGE_SIZE, select: { slug: true } })).map((r) => r.slug);
  }
  const all: string[] = [];
  for (const segment of sortSegments(sort))
    all.push(...(await db.model.findMany({ where: { AND: [where, segment.where] }, orderBy: segmentOrder(segment), select: { slug: true } })).map((r) => r.slug));
  return all.slice(skip, skip + PAGE_SIZE);
}
let checked = 0;
const mismatches: string[] = [];
for (const filter of FILTERS)
  for (const sort of SORTS) {
    const parsed = parseModelsQuery(new URLSearchParams(`${filter}${sort ? `&sort=${sort}` : ""}&pageSize=${PAGE_SIZE}`));
    if (!parsed.ok) throw new Error(`bad check query: ${filter} ${sort}`);
    const where = await buildModelWhereWithTerms(parsed.query);
    const ranked = parsed.query.q !== undefined && !sort ? (await resolveSearch(parsed.query.q)).ranked : null;
    const total = await db.model.count({ where });
    const column = COLUMNS[sort.replace("-", "")];
    const known = column ? await db.model.count({ where: { AND: [where, { [column]: { not: null } }] } }) : total;
    const boundary = Math.floor(known / PAGE_SIZE);
    const { ranks } = sortKey(sort || undefined);
    const rankedEnd = ranks ? Math.floor((await db.model.count({ where: { AND: [where, { [ranks.column]: ranks.value }] } })) / PAGE_SIZE) : boundary;
    // The plain query sorts every match (that is why it is not used): keep the pages few.
    const pages = new Set([1, rankedEnd, rankedEnd + 1, boundary, boundary + 1, Math.ceil(total / PAGE_SIZE) + 1].filter((p) => p >= 1));
    for (const page of pages) {
      const query = { ...parsed.query, page };
      const expected = ranked ? await rankedSlice(where, ranked, (page - 1) * PAGE_SIZE) : await plainPage(where, query.sort, page);
      const got = await readModelsPage(query);
      checked++;
      if (got.total !== total || got.items.map((m) => m.slug).join() !== expected.join()) mismatches.push(`${filter}&sort=${sort}&page=${page}`);
    }
  }
await db.$disconnect();

/** A ranked search's page: the plain query's matches, in rank order. */
async function rankedSlice(where: Prisma.ModelWhereInput, ranked: string[], skip: number): Promise<string[]> {
  const matching = new Set((await db.model.findMany({ where, select: { slug: true } })).map((m) => m.slug));
  return ranked.filter((slug) => matching.has(slug)).slice(skip, skip + PAGE_SIZE);
}
console.log(`order check: ${checked} pages compared with the plain query, ${mismatches.length} mismatches${mismatches.length ? `: ${mismatches.slice(0, 5).join(" · ")}` : ""}`);
if (mismatches.length) process.exit(1);
