// `npm run bench:catalogue-load`: how long reading, validating and loading the
// catalogue takes — the reviewed files alone (the catalogue before imports)
// against the whole catalogue (reviewed + imported) — in one run, alternated,
// into fresh SQLite databases. Reports medians and their ratio.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl } from "@/lib/schemas/env";
import { createPrismaClient } from "@/lib/db/prisma";
import { loadCatalogue } from "@/lib/db/load-catalogue";
import { applyMigrations } from "@/prisma/migrate/operations";
import { CATALOGUE_DIR, readCatalogue } from "@/prisma/scripts/read-catalogue";

const rounds = Number(process.argv[2] ?? 3);
const scratch = mkdtempSync(path.join(os.tmpdir(), "catalogue-load-"));
// The reviewed files alone: the catalogue without its imported folders and files.
const reviewedOnly = path.join(scratch, "reviewed");
for (const part of ["organizations", "licences", "models"]) cpSync(path.join(CATALOGUE_DIR, part), path.join(reviewedOnly, part), { recursive: true });

async function measure(dir: string) {
  const config = parseDatabaseUrl(`file:${path.join(scratch, `${Math.random().toString(36).slice(2)}.db`)}`);
  await applyMigrations(config);
  const db = createPrismaClient(config);
  try {
    const started = performance.now();
    const catalogue = readCatalogue(dir);
    const read = performance.now();
    await loadCatalogue(db, catalogue);
    return { models: catalogue.models.length, readMs: read - started, loadMs: performance.now() - read };
  } finally {
    await db.$disconnect();
  }
}

const results: Record<string, Array<Awaited<ReturnType<typeof measure>>>> = { reviewed: [], full: [] };
try {
  for (let i = 0; i < rounds; i++) {
    results.reviewed?.push(await measure(reviewedOnly));
    results.full?.push(await measure(CATALOGUE_DIR));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const summary = Object.fromEntries(
  Object.entries(results).map(([name, runs]) => [name, { models: runs[0]?.models, readMs: median(runs.map((r) => r.readMs)), loadMs: median(runs.map((r) => r.loadMs)) }]),
);
for (const [name, s] of Object.entries(summary)) console.log(`${name.padEnd(8)} ${s.models} models: read+validate ${s.readMs.toFixed(0)} ms, load ${s.loadMs.toFixed(0)} ms (median of ${rounds})`);
const total = (s: { readMs: number; loadMs: number } | undefined) => (s ? s.readMs + s.loadMs : NaN);
console.log(`full / reviewed-only, read + load: ${(total(summary.full) / total(summary.reviewed)).toFixed(2)}×`);
