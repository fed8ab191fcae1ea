// `npm run bench:main-thread -- --base http://127.0.0.1:PORT [--head URL] [--rounds 7] [--pages /a,/b] [--skip-build]`:
// the main-thread work of loading each page as a phone would (Debian's
// Chromium, 412 × 823 px, a phone's user agent, so the server draws the
// phone's layout), in this tree against a baseline served beside it (for
// example `next start` in a worktree of the older commit), in interleaved
// rounds: base, head, base, head… Prints the medians of Chromium's own
// counters (Performance.getMetrics, read once the network is idle): all
// main-thread tasks, script, style and layout, DOM nodes, and head ÷ base.
// Unlike Lighthouse's simulated mobile scores, which on these shared
// two-CPU machines move by ±8 points between identical builds, these
// ratios repeat within about ten per cent (unchanged pages read 0.90–1.06).
// Without `--head` this tree is built and started on the real catalogue.
import { parseArgs } from "node:util";
import { chromium, type Browser } from "playwright";
import { COMMON_OPTIONS, buildApp, commonOptions, prepareDatabase, startApp } from "./setup";

const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PHONE_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36";
const DEFAULT_PAGES = "/models,/models/llama-2-70b,/compare?models=llama-2-70b%2Cgpt-4,/insights,/";

const { values } = parseArgs({
  options: {
    ...COMMON_OPTIONS,
    count: { type: "string", default: "0" },
    port: { type: "string", default: "3254" },
    base: { type: "string" },
    head: { type: "string" },
    rounds: { type: "string", default: "7" },
    pages: { type: "string", default: DEFAULT_PAGES },
  },
});
if (!values.base) throw new Error("--base must give the baseline's URL (serve the older commit beside this tree)");
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds must be a positive integer");
const pages = values.pages.split(",").filter((p) => p.startsWith("/"));
if (pages.length === 0) throw new Error("--pages must list paths starting with /, comma-separated");

interface Sample { task: number; script: number; styleLayout: number; nodes: number }
const KEYS = ["task", "script", "styleLayout", "nodes"] as const;

async function load(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, userAgent: PHONE_UA });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    // Work started by the load itself (a chart near the viewport, a chunk fetched after hydration) counts too.
    await page.waitForTimeout(1000);
    await page.waitForLoadState("networkidle");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const ms = (name: string) => (m[name] ?? Number.NaN) * 1000;
    return { task: ms("TaskDuration"), script: ms("ScriptDuration"), styleLayout: ms("RecalcStyleDuration") + ms("LayoutDuration"), nodes: m.Nodes ?? Number.NaN };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let head = values.head;
if (!head) {
  const { provider, count, seed, port } = commonOptions(values);
  const databaseUrl = await prepareDatabase(provider, count, seed);
  await buildApp(values["skip-build"]);
  app = await startApp(port, databaseUrl);
  head = app.baseUrl;
}
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ["--no-sandbox"] });
try {
  const servers = { base: values.base.replace(/\/$/, ""), head: head.replace(/\/$/, "") };
  const samples = new Map(pages.map((p) => [p, { base: [] as Sample[], head: [] as Sample[] }]));
  for (let round = 0; round < rounds; round++)
    for (const page of pages)
      for (const side of ["base", "head"] as const) samples.get(page)![side].push(await load(browser, `${servers[side]}${page}`));

  console.log(`Main-thread work per page load, phone (412 px), median of ${rounds} interleaved rounds; base ${servers.base}, head ${servers.head}\n`);
  console.log(`${"page".padEnd(24)}${"".padEnd(6)}${"task ms".padStart(9)}${"script ms".padStart(11)}${"style+layout".padStart(14)}${"nodes".padStart(8)}`);
  for (const page of pages) {
    const s = samples.get(page)!;
    const med = (side: "base" | "head") => Object.fromEntries(KEYS.map((k) => [k, median(s[side].map((x) => x[k]))])) as Record<(typeof KEYS)[number], number>;
    const b = med("base");
    const h = med("head");
    const row = (label: string, r: Record<(typeof KEYS)[number], number>, digits: number) =>
      `${label.padEnd(6)}${r.task.toFixed(digits).padStart(9)}${r.script.toFixed(digits).padStart(11)}${r.styleLayout.toFixed(digits).padStart(14)}${r.nodes.toFixed(digits).padStart(8)}`;
    const ratio = Object.fromEntries(KEYS.map((k) => [k, h[k] / b[k]])) as Record<(typeof KEYS)[number], number>;
    console.log(`${page.slice(0, 23).padEnd(24)}${row("base", b, 0)}`);
    console.log(`${"".padEnd(24)}${row("head", h, 0)}`);
    console.log(`${"".padEnd(24)}${row("÷", ratio, 2)}`);
  }
} finally {
  await browser.close();
  await app?.stop();
}
