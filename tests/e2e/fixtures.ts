// Every e2e test fails on an unexpected console error or page error;
// a test that expects one (a 404 page) declares it with allowConsoleError.
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ allowConsoleError: (pattern: RegExp) => void }>({
  allowConsoleError: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      await use((pattern) => allowed.push(pattern));
      expect(errors.filter((e) => !allowed.some((p) => p.test(e))), "console errors").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
