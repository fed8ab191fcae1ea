// Calm pages and honest signals (issue #15, items 5–6): licence answers coloured by what they mean
// for the reader, the uses a licence forbids, one source mark per value (title, kind and day read on
// hover, focus and tap), badges that are not tab stops, body text of at least 14 px, nothing wider
// than a 375 px phone. Expectations come from the fixture catalogue.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { fixtureLicence, fixtureModel } from "../fixtures/fixture-catalogue";
import { expectEvery } from "../helpers/expect-every";
import { test, expect } from "./fixtures";

const LLAMA_2 = fixtureLicence("llama-2-community");
const CARD = fixtureModel("llama-2-70b").sources.card ?? { url: "?", title: "no card source in the fixture", asOf: "?" };
const PAGES = ["/", "/models/llama-2-70b", "/models/mistral-7b", "/data", "/choose", "/no-such-page"];

/** The licence answer for `question`: its chip (the `dd` after the question). */
const chip = (page: Page, question: string) => page.getByRole("term").filter({ hasText: question }).locator("xpath=following-sibling::dd[1]/span");

/** Text smaller than 14 px that a reader can see, with where it is. */
async function smallText(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest("script, style, template")) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || el.closest(".sr-only")) continue;
      const px = parseFloat(style.fontSize);
      if (px < 14) found.push(`${px}px <${el.tagName.toLowerCase()}> ${node.textContent.trim().slice(0, 40)}`);
    }
    return found;
  });
}

test.describe("the model page's signals", () => {
  test("licence answers are coloured by what they mean for the reader, not by the word", async ({ page }) => {
    await page.goto("/models/mistral-7b");
    // Apache 2.0 forbids no use: "No" is good news, so it is green.
    const forbidden = chip(page, "Are some uses forbidden?");
    await expect(forbidden).toHaveText(/No/);
    await expect(forbidden).toHaveAttribute("data-for-you", "good");
    await expect(forbidden).toHaveClass(/bg-emerald-100/);
    await expect(forbidden).toContainText("good for you");

    await page.goto("/models/llama-2-70b");
    // Llama 2's "Yes" to forbidden uses is a condition (amber), its "No" to training on outputs a restriction (rose).
    const restricted = chip(page, "Are some uses forbidden?");
    await expect(restricted).toHaveText(/Yes/);
    await expect(restricted).toHaveClass(/bg-amber-100/);
    const outputs = chip(page, "May I use its outputs to train other models?");
    await expect(outputs).toHaveText(/No/);
    await expect(outputs).toHaveAttribute("data-for-you", "bad");
    await expect(outputs).toHaveClass(/bg-rose-100/);
    const commercial = chip(page, "May I use it commercially?");
    await expect(commercial).toHaveText(/With conditions/);
    await expect(commercial).toHaveAttribute("data-for-you", "caution");
  });

  test("the licence lists the uses it forbids and links the policy that holds them", async ({ page }) => {
    await page.goto("/models/llama-2-70b");
    const uses = LLAMA_2.forbiddenUses?.uses ?? [];
    expect(uses.length).toBeGreaterThan(0);
    const list = page.getByRole("list", { name: "Forbidden uses" });
    await expect(list.getByRole("listitem")).toHaveText(uses);
    const policy = page.getByRole("link", { name: `Read the ${LLAMA_2.forbiddenUses?.policy?.name ?? "?"}` });
    await expect(policy).toHaveAttribute("href", LLAMA_2.forbiddenUses?.policy?.url ?? "?");
  });

  test("a source mark is one keyboard stop that shows the source's title, kind and day on focus, and its link on Enter", async ({ page }) => {
    await page.goto("/models/llama-2-70b");
    const marks = page.getByRole("button", { name: /^Source: / });
    expect(await marks.count()).toBeGreaterThan(5);
    // Tab from the page's heading until a source mark has focus: reachable with the keyboard alone.
    await page.getByRole("heading", { level: 1 }).click();
    let focused = "";
    for (let i = 0; i < 30 && !focused.startsWith("Source: "); i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    }
    expect(focused).toContain(CARD.title);
    // The mark is drawn (its icon is CSS, not markup): a visible glyph in the kind's colour.
    const icon = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element, "::before");
      return { mask: style.maskImage, width: parseFloat(style.width), colour: style.backgroundColor };
    });
    expect(icon.mask).toContain("data:image/svg+xml");
    expect(icon.width).toBeGreaterThanOrEqual(12);
    expect(icon.colour).not.toBe("rgba(0, 0, 0, 0)");
    const card = page.locator(".source-mark-card:visible");
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(CARD.title);
    await expect(card).toContainText(`Read on ${CARD.asOf}`);
    await expect(card).toContainText("The maker’s own document");
    // On focus the card shows the facts only; Enter opens it with the link, Escape closes it.
    await expect(card.getByRole("link")).toHaveCount(0);
    await page.keyboard.press("Enter");
    const link = card.getByRole("link", { name: /^Open the source on example\.org/ });
    await expect(link).toHaveAttribute("href", CARD.url);
    await page.keyboard.press("Tab");
    await expect(link).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(link).toBeHidden();
  });

  test("a tap on a source mark opens its card on screen, with the link @mobile", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/models/llama-2-70b");
    const marks = page.getByRole("button", { name: /^Source: / });
    expect(await marks.count()).toBeGreaterThan(5);
    for (const mark of [marks.first(), marks.last()]) {
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      const card = page.locator(".source-mark-card:popover-open");
      await expect(card.getByRole("link", { name: /^Open the source on / })).toBeVisible();
      const box = await card.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
      await page.keyboard.press("Escape");
      await expect(card).toHaveCount(0);
    }
  });

  test("access badges explain themselves without being tab stops", async ({ page }) => {
    await page.goto("/");
    const badges = page.locator(".access-badge");
    expect(await badges.count()).toBeGreaterThan(3);
    expectEvery(await badges.evaluateAll((els) => els.map((e) => (e as HTMLElement).tabIndex)), (t) => t < 0, "badge tab indexes");
    // Its meaning is part of its name for a screen reader.
    await expect(page.getByRole("link", { name: /Open weights ?: Weights downloadable/ })).toBeVisible();
  });
});

