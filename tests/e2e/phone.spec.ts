// Any screen, any input: the site at 375, 768 and 1,280 px in both themes
// (no sideways scrolling, no text off screen), the catalogue's cards against
// its table, the filter sheet, the column picker and the keyboard paths.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { FIXTURE_MODELS, fixtureSlugs, isClosed, shownByDefault } from "../fixtures/fixture-catalogue";

/** What /models lists without a lifecycle filter: retired models are hidden by default. */
const SHOWN = FIXTURE_MODELS.filter(shownByDefault);
import { COLUMN_IDS, DEFAULT_COLUMNS } from "@/lib/schemas/catalogue-columns";
import { test, expect } from "./fixtures";

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };
const WIDTHS = [375, 768, 1280] as const;
const THEMES = ["light", "dark"] as const;
const PAGES = ["/", "/models", `/models?cols=${COLUMN_IDS.join(",")}`, "/models/llama-2-70b", "/compare?models=llama-2-70b,gpt-4", "/choose", "/insights", "/data"];
const modelsText = (n: number) => `${n} model${n === 1 ? "" : "s"}`;

/** The page's scroll width, and the visible text that sits (partly) outside the viewport, ignoring text clipped inside a scroll box that is itself on screen. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const outside: string[] = [];
    const insideScrollBox = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (!/(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX)) continue;
        const box = p.getBoundingClientRect();
        if (box.left >= -0.5 && box.right <= vw + 0.5) return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || getComputedStyle(el).visibility === "hidden" || el.closest(".sr-only")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const off = [...range.getClientRects()].some((r) => r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5));
      if (off && !insideScrollBox(el)) outside.push(`${el.tagName} "${node.textContent.trim().slice(0, 40)}"`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, outside };
  });
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

test.describe("no page scrolls sideways", () => {
  for (const width of WIDTHS)
    for (const colorScheme of THEMES) {
      test(`at ${width} px, ${colorScheme}`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        for (const path of PAGES) {
          await open(page, path);
          const { scrollWidth, innerWidth, outside } = await layoutProblems(page);
          expect(scrollWidth, `${path}: page width`).toBeLessThanOrEqual(innerWidth);
          if (width === PHONE.width) expect(outside, `${path}: text outside the viewport`).toEqual([]);
        }
      });
    }
});

/** Every model's facts by column, as the cards (phone) or the table (desktop) show them. */
function factsShown(page: Page, where: "cards" | "table"): Promise<Record<string, Record<string, string>>> {
  const rows = where === "cards" ? "ul[aria-label=Models] > li[data-slug]" : "table tbody tr[data-slug]";
  return page.locator(rows).evaluateAll((els) =>
    Object.fromEntries(
      els.map((row) => [
        row.getAttribute("data-slug") ?? "",
        Object.fromEntries([...row.querySelectorAll<HTMLElement>("[data-column]")].map((cell) => [cell.dataset.column, cell.innerText.replace(/\s+/g, " ").trim()])),
      ]),
    ),
  );
}

