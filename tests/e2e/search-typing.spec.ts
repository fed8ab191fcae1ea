import { test, expect } from "./fixtures";

// The search box commits to the URL after a pause in typing. When the page is
// slow to re-render (a busy phone, a long table), a letter typed between that
// commit and the re-render must not be overwritten by the committed text.
test("the search box keeps every letter typed while the page is slow", async ({ page }) => {
  test.slow(); // the page runs on a throttled CPU
  await page.goto("/models");
  const box = page.getByRole("searchbox", { name: "Search models" });
  await expect(box).toBeEditable();
  const cdp = await page.context().newCDPSession(page);
  // A slow device: every re-render after a commit takes long enough for the next letter to arrive first.
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 12 });
  await box.click();
  // Just past the 300 ms pause after each letter: every letter commits, each racing the next.
  await box.pressSequentially("opengpt 20b", { delay: 310 });
  await expect(box).toHaveValue("opengpt 20b");
  await expect(page).toHaveURL(/[?&]q=opengpt(\+|%20)20b(&|$)/, { timeout: 30_000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await expect(box).toHaveValue("opengpt 20b");
  await expect(page.getByRole("link", { name: "OpenGPT 20B" })).toBeVisible();
});
