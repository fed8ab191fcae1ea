// The home page's "Find a model": suggestions from the catalogue's forgiving search, picked with a
// tap or the keyboard, straight to the model's page; Enter without a pick is a plain search of the
// catalogue. Names come from the fixture catalogue.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const box = (page: Page) => page.getByRole("combobox", { name: /^Find a model/ });
const option = (page: Page, name: string) => page.getByRole("option").filter({ has: page.getByText(name, { exact: true }) });

test.describe("Find a model", () => {
  test("forgives spacing and hyphens: “gpt4” suggests GPT-4 first, and a click opens its page", async ({ page }) => {
    await page.goto("/");
    await box(page).fill("gpt4");
    await expect(page.getByRole("listbox", { name: "Matching models" })).toBeVisible();
    await expect(page.getByRole("option").first()).toContainText("GPT-4");
    await option(page, "GPT-4").click();
    await expect(page).toHaveURL(/\/models\/gpt-4$/);
    await expect(page.getByRole("heading", { level: 1, name: "GPT-4" })).toBeVisible();
  });

  test("with the keyboard: / focuses it, ↓ walks the suggestions, Enter opens the active one, Escape closes the list", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("/");
    await expect(box(page)).toBeFocused();
    await page.keyboard.type("mistral");
    await expect(option(page, "Mistral 7B")).toBeVisible();
    await expect(box(page)).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(box(page)).toHaveAttribute("aria-expanded", "false");
    await expect(box(page), "the first Escape closes the list and keeps the text").toHaveValue("mistral");
    await page.keyboard.press("ArrowDown");
    const active = await box(page).getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    await expect(page.locator(`[id="${active}"]`)).toHaveAttribute("aria-selected", "true");
    await expect(page.locator(`[id="${active}"]`)).toContainText("Mistral 7B");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/models\/mistral-7b$/);
  });

  test("Enter with no suggestion picked searches the catalogue for the text", async ({ page }) => {
    await page.goto("/");
    await box(page).fill("llama");
    await expect(page.getByRole("option").first()).toBeVisible();
    await box(page).press("Enter");
    await expect(page).toHaveURL(/\/models\?q=llama$/);
    await expect(page.getByLabel("Search models")).toHaveValue("llama");
  });

  test("says so when nothing matches", async ({ page }) => {
    await page.goto("/");
    await box(page).fill("zzzqqq");
    await expect(page.getByRole("status").filter({ hasText: "No model matches “zzzqqq”." })).toBeVisible();
    await expect(box(page)).toHaveAttribute("aria-expanded", "false");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds nothing with the suggestions open, at 375 px (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto("/");
      await box(page).fill("llama");
      await expect(page.getByRole("option").first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  }
});