test.describe("the catalogue on a phone", () => {
  for (const cols of [undefined, COLUMN_IDS.join(",")]) {
    test(`cards show the same facts as the table's rows (${cols ? "every column" : "default columns"})`, async ({ page }) => {
      const path = `/models?pageSize=100${cols ? `&cols=${cols}` : ""}`;
      await page.setViewportSize(PHONE);
      await open(page, path);
      await expect(page.getByRole("table")).toBeHidden();
      const cards = await factsShown(page, "cards");
      await page.setViewportSize(DESKTOP);
      await expect(page.getByRole("table")).toBeVisible();
      await expect(page.getByRole("list", { name: "Models" })).toBeHidden();
      const table = await factsShown(page, "table");

      expect(Object.keys(table).sort()).toEqual(fixtureSlugs(shownByDefault));
      const columns = cols ? COLUMN_IDS : DEFAULT_COLUMNS;
      for (const [slug, facts] of Object.entries(table)) {
        expect(Object.keys(facts).sort(), slug).toEqual([...columns].sort());
        expect(Object.values(facts).every((text) => text.length > 0), `${slug}: no empty cell`).toBe(true);
      }
      expect(cards).toEqual(table);
    });
  }

  test("the HTML carries one row layout, the one the browser's device calls for", async ({ request }) => {
    const html = async (headers: Record<string, string>) => (await (await request.get("/models", { headers })).text());
    const phone = await html({ "user-agent": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36" });
    const hinted = await html({ "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0", "sec-ch-ua-mobile": "?1" });
    const desktop = await html({ "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36" });
    for (const page of [phone, hinted]) {
      expect(page).toContain('aria-label="Models"');
      expect(page).not.toContain("<table");
    }
    expect(desktop).toContain("<table");
    expect(desktop).not.toContain('aria-label="Models"');
    // The filter sidebar too: a phone gets only the sheet's button, a desktop the sidebar.
    for (const page of [phone, hinted]) expect(page).not.toContain('aria-label="Filters"');
    expect(desktop).toContain('aria-label="Filters"');
  });

  test("the filter sidebar follows the width: gone at phone width, there again at 1,280 px, with the filters applied", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page, "/models?access=closed");
    const sidebar = page.getByRole("complementary", { name: "Filters" });
    await expect(page.getByRole("button", { name: /^Filters/ })).toBeVisible();
    await expect(sidebar).toHaveCount(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(sidebar.getByRole("checkbox", { name: /^Closed/ })).toBeChecked();
    await expect(page.getByRole("button", { name: /^Filters/ })).toBeHidden();
  });

  test("a wrong guess is put right: a desktop browser at phone width gets cards once the page is running", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page, "/models");
    await expect(page.getByRole("list", { name: "Models" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    expect((await layoutProblems(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
  });

  test("filters open in a sheet with a live count; Escape closes it", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page, "/models");
    const opener = page.getByRole("button", { name: /^Filters/ });
    await opener.click();
    const sheet = page.getByRole("dialog", { name: "Filters" });
    await expect(sheet).toBeVisible();
    const show = sheet.getByRole("button", { name: /^Show \d+ models?/ });
    await expect(show).toHaveText(`Show ${modelsText(SHOWN.length)}`);

    // Focus is trapped: Tab never leaves the sheet.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null), `tab ${i + 1}`).toBe(true);
    }

    await sheet.getByRole("checkbox", { name: /^Closed/ }).check();
    await expect(page).toHaveURL(/access=closed/);
    const closed = fixtureSlugs((m) => isClosed(m) && shownByDefault(m)).length;
    await expect(show).toHaveText(`Show ${modelsText(closed)}`);

    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(opener).toContainText("1 active");
    await expect(page.getByText(modelsText(closed), { exact: true })).toBeVisible();

    await opener.click();
    await sheet.getByRole("checkbox", { name: /^Closed/ }).uncheck();
    await expect(show).toHaveText(`Show ${modelsText(SHOWN.length)}`);
    await show.click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole("list", { name: "Models" }).getByRole("listitem")).toHaveCount(Math.min(SHOWN.length, 25));
  });

  test("every tap target is at least 44 × 44 px, the sheet's too", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page, "/models?access=closed");
    // This browser says it is a desktop one: the cards replace the server's table once the page runs.
    await expect(page.getByRole("list", { name: "Models" })).toBeVisible();
    const small = () =>
      page.evaluate(() => {
        const scope = document.querySelector("dialog[open]") ?? document.body;
        const targets = [...scope.querySelectorAll<HTMLElement>("a[href], button, select, input, summary")].filter((el) => !el.closest("footer, .sr-only") && el.getClientRects().length > 0);
        return targets
          .map((el) => {
            // A checkbox's target is its label.
            const target = el instanceof HTMLInputElement && el.type === "checkbox" ? (el.closest("label") ?? el) : el;
            const box = target.getBoundingClientRect();
            return { what: `${el.tagName} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}`, w: Math.round(box.width), h: Math.round(box.height) };
          })
          .filter((t) => t.w < 44 || t.h < 44);
      });
    expect(await page.locator("a[href], button").count()).toBeGreaterThan(10);
    expect(await small()).toEqual([]);
    await page.getByRole("button", { name: /^Filters/ }).click();
    await expect(page.getByRole("dialog", { name: "Filters" })).toBeVisible();
    expect(await small()).toEqual([]);
  });

  const axe = (page: Page) => new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();
  for (const colorScheme of THEMES) {
    for (const path of ["/", "/models", "/models/llama-2-70b", "/compare?models=llama-2-70b,gpt-4", "/choose", "/data"]) {
      test(`axe finds nothing on ${path}, target size included (${colorScheme})`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize(PHONE);
        await page.emulateMedia({ colorScheme });
        await open(page, path);
        const { violations } = await axe(page);
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
    test(`axe finds nothing in the open filter sheet (${colorScheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme });
      await open(page, "/models");
      await page.getByRole("button", { name: /^Filters/ }).click();
      await expect(page.getByRole("dialog", { name: "Filters" })).toBeVisible();
      const { violations } = await axe(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});

test.describe("the catalogue at 1,280 px", () => {
  test.beforeEach(({ page }) => page.setViewportSize(DESKTOP));

  test("the table fits: nothing clipped, and the sticky name column covers nothing after sorting", async ({ page }) => {
    await open(page, "/models?pageSize=100");
    const table = page.getByRole("table");
    const fits = () => table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth);
    expect(await fits()).toBe(true);
    await page.getByRole("columnheader", { name: /MMLU/ }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=-mmlu/);
    await page.getByRole("columnheader", { name: /Released/ }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=-releaseDate/);
    expect(await fits()).toBe(true);
    const gap = await table.locator("tbody tr").first().evaluate((row) => {
      const name = row.querySelector("th")!.getBoundingClientRect();
      const org = row.querySelector("[data-column=organization]")!.getBoundingClientRect();
      return org.left - name.right;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    for (const name of ["MMLU", "Compare"]) await expect(page.getByRole("columnheader", { name: new RegExp(name) })).toBeInViewport({ ratio: 1 });
    await expect(table.getByRole("checkbox").first()).toBeInViewport({ ratio: 1 });
  });

  test("licences show a short name on at most two lines, the full name on hover and on focus", async ({ page }) => {
    await open(page, "/models?pageSize=100");
    const cells = page.locator("td[data-column=licence] a");
    expect(await cells.count()).toBe(SHOWN.length);
    const tallest = await cells.evaluateAll((links) => Math.max(...links.map((a) => a.getClientRects().length)));
    expect(tallest).toBeLessThanOrEqual(2);
    const llama = page.getByRole("row", { name: /Llama 2 70B/ }).locator("td[data-column=licence] a");
    await expect(llama).toHaveAttribute("title", /Llama 2 Community License/);
    await llama.focus();
    await expect(llama).toHaveAccessibleName(/Llama 2 Community License/);
  });

  test("columns can be shown and hidden, and the choice lives in a canonical URL", async ({ page, request }) => {
    await open(page, "/models");
    await expect(page.getByRole("columnheader", { name: "Providers" })).toHaveCount(0);
    await page.getByText("Columns", { exact: true }).click();
    await page.getByRole("checkbox", { name: "Providers serving it" }).check();
    await expect(page).toHaveURL(/cols=/);
    await expect(page.getByRole("columnheader", { name: /Providers/ })).toBeVisible();
    await page.getByRole("checkbox", { name: "Quality (MMLU)" }).uncheck();
    await expect(page.getByRole("columnheader", { name: /MMLU/ })).toHaveCount(0);
    const expected = DEFAULT_COLUMNS.filter((c) => c !== "mmlu").concat("hosts");
    await expect.poll(() => new URL(page.url()).searchParams.get("cols")).toBe(expected.join(","));

    await page.reload();
    await expect(page.getByRole("columnheader", { name: /Providers/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /MMLU/ })).toHaveCount(0);
    // Filters keep the column choice.
    await page.getByRole("complementary", { name: "Filters" }).getByRole("checkbox", { name: /^Closed/ }).check();
    await expect(page).toHaveURL(/access=closed.*cols=/);

    await page.getByText("Columns", { exact: true }).click();
    await page.getByRole("button", { name: "Back to the default columns" }).click();
    await expect(page).not.toHaveURL(/cols=/);
    await expect(page.getByRole("columnheader", { name: /MMLU/ })).toBeVisible();

    // The API checks cols and otherwise ignores it.
    const plain: unknown = await (await request.get("/api/models?access=closed")).json();
    const withCols = await request.get(`/api/models?access=closed&cols=${expected.join(",")}`);
    expect(withCols.status()).toBe(200);
    expect(await withCols.json()).toEqual(plain);
    const bad = await request.get("/api/models?cols=colour");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_query", issues: [{ param: "cols" }] } });
  });
});

test.describe("the keyboard", () => {
  test.beforeEach(({ page }) => page.setViewportSize(DESKTOP));

  test("a skip link jumps to the results", async ({ page }) => {
    await open(page, "/models");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to results" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "Results" })).toBeFocused();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#results") !== null)).toBe(true);
  });

  test("'/' jumps to the search box, which says so; typing there types", async ({ page }) => {
    await open(page, "/models");
    const search = page.getByLabel("Search models");
    await expect(search).toHaveAttribute("aria-keyshortcuts", "/");
    await expect(search).toHaveAccessibleDescription(/Press \/ to jump here/);
    await page.getByRole("heading", { name: "Model catalogue" }).click();
    await page.keyboard.press("/");
    await expect(search).toBeFocused();
    await page.keyboard.type("a/b");
    await expect(search).toHaveValue("a/b");
  });

  test("Tab presses to the search box and to the first result, counted", async ({ page }) => {
    test.setTimeout(180_000);
    await open(page, "/models");
    const tabsUntil = async (done: () => Promise<boolean>) => {
      for (let n = 1; n <= 200; n++) {
        await page.keyboard.press("Tab");
        if (await done()) return n;
      }
      return Infinity;
    };
    const toSearch = await tabsUntil(() => page.evaluate(() => document.activeElement?.id === "catalogue-search"));
    const firstFilter = page.getByRole("complementary", { name: "Filters" }).getByRole("checkbox").first();
    await firstFilter.focus();
    const filterToResults = await tabsUntil(() => page.evaluate(() => document.activeElement?.closest("tbody") !== null));
    const counted = `page start → search: ${toSearch}; first filter → first result: ${filterToResults}`;
    test.info().annotations.push({ type: "tab presses", description: counted });
    console.log(`Tab presses: ${counted}`);
    expect(toSearch).toBeLessThanOrEqual(12);
    expect(filterToResults).toBeLessThan(Infinity);
  });

  test("the focus ring is a solid 3 px outline, and badges are not tab stops", async ({ page }) => {
    await open(page, "/models");
    await page.keyboard.press("Tab");
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring).toEqual({ style: "solid", width: 3 });
    expect(await page.locator("main [tabindex='0']").count()).toBe(0);
    expect(await page.getByText("Open weights").count()).toBeGreaterThan(0);
  });
});
