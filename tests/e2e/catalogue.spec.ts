import AxeBuilder from "@axe-core/playwright";
import { FIXTURE_MODELS, fixtureLicence, fixtureModel, fixtureSlugs, isClosed, shownByDefault } from "../fixtures/fixture-catalogue";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";

// The server runs on the fixture catalogue (tests/fixtures/fixture-catalogue.ts): what to expect comes from it.
const LLAMA_2 = fixtureLicence("llama-2-community");
const LLAMA_2_MODELS = fixtureSlugs((m) => m.licence.value === LLAMA_2.slug);
const modelsText = (n: number) => `${n} model${n === 1 ? "" : "s"}`;
const closedByDate = FIXTURE_MODELS.filter((m) => isClosed(m) && shownByDefault(m)).sort((a, b) => (a.releaseDate.value ?? "").localeCompare(b.releaseDate.value ?? ""));

test.describe("the catalogue", () => {
  test("filter by licence → URL updates → reload keeps it → CSV export has exactly those rows", async ({ page, request }) => {
    await page.goto("/models");
    await expect(page.getByRole("heading", { name: "Model catalogue" })).toBeVisible();
    const filters = page.getByRole("complementary", { name: "Filters" });
    // Retired models are hidden unless asked for.
    const all = page.getByText(modelsText(FIXTURE_MODELS.filter(shownByDefault).length), { exact: true });
    await expect(all).toBeVisible();
    await filters.getByRole("checkbox", { name: new RegExp(LLAMA_2.name) }).check();
    await expect(page).toHaveURL(/licence=llama-2-community/);
    const rows = page.getByRole("table").getByRole("row");
    await expect(page.getByText(modelsText(LLAMA_2_MODELS.length), { exact: true })).toBeVisible();
    await expect(rows).toHaveCount(LLAMA_2_MODELS.length + 1); // header + the models under the licence

    await page.reload();
    await expect(filters.getByRole("checkbox", { name: new RegExp(LLAMA_2.name) })).toBeChecked();
    await expect(page.getByText(modelsText(LLAMA_2_MODELS.length), { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: `Remove filter Licence: ${LLAMA_2.name}` })).toBeVisible();

    const href = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
    const csv = await (await request.get(href!)).text();
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toMatch(/^slug,name,organization/);
    expect(lines.slice(1).map((l) => l.split(",")[0]).sort()).toEqual(LLAMA_2_MODELS);
  });

  test("sorting by a column is announced and changes the order", async ({ page }) => {
    await page.goto("/models?access=closed");
    const header = page.getByRole("columnheader", { name: /Released/ });
    await expect(header).toHaveAttribute("aria-sort", "none");
    await header.getByRole("button").click();
    await expect(page).toHaveURL(/sort=-releaseDate/);
    await expect(header).toHaveAttribute("aria-sort", "descending");
    const first = page.getByRole("table").getByRole("rowheader").first();
    await expect(first).toHaveText(closedByDate.at(-1)?.name ?? "");
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect(first).toHaveText(closedByDate[0]?.name ?? "");
  });

  test("paging moves through the results and back/forward restores them", async ({ page }) => {
    await page.goto("/models?pageSize=10");
    await expect(page.getByText(`Page 1 of ${Math.ceil(FIXTURE_MODELS.filter(shownByDefault).length / 10)}`)).toBeVisible();
    const firstOnPage1 = await page.getByRole("table").getByRole("rowheader").first().textContent();
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText("Page 2 of")).toBeVisible();
    await expect(page.getByRole("table").getByRole("rowheader").first()).not.toHaveText(firstOnPage1!);
    await page.goBack();
    await expect(page.getByText("Page 1 of")).toBeVisible();
    await expect(page.getByRole("table").getByRole("rowheader").first()).toHaveText(firstOnPage1!);
  });

  test("keyboard only: search, filter by access class, clear", async ({ page }) => {
    await page.goto("/models");
    await page.getByLabel("Search models").focus();
    await page.keyboard.type("gpt");
    await expect(page).toHaveURL(/q=gpt/);
    const openGpt = page.getByRole("table").getByRole("rowheader").filter({ hasText: fixtureModel("opengpt-20b").name });
    await expect(openGpt).toHaveCount(1);
    const closed = page.getByRole("complementary", { name: "Filters" }).getByRole("checkbox", { name: /^Closed/ });
    await closed.focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/access=closed/);
    await expect(openGpt).toHaveCount(0);
    await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(fixtureSlugs((m) => isClosed(m) && shownByDefault(m) && /gpt/i.test(m.name)).length);
    await page.getByRole("button", { name: "Clear all" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(/access=/);
  });

  test("an empty result says which filter to relax", async ({ page }) => {
    await page.goto("/models?access=closed&licence=apache-2-0");
    await expect(page.getByText("No models match all of these filters.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Remove “Access: Closed”" })).toBeVisible();
    await expect(page.getByText(/→ \d+ models/).first()).toBeVisible();
  });

  test("a filter chosen before the lazily loaded query schema arrives shows at once, is fetched once checked, and sticks", async ({ page, request }) => {
    const late = await holdLateScripts(page, request);
    const api = apiRequests(page);
    await page.goto("/models", { waitUntil: "domcontentloaded" }); // "load" waits for the held script
    const checkbox = page.getByRole("complementary", { name: "Filters" }).getByRole("checkbox", { name: new RegExp(LLAMA_2.name) });
    // Hydrated: React has attached itself to the server-rendered checkbox.
    await expectHydrated(checkbox);

    await checkbox.check();
    // The reader's first move asks for the schema (and the client's rows), which stay held.
    await expect.poll(() => late.count, { message: "the query schema is loaded at the first interaction" }).toBeGreaterThan(0);
    await expect(page).toHaveURL(/licence=llama-2-community/);
    await expect(checkbox).toBeChecked();
    await expect(page.getByText("Updating…")).toBeVisible();
    expect(api.urls, "nothing unchecked reaches the API").toEqual([]);
    late.release();
    await expect(page.getByText(modelsText(LLAMA_2_MODELS.length), { exact: true })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(checkbox).toBeChecked();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(LLAMA_2_MODELS.length + 1);
  });

  test("a price from 5 to 1 typed before the schema arrives never reaches the API, and “From” says why", async ({ page, request }) => {
    const late = await holdLateScripts(page, request);
    const api = apiRequests(page);
    await page.goto("/models", { waitUntil: "domcontentloaded" });
    const price = page.getByRole("complementary", { name: "Filters" }).getByRole("group", { name: /^Price/ });
    await expectHydrated(price.getByLabel("To"));
    await price.getByLabel("To").fill("1");
    await price.getByLabel("From").fill("5");
    await expect(page).toHaveURL(/minPrice=5/);
    await expect(price.getByLabel("From")).toHaveValue("5");
    late.release();
    await expect(price.getByText("Not applied: must not be greater than maxPrice")).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(api.urls.filter((u) => u.includes("minPrice")), "the refused bound is never sent").toEqual([]);
    // The valid bound is applied: the same count as a link with "To" alone.
    const count = page.locator("#results p[aria-live]");
    await expect(count).not.toContainText("Updating");
    const alone = await page.context().newPage();
    await alone.goto("/models?maxPrice=1");
    await expect(count).toHaveText((await alone.locator("#results p[aria-live]").textContent()) ?? "?");
    await expect(count).not.toHaveText(modelsText(FIXTURE_MODELS.filter(shownByDefault).length));
  });

  test("if the schema cannot be fetched, a filter still applies: the API checks it instead", async ({ page, request, allowConsoleError }) => {
    allowConsoleError(/Failed to load resource: net::ERR_FAILED/); // the aborted chunk, and only it
    const isLate = await lateScripts(request);
    let failed = 0;
    await page.route("**/_next/static/chunks/**/*.js", async (route) => {
      const response = await route.fetch();
      if (isLate(route.request().url()) && (await response.text()).includes("parseModelsQueryLenient")) {
        failed++;
        return route.abort("failed");
      }
      return route.fulfill({ response });
    });
    await page.goto("/models");
    const checkbox = page.getByRole("complementary", { name: "Filters" }).getByRole("checkbox", { name: new RegExp(LLAMA_2.name) });
    await expectHydrated(checkbox);
    await checkbox.check();
    await expect.poll(() => failed, { message: "the schema's chunk was asked for, and failed" }).toBeGreaterThan(0);
    await expect(page.getByText(modelsText(LLAMA_2_MODELS.length), { exact: true })).toBeVisible();
    await expect(page.getByText("Updating…")).toHaveCount(0);
  });

  test("has no serious accessibility violations @mobile", async ({ page }) => {
    // Axe walks the table and the cards (one of them hidden by CSS): slow on a loaded box.
    test.setTimeout(120_000);
    await page.goto("/models");
    // A table on wide screens, cards on a phone (tests/e2e/phone.spec.ts checks they agree).
    await expect(page.getByRole("table").or(page.getByRole("list", { name: "Models" }))).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });
});

