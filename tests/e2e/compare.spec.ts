import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { compareCosts } from "@/lib/domain/break-even-scenario";
import type { CostModel } from "@/lib/domain/compare-costs";
import { formatMonthlyUsd, formatTokenCount } from "@/lib/domain/format";
import { COST_BEST_USD_PER_MTOK, COST_WORST_USD_PER_MTOK, logScaleScore } from "@/lib/domain/pros-cons";
import { DEFAULT_CALCULATOR_QUERY, type CalculatorQuery } from "@/lib/schemas/compare-query";
import { gpusFileSchema } from "@/lib/schemas/gpu";
import { FIXTURE_PROVIDERS, fixtureModel } from "../fixtures/fixture-catalogue";
import { test, expect } from "./fixtures";

const CLAUSES = ["Commercial use", "Use restrictions", "Bans training other models on its output", "Attribution required", "Redistribution allowed", "Derivatives allowed"];

const breakEven = (page: Page) => page.getByTestId("break-even");

/** The GPU table the server prices self-hosting with (reviewed data, not the fixture). */
const GPUS = gpusFileSchema.parse(JSON.parse(readFileSync(new URL("../../prisma/catalogue/gpus.json", import.meta.url), "utf8"))).gpus;

/** A fixture model as the cost maths sees it, so expected numbers come from the data and the calculator's own functions. */
function costModel(slug: string): CostModel {
  const m = fixtureModel(slug);
  return {
    slug,
    name: m.name,
    parameters: m.parameters.value,
    activeParameters: m.activeParameters?.value ?? null,
    selfHostable: m.selfHostable.value,
    modality: m.modality,
    architecture: m.architecture,
    prices: m.prices.map((p) => ({ ...p, providerName: FIXTURE_PROVIDERS.find((x) => x.slug === p.provider)?.name ?? p.provider, sourceUrl: "", asOf: "" })),
  };
}

/** What the page must show for these models at this URL's assumptions. */
function expected(slugs: string[], over: Partial<CalculatorQuery>) {
  const r = compareCosts(slugs.map(costModel), GPUS, { ...DEFAULT_CALCULATOR_QUERY, ...over });
  if (!r.scenario.ok) throw new Error(r.scenario.reason);
  return { costs: r.models, scenario: r.scenario.scenario };
}

