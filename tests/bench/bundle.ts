// `npm run bench:bundle -- [--count 0] [--skip-build]`: the first-load
// JavaScript of /models (and, for comparison, a model page, /insights and
// the home page): every JS chunk the server-rendered HTML loads — its <script> tags
// and the chunks its inline React payload asks for — gzipped (level 9, as
// a CDN would serve them) and added up. Target for /models: ≤ 150 kB.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { COMMON_OPTIONS, DIST_DIR, ROOT, buildApp, commonOptions, prepareDatabase, startApp } from "./setup";

export const FIRST_LOAD_TARGET_KB = 150;
const PAGES = ["/models", "/models/llama-2-70b", "/compare?models=llama-2-70b,gpt-4", "/insights", "/"];

const { values } = parseArgs({ options: { ...COMMON_OPTIONS, count: { type: "string", default: "0" }, port: { type: "string", default: "3254" }, verbose: { type: "boolean", default: false } } });
const { provider, count, seed, port } = commonOptions(values);

const CHUNK = /(?:\/_next\/)?static\/chunks\/[\w\-.~%[\]/]+\.js/g;
const normalise = (p: string) => decodeURIComponent(p.replace(/^(?:\/_next\/)?/, ""));

/**
 * The distinct JS chunks an HTML document loads at first load. Scripts
 * marked noModule (Next's legacy polyfills) are skipped: module-capable
 * browsers never fetch them.
 */
export function firstLoadChunks(html: string): string[] {
  const legacy = new Set((html.match(/<script[^>]*noModule[^>]*>/gi) ?? []).flatMap((tag) => (tag.match(CHUNK) ?? []).map(normalise)));
  return [...new Set((html.match(CHUNK) ?? []).map(normalise))].filter((chunk) => !legacy.has(chunk)).sort();
}

const databaseUrl = await prepareDatabase(provider, count, seed);
await buildApp(values["skip-build"]);
const app = await startApp(port, databaseUrl);
let missed = false;
try {
  for (const page of PAGES) {
    const response = await fetch(`${app.baseUrl}${page}`);
    if (!response.ok) throw new Error(`${page} answered ${response.status}`);
    const chunks = firstLoadChunks(await response.text()).map((chunk) => {
      const source = readFileSync(path.join(ROOT, DIST_DIR, chunk));
      return { chunk, rawKb: source.length / 1024, gzipKb: gzipSync(source, { level: 9 }).length / 1024 };
    });
    const totalKb = chunks.reduce((sum, c) => sum + c.gzipKb, 0);
    const rawKb = chunks.reduce((sum, c) => sum + c.rawKb, 0);
    const verdict = page === "/models" ? (totalKb <= FIRST_LOAD_TARGET_KB ? ` (target ≤ ${FIRST_LOAD_TARGET_KB} kB: met)` : ` (target ≤ ${FIRST_LOAD_TARGET_KB} kB: MISSED)`) : "";
    if (page === "/models" && totalKb > FIRST_LOAD_TARGET_KB) missed = true;
    console.log(`${page}: ${chunks.length} JS chunks, ${totalKb.toFixed(1)} kB gzipped (${rawKb.toFixed(1)} kB raw)${verdict}`);
    if (values.verbose) for (const c of chunks.sort((a, b) => b.gzipKb - a.gzipKb)) console.log(`   ${c.gzipKb.toFixed(1).padStart(7)} kB  ${c.chunk}`);
  }
} finally {
  await app.stop();
}
if (missed) process.exitCode = 1;
