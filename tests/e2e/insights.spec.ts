import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { FIXTURE_MODELS, fixtureModel, fixtureSlugs } from "../fixtures/fixture-catalogue";
import { test, expect } from "./fixtures";

// The server runs on the fixture catalogue (tests/fixtures/fixture-catalogue.ts): what to expect comes from it.
const SIZE_PLOTTED = fixtureSlugs((m) => m.parameters.value !== null && m.releaseDate.value !== null).length;
const GPT_4_MMLU = fixtureModel("gpt-4").benchmarks.find((b) => b.name === "MMLU")?.score;

const figure = (page: Page, name: string) => page.getByRole("figure", { name });

/** Chart bodies load when their frame nears the viewport: bring one into view first. */
async function reveal(page: Page, name: string) {
  const f = figure(page, name);
  await f.scrollIntoViewIfNeeded();
  await expect(f.locator("svg.recharts-surface").first()).toBeVisible();
  return f;
}

/** The "N models (…)" line under the filters. */
async function modelCount(page: Page): Promise<number> {
  const text = (await page.getByRole("status").filter({ hasText: /\d+ models?/ }).textContent()) ?? "";
  return Number(/(\d+) models?/.exec(text)?.[1]);
}

test.describe("the insights page", () => {
  test("draws every chart from the data, with legends and text alternatives loaded when opened @mobile", async ({ page }) => {
    // Eight charts drawn and seven tables fetched one after another: generous on a busy machine.
    test.setTimeout(150_000);
    await page.goto("/insights");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Open vs closed");
    expect(await modelCount(page)).toBe(FIXTURE_MODELS.length);

    const prosCons = await reveal(page, "The usual pros and cons of open models, scored from the data");
    await expect.poll(() => prosCons.locator(".recharts-bar-rectangle").count()).toBeGreaterThanOrEqual(9 * 2);
    await expect(prosCons.getByRole("link", { name: "how each score is derived" })).toHaveAttribute("href", "/compare#how-scored");

    const price = await reveal(page, "Price against quality");
    // One benchmark in one setting at a time: the fixture's most-scored measure is 5-shot MMLU.
    await expect(price.getByLabel("Quality measure")).toHaveValue("MMLU|5-shot");
    await expect(price.getByRole("link", { name: /^GPT-4 \(Closed\): \$[\d.]+ per 1M tokens, MMLU/ })).toBeAttached();
    // GPT-4o's MMLU is 0-shot CoT in the fixture: not on the 5-shot chart.
    await expect(price.getByRole("link", { name: /^GPT-4o \(Closed\)/ })).toHaveCount(0);
    // An open model with no API listing is placed at an estimated self-hosting cost.
    await expect(price.getByRole("link", { name: /^Llama 2 70B \(Open weights\): \$[\d.]+ per 1M tokens \(estimate\)/ })).toBeAttached();
    // Notable points carry their names on the chart; not every point does.
    const names = await price.locator("svg text[paint-order='stroke']").count();
    expect(names).toBeGreaterThan(0);
    expect(names).toBeLessThan(await price.locator("svg a[aria-label]").count());

    const gap = await reveal(page, "The performance gap over time");
    await expect(gap.locator(".recharts-line-curve")).toHaveCount(2);
    await expect(gap.getByLabel("Quality measure")).toHaveValue("MMLU|5-shot");

    const cheap = await reveal(page, "How fast open gets cheap");
    await expect(cheap.getByLabel("Quality measure")).toBeVisible();
    await expect(cheap.locator(".recharts-line-curve")).toHaveCount(2);

    const hosts = await reveal(page, "Who serves the open models");
    await expect.poll(() => hosts.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);

    const size = await reveal(page, "Model size over time");
    await expect.poll(() => size.locator("svg a[aria-label]").count()).toBe(SIZE_PLOTTED);
    await expect(page.getByText(/Not plotted: \d+ models \(size undisclosed/)).toBeVisible();

    const heatmap = figure(page, "Openness, component by component");
    await heatmap.scrollIntoViewIfNeeded();
    await expect.poll(() => heatmap.getByRole("row").count()).toBe((await modelCount(page)) + 1);

    const licences = await reveal(page, "The licence landscape");
    await expect.poll(() => licences.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(3);

    for (const f of [prosCons, price, gap, cheap, hosts, size, licences]) {
      await expect(f.getByRole("list", { name: "Legend" }).first()).toBeVisible();
      // The table is fetched from /api/stats/{part} when opened, not sent with the page.
      await expect(f.getByRole("table")).toHaveCount(0);
      await f.getByText("Show the data as a table").click();
      await expect(f.getByRole("table").first()).toBeVisible();
    }
    // The models a chart leaves out are listed, with the reason, when asked for.
    await page.getByText(/Not plotted: \d+ models \(size undisclosed/).click();
    await expect(page.getByRole("listitem").filter({ hasText: /^GPT-4 — size undisclosed/ })).toBeVisible();
  });

  test("a licence filter narrows every chart, and the URL keeps it", async ({ page }) => {
    await page.goto("/insights");
    const before = await modelCount(page);
    // The chart bodies load lazily: count the points once they are drawn.
    const sizePoints = () => figure(page, "Model size over time").locator("svg a[aria-label]").count();
    await reveal(page, "Model size over time");
    await expect.poll(sizePoints).toBeGreaterThan(0);
    const sizePointsBefore = await sizePoints();

    await page.getByRole("group", { name: "Licence" }).getByRole("checkbox", { name: /^Llama 2 Community/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]licence=llama-2-community/);

    const after = await modelCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await expect(page.getByRole("group", { name: "Licence" }).getByRole("checkbox", { name: /^Llama 2 Community/ })).toBeChecked();
    await reveal(page, "Model size over time");
    await expect.poll(async () => { const n = await sizePoints(); return n > 0 && n < sizePointsBefore; }).toBe(true);
    await figure(page, "Openness, component by component").scrollIntoViewIfNeeded();
    await expect.poll(() => figure(page, "Openness, component by component").getByRole("row").count()).toBe(after + 1);
    // Only open-weights models remain: one licence-category bar, no closed scores to compare with.
    await reveal(page, "The licence landscape");
    await figure(page, "The licence landscape").getByText("Show the data as a table").click();
    await expect(figure(page, "The licence landscape").getByRole("table", { name: "Models per licence category" }).getByRole("row")).toHaveCount(2);
    await expect(figure(page, "The performance gap over time")).toContainText("No benchmark has scores for both open and closed models");
  });

  test("scatter points are keyboard-focusable links described in words", async ({ page }) => {
    await page.goto("/insights?access=closed");
    await reveal(page, "Price against quality");
    const point = figure(page, "Price against quality").getByRole("link", { name: /^GPT-4 \(Closed\)/ });
    await point.focus();
    // The focused point is described in words under the chart, as a hover tooltip would
    // (the fixture's GPT-4: $30 in, $60 out, blended (3 × 30 + 60) / 4 = $37.5).
    await expect(figure(page, "Price against quality").locator("p", { hasText: new RegExp(`^GPT-4 \\(Closed\\): \\$37\\.5 per 1M tokens, MMLU ${GPT_4_MMLU}$`) })).toBeVisible();
    await expect(point).toHaveAttribute("href", "/models/gpt-4");
  });

  test("the heatmap sorts by score and links every grade to its evidence", async ({ page }) => {
    await page.goto("/insights");
    await figure(page, "Openness, component by component").scrollIntoViewIfNeeded();
    const table = figure(page, "Openness, component by component").getByRole("table");
    const firstModel = () => table.getByRole("row").nth(1).getByRole("rowheader").textContent();
    const mostOpen = await firstModel();
    await expect(table.getByRole("columnheader", { name: /^Score/ })).toHaveAttribute("aria-sort", "descending");
    await table.getByRole("link", { name: /sort by openness score/ }).click();
    // The order lives in the URL, as the catalogue's own sort param.
    await expect(page).toHaveURL(/[?&]sort=openness(&|$)/);
    await expect(table.getByRole("columnheader", { name: /^Score/ })).toHaveAttribute("aria-sort", "ascending");
    expect(await firstModel()).not.toBe(mostOpen);
    const cell = table.getByRole("link", { name: /^Llama 2 70B, Licence: Closed — evidence$/ });
    await expect(cell).toHaveAttribute("href", /^https:\/\//);
  });

  test("the gap chart compares one benchmark setting at a time, and switches measure", async ({ page }) => {
    await page.goto("/insights");
    const gap = await reveal(page, "The performance gap over time");
    await gap.getByLabel("Quality measure").selectOption("GPQA Diamond|0-shot");
    await expect(gap.locator("svg.recharts-surface")).toContainText("GPQA Diamond score");
    await expect(gap.locator(".recharts-line-curve")).toHaveCount(2);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no serious accessibility violations (${colorScheme}) @mobile`, async ({ page }) => {
      // Axe walks every element (the heatmap alone has 12 evidence links per model).
      test.setTimeout(150_000);
      await page.emulateMedia({ colorScheme });
      await page.goto("/insights");
      // Draw every chart and the heatmap (they load when scrolled to), and open a data table.
      for (const name of ["Price against quality", "How fast open gets cheap", "Who serves the open models", "Model size over time", "The licence landscape"]) await reveal(page, name);
      await figure(page, "Openness, component by component").scrollIntoViewIfNeeded();
      await expect(figure(page, "Openness, component by component").getByRole("table")).toBeVisible();
      await figure(page, "Model size over time").getByText("Show the data as a table").click();
      await expect(figure(page, "Model size over time").getByRole("table")).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    });
  }

  test("the page stays light: data tables and the heatmap are not in its HTML", async ({ request }) => {
    const html = await (await request.get("/insights")).text();
    expect(html).toContain("Show the data as a table");
    expect(html).not.toContain("<table");
  });

  test("GET /api/stats serves the same series and rejects paging", async ({ request }) => {
    const res = await request.get("/api/stats?licence=apache-2-0");
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { modelCount: number; byAccess: { closed: number } };
    expect(body.modelCount).toBeGreaterThan(0);
    expect(body.byAccess.closed).toBe(0);
    const bad = await request.get("/api/stats?pageSize=10");
    expect(bad.status()).toBe(400);
  });
});
