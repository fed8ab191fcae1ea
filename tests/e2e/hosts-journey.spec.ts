// One journey through what people filter on today (hosts, capabilities, price history):
// from the catalogue's filters to a model's hosts and price history, then to a
// compare page whose calculator pays one of those hosts instead of self-hosting.
import AxeBuilder from "@axe-core/playwright";
import { FIXTURE_MODELS, fixtureModel, isClosed, shownByDefault } from "../fixtures/fixture-catalogue";
import { test, expect } from "./fixtures";

const providersOf = (slug: string) => new Set(fixtureModel(slug).prices.map((p) => p.provider));
// What the filters below should leave: open models known to call tools, served by three or more providers.
const EXPECTED = FIXTURE_MODELS.filter((m) => !isClosed(m) && shownByDefault(m) && m.toolCalling?.value === true && providersOf(m.slug).size >= 3);

test("tool-calling open models on three or more hosts → hosts and price history → compare, paying a host", async ({ page }) => {
  test.setTimeout(120_000);
  expect(EXPECTED.length).toBeGreaterThan(0);
  const model = EXPECTED[0]!;
  const hosts = [...providersOf(model.slug)];

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/models");
  const filters = page.getByRole("complementary", { name: "Filters" });
  await filters.getByRole("checkbox", { name: /^Tool calling/ }).check();
  await expect(page).toHaveURL(/capabilities=tool-calling/);
  await filters.getByRole("checkbox", { name: /^Open source/ }).check();
  await filters.getByRole("checkbox", { name: /^Open weights/ }).check();
  await expect(page).toHaveURL(/access=open-source%2Copen-weights|access=open-source,open-weights/);
  await filters.getByLabel("Served by at least (providers)").fill("3");
  await expect(page).toHaveURL(/minHosts=3/);
  const rows = page.getByRole("table").getByRole("rowheader");
  await expect(rows).toHaveCount(EXPECTED.length);
  await expect(rows.first()).toHaveText(model.name);

  // Its page: who serves it and at what price, and the price history with its table.
  await rows.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(model.name);
  const hostsTable = page.getByRole("table", { name: new RegExp(`Providers serving ${model.name} now`) });
  await expect(hostsTable.getByRole("rowheader")).toHaveCount(hosts.length);
  const history = page.getByRole("figure", { name: "Price history" });
  await history.scrollIntoViewIfNeeded();
  await expect(history.locator(".recharts-line-curve").first()).toBeVisible();
  await history.getByText("Show the price history as a table").click();
  await expect(history.getByRole("table").getByRole("row")).toHaveCount(model.prices.length + 1);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // Compare it with a closed model, and let the calculator pay one of its hosts.
  const closed = FIXTURE_MODELS.find((m) => isClosed(m) && shownByDefault(m) && m.prices.length > 0)!;
  await page.goto(`/compare?models=${model.slug},${closed.slug}&inM=50&outM=10`);
  const calculator = page.getByRole("region", { name: "Self-host or pay per token?" });
  await calculator.getByLabel("Model to self-host").selectOption(model.slug);
  const pick = calculator.getByLabel("Price to pay per token (API or host)");
  const hostOptions = pick.locator("option", { hasText: new RegExp(`^${model.name} via .*a host of the model you would self-host`) });
  await expect(hostOptions).toHaveCount(hosts.length);
  const label = (await hostOptions.last().textContent())!;
  await pick.selectOption({ label });
  await expect(page).toHaveURL(new RegExp(`api=${model.slug}&apiProvider=`));
  await expect(calculator.getByRole("heading", { name: label.replace(/ \(a host.*$/, "") })).toBeVisible();
  const compareAxe = await new AxeBuilder({ page }).analyze();
  expect(compareAxe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});
