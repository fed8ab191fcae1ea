import AxeBuilder from "@axe-core/playwright";
import { fixtureModel } from "../fixtures/fixture-catalogue";
import { test, expect } from "./fixtures";

// OpenGPT 20B (fixture): served by three hosts, one of which changed its price once.
const MODEL = fixtureModel("opengpt-20b");
const PROVIDERS = new Set(MODEL.prices.map((p) => p.provider)).size;

test.describe("a model page", () => {
  test("shows who serves it, its price history as a chart with a data table, and what it can do @mobile", async ({ page }) => {
    await page.goto(`/models/${MODEL.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(MODEL.name);

    const hosts = page.getByRole("table", { name: /Providers serving OpenGPT 20B now/ });
    await expect(hosts.getByRole("rowheader")).toHaveCount(PROVIDERS);

    const history = page.getByRole("figure", { name: "Price history" });
    await history.scrollIntoViewIfNeeded();
    // The chart loads when scrolled to: one provider at a time, the one with the most changes first.
    const provider = history.getByLabel("Provider");
    await expect(provider).toHaveValue("acme-cloud");
    await expect(history.locator(".recharts-line-curve").first()).toBeVisible();
    await expect(history.locator(".recharts-line-curve")).toHaveCount(2);
    await provider.selectOption("hostco");
    await expect(provider).toHaveValue("hostco");

    await history.getByText("Show the price history as a table").click();
    const table = history.getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(MODEL.prices.length + 1);
    // The newest change of each provider has no end date: it is today's price.
    await expect(table.getByRole("cell", { name: "now (current)" })).toHaveCount(PROVIDERS);
    await expect(table.getByRole("row").filter({ hasText: "2025-08-05" }).filter({ hasText: "Acme Cloud" })).toContainText("2025-11-01");

    // Capabilities the catalogue does not know are "unknown", never "no".
    const capabilities = page.getByRole("list", { name: "Capabilities" });
    await expect(capabilities.getByRole("listitem")).toHaveCount(3);
    await expect(capabilities.getByRole("listitem").first()).toHaveText(/^Tool calling: yes/);
    // Unknown, with the reason the catalogue gives, never "no".
    await expect(capabilities.getByRole("listitem").nth(2)).toHaveText(/^Structured output: unknown.*Not documented\./);
    await expect(page.getByRole("heading", { name: "Lifecycle" })).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no serious accessibility violations, chart and table open (${colorScheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(`/models/${MODEL.slug}`);
      const history = page.getByRole("figure", { name: "Price history" });
      await history.scrollIntoViewIfNeeded();
      await expect(history.locator(".recharts-line-curve").first()).toBeVisible();
      await history.getByText("Show the price history as a table").click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    });
  }
});
