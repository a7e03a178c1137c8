import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// The app starts on the demo organisation (scripts/test.ts loads it) and its shell renders.

test("the overview shows the demo organisation in the shell, without accessibility violations", async ({ page }) => {
  await page.goto("/");
  const banner = page.getByRole("banner");
  await expect(banner.getByText("Pillars", { exact: true })).toBeVisible();
  await expect(banner.getByText("Lumen Labs")).toBeVisible();
  await expect(page.getByRole("note")).toHaveText("Demo data on an embedded database — not for production.");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grow and keep your engineering managers");
  await expect(page.getByText(/^FY\d{4} Q[1-4]$/)).toBeVisible();
  for (const pillar of ["Enterprise-level quality", "People engagement", "Retention and development", "Skills and capabilities"]) {
    await expect(page.getByRole("heading", { name: pillar })).toBeVisible();
  }
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test("the skip link moves keyboard focus to the main content @keyboard", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("health reports the app and the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", app: { name: "pillars" }, database: { status: "ok" } });
});

test("an unknown page answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the overview" }).click();
  await expect(page).toHaveURL("/");
});
