import { expect, type Page } from "@playwright/test";

// Generating a report through the reports page, as its users do, for tests that need a finished
// one. The worker started beside the app by scripts/test.ts generates it.

/** Asks for a report (the page's default quarter; optionally a subtree) and waits until it is ready. Returns its id. */
export async function generateReport(page: Page, options: { scopeLabel?: string } = {}): Promise<number> {
  await page.goto("/reports");
  if (options.scopeLabel) await page.getByLabel("Scope").selectOption({ label: options.scopeLabel });
  await page.getByRole("button", { name: "Generate report" }).click();
  const follow = page.getByRole("link", { name: "Follow this report" });
  await expect(follow).toBeVisible();
  const id = Number((await follow.getAttribute("href"))?.split("/").at(-1));
  const row = page.getByRole("listitem").filter({ has: page.locator(`a[href="/reports/${id}"]`) });
  await expect(row.getByText("Ready", { exact: true })).toBeVisible({ timeout: 90_000 });
  return id;
}
