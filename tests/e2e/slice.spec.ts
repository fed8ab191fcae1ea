import { FIXTURE_MODELS, shownByDefault } from "../fixtures/fixture-catalogue";
import { expectEvery } from "../helpers/expect-every";
import { test, expect } from "./fixtures";

test("the home page counts the catalogue and leads to it @mobile", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Open or closed");
  const counts = page.getByRole("list", { name: "Models by access class" }).getByRole("listitem");
  await expect(counts).toHaveCount(3);
  const total = Number((await page.getByText(/^\d+ models, from BERT/).textContent())?.match(/^\d+/)?.[0]);
  expect(total).toBe(FIXTURE_MODELS.length);
  await page.getByRole("link", { name: /Browse the catalogue/ }).click();
  await expect(page).toHaveURL(/\/models$/);
  // The catalogue hides retired models unless asked for.
  await expect(page.getByText(`${FIXTURE_MODELS.filter(shownByDefault).length} models`, { exact: true })).toBeVisible();
});

test("the JSON API answers over HTTP with the documented shape", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: { provider: "sqlite", reachable: true } });

  const res = await request.get("/api/models?access=closed&pageSize=5");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: Array<{ access: string }>; total: number; pageSize: number };
  expect(body.pageSize).toBe(5);
  expectEvery(body.items, (m) => m.access === "closed", "closed models");

  const bad = await request.get("/api/models?page=-1");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: "invalid_query", issues: [{ param: "page" }] } });
});
