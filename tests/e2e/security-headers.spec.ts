// Security headers on every kind of response, and the app still working in
// Chromium with the strict CSP on (no violations, hydration and client-side
// navigation intact).
import { test as withoutConsoleCheck, type APIResponse, type Page } from "@playwright/test";
import { test, expect } from "./fixtures";

/** The script-src directive of a CSP header. */
const scriptSrc = (csp: string | undefined) => csp?.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";

function expectBaseHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(scriptSrc(h["content-security-policy"]), what).not.toContain("unsafe-inline");
  expect(h["strict-transport-security"], `${what} over plain http`).toBeUndefined();
}

test("pages, API answers, errors and static files all carry the security headers", async ({ request }) => {
  const page = await request.get("/");
  expectBaseHeaders(page, "page");
  const pageCsp = page.headers()["content-security-policy"];
  expect(scriptSrc(pageCsp)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/);
  expect(scriptSrc(pageCsp)).not.toContain("unsafe-inline");

  // Every script Next renders carries this response's nonce, and the nonce is fresh per request.
  const html = await page.text();
  const nonce = /'nonce-([^']+)'/.exec(pageCsp ?? "")?.[1];
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const again = await request.get("/");
  expect(again.headers()["content-security-policy"]).not.toBe(pageCsp);

  const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(chunk).toBeTruthy();
  for (const [what, path] of [
    ["API list", "/api/models?pageSize=1"],
    ["API 400", "/api/models?page=-1"],
    ["health", "/api/health"],
    ["404 page", "/no-such-page"],
    ["static chunk", chunk ?? ""],
    ["icon", "/icon.svg"],
  ] as const) {
    const response = await request.get(path);
    expectBaseHeaders(response, what);
  }
  expect((await request.get("/api/models?pageSize=1")).headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("HSTS and upgrade-insecure-requests are sent when served over HTTPS", async ({ request }) => {
  for (const path of ["/", "/api/health"]) {
    const response = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"], path).toMatch(/max-age=\d{8,}/);
  }
  const page = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(page.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("request limits: oversized queries and bodies, and writes to the API, are refused with JSON", async ({ request }) => {
  const long = await request.get(`/api/models?q=${"a".repeat(5000)}`);
  expect(long.status()).toBe(400);
  expect(await long.json()).toMatchObject({ error: { code: "invalid_query" } });
  expectBaseHeaders(long, "limit response");

  const post = await request.post("/api/models", { data: { x: 1 } });
  expect(post.status()).toBe(405);
  expect(post.headers()["allow"]).toBe("GET, HEAD");
  expect(await post.json()).toMatchObject({ error: { code: "method_not_allowed" } });

  const big = await request.post("/", { data: "x".repeat(20_000) });
  expect(big.status()).toBe(413);
});

async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test("the app hydrates and navigates client-side with the CSP on, with no violations @mobile", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto("/");
  // A marker on window survives only a client-side (JavaScript) navigation.
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await page.getByRole("main").getByRole("link", { name: /Browse the catalogue/ }).first().click();
  await expect(page).toHaveURL(/\/models$/);
  await expect(page.getByRole("table").or(page.getByRole("list", { name: "Models" }))).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  expect(await violations()).toEqual([]);
});

test("every page runs under the CSP without a single violation", async ({ page }) => {
  const violations = await recordCspViolations(page);
  for (const path of ["/", "/models", "/models?access=closed&sort=-releaseDate", "/models/llama-2-70b", "/compare?models=llama-2-70b,gpt-4", "/insights"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
});

// Not the console-checking fixture: the CSP's refusal is itself a console error here.
withoutConsoleCheck("an injected inline handler is blocked by the CSP", async ({ page }) => {
  const violations = await recordCspViolations(page);
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && m.text().includes("Content Security Policy")) blocked.push(m.text());
  });
  await page.goto("/");
  // What a stored-XSS payload would do if it reached the DOM as markup.
  await page.evaluate(() => {
    const host = document.createElement("div");
    host.innerHTML = `<img src="x" onerror="window.__pwned = 1">`;
    document.body.append(host);
  });
  await expect.poll(violations).not.toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(blocked.length).toBeGreaterThan(0);
});
