import { chromium } from "@playwright/test";
const [,, base, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
for (const spec of paths) {
  const [p, w = "1280", scheme = "light", full = "full"] = spec.split("|");
  const ctx = await browser.newContext({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(base + p, { waitUntil: "networkidle" });
  await page.waitForTimeout(1500);
  const name = `/tmp/shots/${p.replace(/[^a-z0-9]+/gi, "_")}-${w}-${scheme}.png`;
  await page.screenshot({ path: name, fullPage: full === "full" });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(name, "scrollWidth", sw);
  await ctx.close();
}
await browser.close();
