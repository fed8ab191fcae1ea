// /choose: from a person's constraints to a verdict, a shortlist and near misses. Asserts the
// page's structure and the URL, never which models the catalogue holds.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const SHOTS = process.env.CHOOSE_SCREENSHOTS;

async function fillSelfHostScenario(page: Page) {
  await page.goto("/choose");
  await expect(page.getByRole("heading", { level: 1, name: "Which model should I use?" })).toBeVisible();
  await page.getByRole("radio", { name: "Allowed, with no conditions" }).check();
  await page.getByLabel("Where it runs").selectOption("self-host");
  await page.getByLabel("GPU memory (per GPU)").selectOption("80");
  await page.getByLabel("Number of GPUs").fill("1");
  await page.getByLabel("Input tokens a month (millions)").fill("50");
  await page.getByRole("button", { name: "Show my options" }).click();
  await expect(page).toHaveURL(/commercialUse=yes&/);
}

test.describe("the choose page", () => {
  // A long journey (form, axe, screenshot, compare) on 2 shared cores.
  test.slow();
  test("commercial use with no conditions, self-hosted on one 80 GB GPU: verdict, shortlist, a near miss, a compare link @mobile", async ({ page }) => {
    await fillSelfHostScenario(page);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ commercialUse: "yes", deploy: "self-host", gpuMemoryGb: "80", gpus: "1", inM: "50" });

    const verdict = page.getByRole("region", { name: "Open or closed, for you" });
    await expect(verdict.getByText("Best open option")).toBeVisible();
    // Self-hosting rules every closed model out, and the page says which must-have does.
    await expect(verdict.getByText(/No closed model meets every must-have: .*“deploy”/)).toBeVisible();

    const shortlist = page.getByRole("region", { name: /Shortlist/ });
    const items = shortlist.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    expect(await items.count()).toBeGreaterThan(0);
    await expect(items.first()).toContainText(/Self-host on 1 × 80 GB at (16|8|4)-bit/);
    await expect(items.first().getByRole("heading", { name: "Trade-offs" })).toBeVisible();

    const misses = page.getByRole("region", { name: /Near misses/ }).getByRole("listitem");
    expect(await misses.count()).toBeGreaterThan(0);
    await expect(misses.first()).toContainText(/ — /);

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

    if (SHOTS) {
      const name = test.info().project.name;
      await page.screenshot({ path: `${SHOTS}/choose-${name}-form.png` });
      await verdict.screenshot({ path: `${SHOTS}/choose-${name}-verdict.png` });
      await items.first().screenshot({ path: `${SHOTS}/choose-${name}-item.png` });
    }

    const compare = shortlist.getByRole("link", { name: /^Compare / }).first();
    if ((await compare.count()) > 0) {
      await Promise.all([page.waitForURL(/\/compare\?models=[^,]+,/, { timeout: 30_000 }), compare.click()]);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(" vs ");
    }
  });

  test("dark and 375 px render without overflow", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    await fillSelfHostScenario(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/choose-375-dark-form.png` });
      await page.getByRole("region", { name: /Shortlist/ }).getByRole("listitem").first().screenshot({ path: `${SHOTS}/choose-375-dark-item.png` });
    }
  });

  test("the API answers the same constraints as JSON", async ({ request }) => {
    const res = await request.get("/api/recommend?commercialUse=yes&deploy=self-host&gpuMemoryGb=80&gpus=1&inM=50");
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { verdict: { summary: string }; items: unknown[] };
    expect(body.verdict.summary.length).toBeGreaterThan(0);
    const bad = await request.get("/api/recommend?deploy=moon");
    expect(bad.status()).toBe(400);
  });
});
