import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const CLAUSES = ["Commercial use", "Use restrictions", "Bans training other models on its output", "Attribution required", "Redistribution allowed", "Derivatives allowed"];

const breakEven = (page: Page) => page.getByTestId("break-even");

test.describe("the compare page", () => {
  test("Llama 2 70B vs GPT-4: names, licence clauses and the radar render @mobile", async ({ page }) => {
    // The radar loads lazily and axe walks the whole comparison: over 60 s with six suites on 2 cores.
    test.setTimeout(90_000);
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
    const licenceRow = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Licence", exact: true }) });
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
    await page.goto("/compare?models=llama-2-70b,gpt-4");
    const section = page.getByRole("region", { name: "Self-host or pay for an API?" });
    await expect(section.getByLabel("Model to self-host")).toHaveValue("llama-2-70b");
    await expect(section.getByLabel("GPUs per replica")).toHaveAttribute("placeholder", /^3 /);
    const before = await breakEven(page).textContent();
    const apiBefore = await page.getByTestId("api-monthly").textContent();

    await section.getByLabel("Monthly output tokens (millions)").fill("200");
    await expect(breakEven(page)).not.toHaveText(before ?? "");
    await expect(page.getByTestId("api-monthly")).not.toHaveText(apiBefore ?? "");
    await expect(page).toHaveURL(/outM=200/);
    await section.getByLabel("Utilisation (%)").fill("80");
    await expect(page).toHaveURL(/util=80/);
    const after = await breakEven(page).textContent();

    await page.reload();
    await expect(section.getByLabel("Monthly output tokens (millions)")).toHaveValue("200");
    await expect(section.getByLabel("Utilisation (%)")).toHaveValue("80");
    await expect(breakEven(page)).toHaveText(after ?? "");
    await section.getByRole("figure", { name: "Monthly cost against monthly volume" }).scrollIntoViewIfNeeded();
    await expect(section.locator(".recharts-line")).toHaveCount(2);
  });

  test("nonsensical calculator input gets an inline message, never a crash", async ({ page }) => {
    await page.goto("/compare?models=llama-2-70b,gpt-4");
    const input = page.getByLabel("Monthly input tokens (millions)");
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
    await page.getByLabel("Monthly output tokens (millions)").fill("0");
    await expect(page.getByTestId("api-monthly")).toHaveText("$0 / month");
    await expect(page.getByText(/At zero volume the API costs nothing/)).toBeVisible();
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
});
