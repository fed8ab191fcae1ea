import { test, expect } from "./fixtures";

test("the home page lists the catalogue's models @mobile", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Open or closed");
  const list = page.getByRole("region", { name: "Models, newest first" }).getByRole("listitem");
  expect(await list.count()).toBeGreaterThanOrEqual(60);
  await expect(page.getByRole("link", { name: "Llama 2 70B", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "GPT-4", exact: true })).toBeVisible();
});

test("the JSON API answers over HTTP with the documented shape", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: { provider: "sqlite", reachable: true } });

  const res = await request.get("/api/models?access=closed&pageSize=5");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: Array<{ access: string }>; total: number; pageSize: number };
  expect(body.pageSize).toBe(5);
  expect(body.items.every((m) => m.access === "closed")).toBe(true);

  const bad = await request.get("/api/models?page=-1");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: "invalid_query", issues: [{ param: "page" }] } });
});