/** The horizontal overflow of the page, in CSS pixels (0: nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe("the compare page", () => {
  test("Llama 2 70B vs GPT-4: names, licence clauses and the radar render @mobile", async ({ page }) => {
    // The radar loads lazily and axe walks the whole comparison: axe alone took 50–85 s at a load
    // average of 25–35 on 2 cores (other suites running), against a few seconds on an idle machine.
    test.setTimeout(180_000);
    await page.goto("/compare?models=llama-2-70b,gpt-4");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Llama 2 70B vs GPT-4");
    const table = page.getByRole("table", { name: /Llama 2 70B compared with GPT-4/ });
    await expect(table.getByRole("columnheader", { name: /Llama 2 70B/ })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: /GPT-4/ })).toBeVisible();
    for (const clause of CLAUSES) await expect(table.getByRole("rowheader", { name: new RegExp(`^${clause}`) })).toBeVisible();

    // Llama 2's licence has use restrictions, like OpenAI's terms: neither is marked better there;
    // GPT-4's undisclosed size is shown as unknown, with the reason.
    const params = table.getByRole("row", { name: /^Parameters/ });
    await expect(params.getByRole("cell").nth(0)).toContainText("70B");
    await expect(params.getByRole("cell").nth(1)).toContainText("unknown");
    await expect(params.getByRole("cell").nth(1)).toContainText("Undisclosed by OpenAI");
    // Each value keeps its source: the licence row has a source mark per licence.
    const licenceRow = table.getByRole("rowgroup", { name: "Licence terms" }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Licence", exact: true }) });
    await expect(licenceRow.getByRole("button", { name: /^Source/ })).toHaveCount(2);

    const radar = page.getByRole("figure", { name: "Pros and cons, scored from catalogue facts" });
    await radar.scrollIntoViewIfNeeded(); // the chart loads when scrolled near
    await expect(radar.locator(".recharts-radar")).toHaveCount(2);
    await radar.getByText("Show the data as a table").click();
    await expect(radar.getByRole("table").getByRole("rowheader", { name: /Transparency/ })).toBeVisible();
    await page.getByText("How is this scored?").click();
    await expect(page.getByText(/The openness score: twelve components/)).toBeVisible();

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  test("adds a third model with the keyboard, and reorders and removes with buttons", async ({ page }) => {
    await page.goto("/compare?models=llama-2-70b,gpt-4");
    const box = page.getByRole("combobox", { name: "Add a model" });
    await box.focus();
    await page.keyboard.type("mistral 7");
    await expect(page.getByRole("option", { name: /Mistral 7B/ })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/models=llama-2-70b,gpt-4,mistral-7b/);
    await expect(page.getByRole("columnheader", { name: /Mistral 7B/ })).toBeVisible();

    await page.getByRole("button", { name: "Move Mistral 7B earlier" }).click();
    await expect(page).toHaveURL(/models=llama-2-70b,mistral-7b,gpt-4/);
    await page.getByRole("button", { name: "Remove GPT-4" }).click();
    await expect(page).toHaveURL(/models=llama-2-70b,mistral-7b(&|$)/);
    await expect(page.getByRole("columnheader", { name: /GPT-4/ })).toHaveCount(0);
  });

  test("the break-even moves with the monthly tokens, and the URL round-trips the assumptions", async ({ page }) => {
    // Each change is a server render of the whole comparison: slow when six suites share 2 cores.
    test.setTimeout(90_000);
    await page.goto("/compare?models=llama-2-70b,gpt-4");
    const section = page.getByRole("region", { name: "Self-host or pay per token?" });
    const volume = page.getByRole("form", { name: "Your monthly volume" });
    await expect(section.getByLabel("Model to self-host")).toHaveValue("llama-2-70b");
    await expect(section.getByLabel("GPUs per replica")).toHaveAttribute("placeholder", /^3 /);
    const before = await breakEven(page).textContent();
    const apiBefore = await page.getByTestId("api-monthly").textContent();

    // The one volume input, at the top, drives the calculator below.
    await volume.getByLabel("Output tokens / month (millions)").fill("200");
    await expect(breakEven(page)).not.toHaveText(before ?? "");
    await expect(page.getByTestId("api-monthly")).not.toHaveText(apiBefore ?? "");
    await expect(page).toHaveURL(/outM=200/);
    await section.getByLabel("Utilisation (%)").fill("80");
    await expect(page).toHaveURL(/util=80/);
    await expect(breakEven(page)).toHaveText(`${formatTokenCount(expected(["llama-2-70b", "gpt-4"], { outputMTokPerMonth: 200, utilisationPercent: 80 }).scenario.breakEvenTokensPerMonth ?? 0)} tokens / month`);
    const after = await breakEven(page).textContent();

    await page.reload();
    await expect(volume.getByLabel("Output tokens / month (millions)")).toHaveValue("200");
    await expect(section.getByLabel("Utilisation (%)")).toHaveValue("80");
    await expect(breakEven(page)).toHaveText(after ?? "");
    await section.getByRole("figure", { name: "Monthly cost against monthly volume" }).scrollIntoViewIfNeeded();
    await expect(section.locator(".recharts-line")).toHaveCount(2);
  });

  test("nonsensical calculator input gets an inline message, never a crash", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/compare?models=llama-2-70b,gpt-4");
    const input = page.getByLabel("Input tokens / month (millions)");
    const shown = await page.getByTestId("api-monthly").textContent();
    for (const [typed, message] of [
      ["-5", "Monthly input tokens cannot be negative"],
      ["lots", "Monthly input tokens must be a number"],
      ["99999999999", "More than a trillion tokens a month is beyond this calculator"],
    ] as const) {
      await input.fill(typed);
      await expect(page.getByText(message)).toBeVisible();
      await expect(input).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByTestId("api-monthly")).toHaveText(shown ?? "");
    }
    // Zero volume: the API costs nothing, self-hosting still pays for one idle replica.
    await input.fill("0");
    await page.getByLabel("Output tokens / month (millions)").fill("0");
    await expect(page.getByTestId("api-monthly")).toHaveText("$0 / month");
    await expect(page.getByText(/At zero volume paying per token costs nothing/)).toBeVisible();
    await page.getByLabel("GPUs per replica").fill("1");
    await expect(page.getByText(/1 GPU cannot hold 168 GB; using the 3 needed/)).toBeVisible();
  });

  test("bad links: unknown slugs are named, one model invites another, five say the limit", async ({ page }) => {
    await page.goto("/compare?models=llama-2-70b,no-such-model,gpt-4&outM=-3");
    await expect(page.getByRole("status").filter({ hasText: "No model called “no-such-model”" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /Llama 2 70B/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /GPT-4/ })).toBeVisible();
    await expect(page.getByText("Monthly output tokens cannot be negative").first()).toBeVisible();

    await page.goto("/compare?models=gpt-4");
    await expect(page.getByText("Add another model below to compare it with.")).toBeVisible();

    await page.goto("/compare?models=llama-2-70b,gpt-4,mistral-7b,gpt-4o,vendorly-pro");
    await expect(page.getByText(/at most 4 models, so “vendorly-pro” was left out/)).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Add a model" })).toBeDisabled();

    await page.goto("/compare");
    await expect(page.getByRole("link", { name: "Llama 2 70B or GPT-4?" })).toBeVisible();
  });

  test("answers first at the URL's volume: the summary, the table's cost row, the radar and the calculator agree @mobile", async ({ page }) => {
    test.setTimeout(90_000);
    const over = { inputMTokPerMonth: 40, outputMTokPerMonth: 20 };
    const { costs, scenario } = expected(["llama-2-70b", "gpt-4"], over);
    const [llama, gpt4] = costs;
    if (!llama?.cheapest || !gpt4?.cheapest) throw new Error("both fixture models must be costed");
    // The fixture pair at this volume: GPT-4 by API is cheaper than an always-on Llama 2 70B server.
    expect(scenario.cheaper).toBe("api");
    await page.goto("/compare?models=llama-2-70b,gpt-4&inM=40&outM=20");

    const summary = page.getByTestId("summary-cost");
    await expect(summary).toContainText(
      `GPT-4 is cheaper at your volume: ${formatMonthlyUsd(gpt4.cheapest.monthlyUsd)} a month, ${formatMonthlyUsd(llama.cheapest.monthlyUsd - gpt4.cheapest.monthlyUsd)}`,
    );
    await expect(summary).toContainText(`From ${formatTokenCount(scenario.breakEvenTokensPerMonth ?? 0)} tokens a month`);

    // The table's cost row says the same monthly costs and marks the same model cheaper.
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Cheapest way to run it at your volume \(40M in \+ 20M out/ }) });
    await expect(row.getByRole("cell").nth(0)).toContainText(`Self-hosted: ${formatMonthlyUsd(llama.cheapest.monthlyUsd)} a month`);
    await expect(row.getByRole("cell").nth(1)).toContainText(`${formatMonthlyUsd(gpt4.cheapest.monthlyUsd)} a month`);
    await expect(row.getByRole("cell").nth(1)).toContainText("better: cheaper at your volume");

    // The calculator, one click from the summary.
    await summary.getByRole("link", { name: /See the calculation/ }).click();
    await expect(page).toHaveURL(/#break-even$/);
    await expect(page.getByTestId("api-monthly")).toHaveText(`${formatMonthlyUsd(scenario.api.monthlyUsd)} / month`);
    await expect(page.getByTestId("self-host-monthly")).toHaveText(`${formatMonthlyUsd(scenario.selfHost.monthlyUsd)} / month`);
    await expect(breakEven(page)).toHaveText(`${formatTokenCount(scenario.breakEvenTokensPerMonth ?? 0)} tokens / month`);
    expect(scenario.api.monthlyUsd).toBe(gpt4.cheapest.monthlyUsd);
    expect(scenario.selfHost.monthlyUsd).toBe(llama.cheapest.monthlyUsd);

    // The radar's cost axis scores the same per-token prices, so it favours GPT-4 too.
    const radar = page.getByRole("figure", { name: "Pros and cons, scored from catalogue facts" });
    await radar.getByText("Show the data as a table").click();
    const cost = radar.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Cost/ }) }).getByRole("cell");
    const score = (usdPerMTok: number | null) => String(logScaleScore(usdPerMTok ?? NaN, COST_BEST_USD_PER_MTOK, COST_WORST_USD_PER_MTOK));
    await expect(cost.nth(0)).toContainText(new RegExp(`^${score(llama.cheapest.usdPerMTok)}\\b`));
    await expect(cost.nth(1)).toContainText(new RegExp(`^${score(gpt4.cheapest.usdPerMTok)}\\b`));
    expect(Number(score(gpt4.cheapest.usdPerMTok))).toBeGreaterThan(Number(score(llama.cheapest.usdPerMTok)));
  });

  test("the calculator can pay a host of the open model: a third option beside self-hosting and a closed API", async ({ page }) => {
    await page.goto("/compare?models=llama-2-70b,gpt-4,mistral-7b&inM=50&outM=10");
    const section = page.getByRole("region", { name: "Self-host or pay per token?" });
    await section.getByLabel("Model to self-host").selectOption("mistral-7b");
    await expect(page).toHaveURL(/host=mistral-7b/);
    await section.getByLabel("Price to pay per token (API or host)").selectOption({ label: "Mistral 7B via Hostco (a host of the model you would self-host)" });
    await expect(page).toHaveURL(/api=mistral-7b&apiProvider=hostco/);

    const { scenario } = expected(["llama-2-70b", "gpt-4", "mistral-7b"], { selfHostSlug: "mistral-7b", apiSlug: "mistral-7b", apiProvider: "hostco" });
    expect(scenario.api.listing.provider).toBe("hostco");
    await expect(section.getByRole("heading", { name: "Mistral 7B via Hostco" })).toBeVisible();
    await expect(page.getByTestId("api-monthly")).toHaveText(`${formatMonthlyUsd(scenario.api.monthlyUsd)} / month`);
    await expect(page.getByTestId("self-host-monthly")).toHaveText(`${formatMonthlyUsd(scenario.selfHost.monthlyUsd)} / month`);

    // A precision below 16-bit is cheaper, and says what it costs in quality.
    await section.getByLabel("Weight precision").selectOption("4");
    await expect(page).toHaveURL(/bits=4/);
    await expect(section.getByText(/4-bit weights\. Quantised weights need less memory/)).toBeVisible();
  });

  test("no sideways scrolling at 375 px, with two models side by side or four stacked @mobile", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const models of ["llama-2-70b,gpt-4", "llama-2-70b,gpt-4,mistral-7b,gpt-4o"]) {
      await page.goto(`/compare?models=${models}`);
      await expect(page.getByRole("table", { name: /compared with/ })).toBeVisible();
      // Scroll to the end so the lazily loaded charts are in the page too.
      await page.getByRole("figure", { name: "Monthly cost against monthly volume" }).scrollIntoViewIfNeeded();
      await expect(page.locator(".recharts-line")).toHaveCount(2);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    }
    // The model names stay in view while the rows scroll under them.
    await page.locator("#group-cost").scrollIntoViewIfNeeded();
    await expect(page.getByRole("columnheader", { name: /GPT-4o/ })).toBeInViewport();

    // Every control is at least 44 × 44 px. Exempt, as in WCAG 2.2: text links inside sentences, and the
    // 24 px source marks beside each value (a 44 px mark per fact would double the table's height); axe's
    // target-size rule below still holds them to 24 px with spacing.
    const small = await page.locator("main").evaluate((main) =>
      [...main.querySelectorAll<HTMLElement>("button, select, input:not([type=hidden]), summary, th a, [href^='#']")]
        .filter((el) => el.offsetParent !== null && !el.classList.contains("source-mark-button"))
        .map((el) => ({ what: el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? el.tagName, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ what, box }) => `${what}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    const targets = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
    expect(targets.violations).toEqual([]);
  });
});
