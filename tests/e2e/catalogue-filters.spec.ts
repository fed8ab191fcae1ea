import AxeBuilder from "@axe-core/playwright";
import { FIXTURE_MODELS, fixtureLicence, fixtureModel, shownByDefault } from "../fixtures/fixture-catalogue";
import type { ModelFile } from "@/lib/schemas/catalogue";
import { test, expect } from "./fixtures";

// The server runs on the fixture catalogue: what to expect comes from it.
const modelsText = (n: number) => `${n} model${n === 1 ? "" : "s"}`;
const licenceOf = (m: ModelFile) => fixtureLicence(m.licence.value);
const count = (keep: (m: ModelFile) => boolean) => FIXTURE_MODELS.filter((m) => shownByDefault(m) && keep(m)).length;
const noStrings = (m: ModelFile) => licenceOf(m).commercialUse === "yes" && licenceOf(m).useRestrictions === false;

test.describe("the catalogue's quick answers", () => {
  test("three switches answer “commercial use with no strings attached, and I can run it myself”", async ({ page }) => {
    test.slow(); // a long journey: several navigations on a shared, busy machine
    await page.goto("/models");
    const filters = page.getByRole("complementary", { name: "Filters" });
    const noRestrictions = filters.getByRole("switch", { name: /^No use restrictions/ });
    // The number beside a switch is what turning it on leaves.
    await expect(noRestrictions).toHaveAccessibleName(`No use restrictions (${count((m) => licenceOf(m).useRestrictions === false)})`);
    await noRestrictions.check();
    await expect(page).toHaveURL(/useRestrictions=false/);
    await expect(page.getByRole("button", { name: "Remove filter Use restrictions: none (no forbidden-use list or acceptable-use policy)" })).toBeVisible();
    await expect(page.getByText(modelsText(count((m) => licenceOf(m).useRestrictions === false)), { exact: true })).toBeVisible();
    // A licence nobody has read is not "no restrictions".
    await expect(page.getByRole("link", { name: fixtureModel("mystery-8b").name })).toHaveCount(0);

    const noConditions = filters.getByRole("switch", { name: /^No conditions on commercial use/ });
    await expect(noConditions).toHaveAccessibleName(`No conditions on commercial use (${count(noStrings)})`);
    await noConditions.check();
    await expect(page).toHaveURL(/commercialUse=yes/);
    await expect(page.getByRole("button", { name: "Remove filter Commercial use: Allowed, no conditions" })).toBeVisible();

    const selfHost = filters.getByRole("switch", { name: /^Can self-host/ });
    await selfHost.check();
    await expect(page).toHaveURL(/selfHostable=true/);
    const expected = count((m) => noStrings(m) && m.selfHostable.value === true);
    await expect(page.getByText(modelsText(expected), { exact: true })).toBeVisible();
    await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(expected);

    // Switching one off again takes only its own filter away.
    await noRestrictions.uncheck();
    await expect(page).not.toHaveURL(/useRestrictions/);
    await expect(page).toHaveURL(/commercialUse=yes/);
    // The RAIL-licensed image models allow commercial use without conditions, but forbid some uses.
    await expect(page.getByRole("link", { name: fixtureModel("pixel-diffusion-1").name })).toBeVisible();
  });

  test("facet counts follow the other filters", async ({ page }) => {
    await page.goto("/models");
    const filters = page.getByRole("complementary", { name: "Filters" });
    const image = filters.getByRole("group", { name: "Modality" }).getByRole("checkbox", { name: /^Image \(\d+\)$/ });
    await expect(image).toHaveAccessibleName(`Image (${count((m) => m.modality === "image")})`);
    await filters.getByRole("checkbox", { name: /^Closed/ }).check();
    await expect(page).toHaveURL(/access=closed/);
    const closedImage = count((m) => m.modality === "image" && m.weightsAccess.value === "none");
    await expect(image).toHaveAccessibleName(`Image (${closedImage})`);
    // Access's own counts do not shrink when one of its values is ticked.
    await expect(filters.getByRole("checkbox", { name: /^Open weights/ })).toHaveAccessibleName(`Open weights (${count((m) => m.weightsAccess.value !== "none" && !(licenceOf(m).commercialUse === "yes" && licenceOf(m).useRestrictions === false))})`);
  });

  test("retired models are hidden until asked for", async ({ page }) => {
    await page.goto("/models");
    const filters = page.getByRole("complementary", { name: "Filters" });
    const retired = FIXTURE_MODELS.filter((m) => !shownByDefault(m));
    expect(retired.length).toBeGreaterThan(0);
    await expect(page.getByText(modelsText(FIXTURE_MODELS.length - retired.length), { exact: true })).toBeVisible();
    await filters.getByRole("checkbox", { name: /^Retired/ }).check();
    await expect(page).toHaveURL(/lifecycle=available%2Cdeprecated%2Cunknown%2Cretired|lifecycle=available,deprecated,unknown,retired/);
    await expect(page.getByText(modelsText(FIXTURE_MODELS.length), { exact: true })).toBeVisible();
  });
});