test.describe("calm pages", () => {
  test("body text is at least 14 px on every page", async ({ page, allowConsoleError }) => {
    allowConsoleError(/status of 404/);
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await smallText(page), path).toEqual([]);
    }
  });

  for (const path of PAGES) {
    test(`${path} fits a 375 px phone, light and dark, and is axe-clean @mobile`, async ({ page, allowConsoleError }) => {
      test.slow();
      allowConsoleError(/status of 404/);
      await page.setViewportSize({ width: 375, height: 740 });
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, scheme).toBeLessThanOrEqual(0);
      }
      // /choose has its own axe check at this size (choose.spec.ts).
      if (path === "/choose") return;
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    });
  }

  test("each page leads with one line and keeps its method behind “How is this decided?”", async ({ page, allowConsoleError }) => {
    allowConsoleError(/status of 404/);
    await page.goto("/models/llama-2-70b");
    const how = page.locator("details", { has: page.locator("summary", { hasText: "How is this decided?" }) }).first();
    await expect(how).not.toHaveAttribute("open");
    await expect(how.getByText(/Why open weights/)).toBeHidden();
    await how.locator("summary").click();
    await expect(how.getByText(/Why open weights/)).toBeVisible();
    // No code paths or unexplained references in the copy, on these pages and the three busiest.
    for (const path of [...PAGES, "/models", "/compare?models=llama-2-70b,gpt-4", "/insights"]) {
      await page.goto(path);
      const text = await page.locator("body").innerText();
      expect(text, path).not.toMatch(/\b(lib|prisma|app|components)\/[\w-]+|\.tsx?\b|the article\b/);
    }
  });
});