test.describe("a model page", () => {
  test("shows sourced facts, the licence in plain words, openness and hardware fit", async ({ page }) => {
    await page.goto("/models/llama-2-70b");
    await expect(page).toHaveTitle(/Llama 2 70B — licence, cost and openness/);
    await expect(page.getByRole("heading", { level: 1, name: "Llama 2 70B" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What the licence allows" })).toBeVisible();
    await expect(page.getByText("May I use it commercially?")).toBeVisible();
    await expect(page.getByText(/700 million monthly active users/i).first()).toBeVisible();
    await expect(page.getByRole("table", { name: "Openness by component" }).getByRole("row")).toHaveCount(13);
    await expect(page.getByRole("table", { name: "Memory needed by precision" })).toContainText("140 GB");
    await page.getByRole("button", { name: /^Source: / }).first().click();
    await expect(page.getByRole("link", { name: /^Open the source on / })).toHaveAttribute("href", /^https:\/\//);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  test("an unknown slug gets a useful 404", async ({ page, allowConsoleError }) => {
    allowConsoleError(/status of 404/);
    const response = await page.goto("/models/llama-9-70b");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No model with that name" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse the whole catalogue" })).toBeVisible();
  });
});

/** Polls until React has attached itself to the server-rendered element. */
async function expectHydrated(element: Locator) {
  await expect.poll(() => element.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber")))).toBe(true);
}

/** Whether a script URL is one /models does not load up front (the query schema is one). */
async function lateScripts(request: APIRequestContext) {
  const html = await (await request.get("/models")).text();
  // Script tags and the inline React payload both name chunks ("/_next/static/chunks/…" or "static/chunks/…").
  const firstLoad = new Set([...html.matchAll(/static\/chunks\/[\w\-.~%[\]/]+\.js/g)].map((m) => m[0]));
  return (url: string) => !firstLoad.has(new URL(url).pathname.replace(/^\/_next\//, ""));
}

/** Holds every script the page did not load up front (the query schema is one) until `release()`. */
async function holdLateScripts(page: Page, request: APIRequestContext) {
  const isLate = await lateScripts(request);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const late = { count: 0, release: () => release() };
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    if (isLate(route.request().url())) {
      late.count++;
      await held;
    }
    await route.continue();
  });
  return late;
}

/** The catalogue API requests the page makes from now on (models and facets), as path and query. */
function apiRequests(page: Page) {
  const seen = { urls: [] as string[] };
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith("/api/models") || url.pathname.startsWith("/api/facets")) seen.urls.push(url.pathname + url.search);
  });
  return seen;
}
