// Hostile catalogue data renders as inert text everywhere a person sees it:
// home list, catalogue table, model pages, compare, chart tooltips. Runs on
// the hostile server (playwright.hostile.config.ts); every payload would
// open a dialog or set window.__pwned if it ever ran.
import type { Page } from "@playwright/test";
import { PAYLOADS } from "../fixtures/hostile-catalogue";
import { test, expect } from "./fixtures";

test.skip(!process.env.HOSTILE_E2E, "needs the hostile catalogue server: npx playwright test -c playwright.hostile.config.ts");

/** Markup from the payloads that must never reach the HTML unescaped. */
const RAW_MARKUP = ["<script>alert(1)</script>", "<img src=x onerror", "<iframe src=\"javascript:", "<svg onload", "<b onmouseover", "<script>window.__pwned"];

async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async (path: string) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const html = (await response?.text()) ?? "";
    for (const markup of RAW_MARKUP) expect(html, `${path} HTML`).not.toContain(markup);
    // The payload is in the page — escaped, as HTML text or inside React's payload (a JSON string: charts
    // and tables that load later are there only) — so the check above is not vacuous.
    const escaped = ["&lt;script&gt;alert(1)&lt;/script&gt;", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"];
    expect(escaped.some((form) => html.includes(form)), `${path} HTML holds the payload, escaped`).toBe(true);
    return async () => {
      const state = await page.evaluate(() => {
        const w = window as unknown as { __pwned?: number; __csp: string[] };
        return {
          pwned: w.__pwned ?? null,
          csp: w.__csp,
          handlers: document.querySelectorAll("[onerror],[onload],[onmouseover],iframe,img[src='x']").length,
          badLinks: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? "").filter((h) => !/^(https?:\/\/|\/|#|\?)/i.test(h)),
          strayScripts: [...document.scripts].filter((s) => !s.nonce && !s.src.includes("/_next/")).length,
        };
      });
      expect(state, path).toEqual({ pwned: null, csp: [], handlers: 0, badLinks: [], strayScripts: 0 });
      expect(dialogs, path).toEqual([]);
    };
  };
}

test("the catalogue, home and model pages show hostile names as text", async ({ page }) => {
  const visit = await guard(page);

  let check = await visit("/models?org=evil-labs");
  await expect(page.getByRole("table").getByText(PAYLOADS.scriptName, { exact: true })).toBeVisible();
  await expect(page.getByRole("table").getByText(PAYLOADS.formulaName, { exact: true })).toBeVisible();
  await check();

  check = await visit("/");
  await expect(page.getByRole("link", { name: PAYLOADS.scriptName, exact: true })).toBeVisible();
  await check();

  check = await visit("/models/evil-script-7b");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAYLOADS.scriptName);
  await expect(page.getByText(PAYLOADS.description).first()).toBeVisible();
  await expect(page.getByText(PAYLOADS.orgName).first()).toBeVisible();
  await expect(page.getByText(/@SUM\(1\+1\)\*cmd/).first()).toBeVisible();
  // Source marks are named with the hostile title as text, and their card's link keeps its https target.
  await page.getByRole("button", { name: PAYLOADS.sourceTitle }).first().click();
  const source = page.getByRole("link", { name: /^Open the source on evil\.example/ });
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute("href", /^https:\/\/evil\.example\//);
  await check();
});

test("compare and the insights charts show hostile names as text", async ({ page }) => {
  const visit = await guard(page);

  let check = await visit("/compare?models=evil-script-7b,evil-formula");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(PAYLOADS.scriptName);
  await check();

  check = await visit("/insights");
  // Charts load when scrolled near: bring each into view so the hostile points are drawn.
  for (const figure of await page.getByRole("figure").all()) await figure.scrollIntoViewIfNeeded();
  const point = page.getByRole("link", { name: /Evil 7B/ }).first();
  await point.scrollIntoViewIfNeeded();
  // NOTE: a mouse-hover check of the Recharts tooltip was flaky on a loaded
  // machine (the hover often missed the point); the keyboard path below shows
  // the same label through the chart's own description.
  // The keyboard path: focusing the point describes it in words, as text too.
  await point.focus();
  await expect(page.locator("p").filter({ hasText: `${PAYLOADS.scriptName} (` }).first()).toBeVisible();
  await check();
});

test("the CSV download neutralises formulas", async ({ request }) => {
  const csv = await (await request.get("/api/models?format=csv&org=evil-labs")).text();
  expect(csv).toContain(`'${PAYLOADS.formulaName}`);
  expect(csv).toContain(`'${PAYLOADS.minusName}`);
  expect(csv).toContain(`'${PAYLOADS.plusName}`);
  expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
});