test.describe("bad input is flagged beside its field", () => {
  test("a price from 5 to 1: the URL keeps both and “From” says why it is not applied", async ({ page }) => {
    test.slow(); // a long journey: several navigations and a reload
    await page.goto("/models");
    const filters = page.getByRole("complementary", { name: "Filters" });
    const price = filters.getByRole("group", { name: /^Price/ });
    await price.getByLabel("To").fill("1");
    await expect(page).toHaveURL(/maxPrice=1/);
    await price.getByLabel("From").fill("5");
    await expect(page).toHaveURL(/minPrice=5/);
    const from = price.getByLabel("From");
    await expect(from).toHaveValue("5");
    await expect(from).toHaveAttribute("aria-invalid", "true");
    await expect(from).toHaveAccessibleDescription("Not applied: must not be greater than maxPrice");
    await expect(price.getByText("Not applied: must not be greater than maxPrice")).toBeVisible();
    // Reloading the link keeps the value and the message.
    await page.reload();
    await expect(price.getByLabel("From")).toHaveValue("5");
    await expect(price.getByText("Not applied: must not be greater than maxPrice")).toBeVisible();
    // Another change elsewhere does not drop it.
    await filters.getByRole("checkbox", { name: /^Closed/ }).check();
    await expect(page).toHaveURL(/access=closed/);
    await expect(page).toHaveURL(/minPrice=5/);
    // Fixing it applies it.
    await price.getByLabel("To").fill("10");
    await expect(page).toHaveURL(/maxPrice=10/);
    await expect(price.getByText(/Not applied/)).toHaveCount(0);
    await expect(price.getByLabel("From")).not.toHaveAttribute("aria-invalid");
  });

  for (const date of ["2024-13", "May 2024"]) {
    test(`a release date of “${date}” stays in its field with the API's message`, async ({ page }) => {
      await page.goto(`/models?releasedFrom=${encodeURIComponent(date)}`);
      const released = page.getByRole("complementary", { name: "Filters" }).getByRole("group", { name: "Released" });
      await expect(released.getByLabel("From")).toHaveValue(date);
      await expect(released.getByLabel("From")).toHaveAccessibleDescription("Not applied: must be YYYY, YYYY-MM or YYYY-MM-DD");
      await expect(page).toHaveURL(new RegExp(`releasedFrom=${encodeURIComponent(date).replace(/%20/g, "(%20|\\+)")}`));
    });
  }

  test("counting self-hosting asks for a volume and shows the price it filters on", async ({ page }) => {
    test.slow(); // axe alone can take half a minute under load
    await page.goto("/models?maxPrice=1");
    const filters = page.getByRole("complementary", { name: "Filters" });
    await expect(page.getByText(/^Price: blended API price per 1M tokens/)).toBeVisible();
    await filters.getByRole("checkbox", { name: /^Count self-hosting/ }).check();
    await expect(page).toHaveURL(/priceIncludesSelfHost=true&mTokPerMonth=60/);
    await expect(page.getByText(/^Price: the cheaper of the blended API price and self-hosting at 60M tokens a month/)).toBeVisible();
    const volume = filters.getByLabel(/^At a volume of/);
    await volume.fill("100000");
    await expect(page).toHaveURL(/mTokPerMonth=100000/);
    // Self-hostable models without an API price now have one: their self-hosting estimate.
    await expect(page.getByRole("table").getByText(/^self-host est\. \(\d+× GPU/).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include("aside").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });
});
