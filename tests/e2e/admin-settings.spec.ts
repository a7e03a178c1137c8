import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { loginAs } from "./support/auth";
import { withDb } from "./support/db";

test("an admin changes the organisation settings; bad values are refused per field and nothing is written @server", async ({ page }) => {
  await loginAs(page, "ADMIN");
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const grace = () => withDb(async (client) => (await client.query<{ g: number }>(`SELECT "checkInGraceDays" AS g FROM "Organization"`)).rows[0]!.g);
  const before = await grace();

  await page.getByLabel("Grace period (days)").fill("30");
  await page.getByLabel("Missed check-ins in a row").fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("At most 14 days")).toBeVisible();
  await expect(page.getByText("At least 1", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Grace period (days)")).toHaveValue("30"); // what was typed stays
  expect(await grace()).toBe(before);

  await page.getByLabel("Grace period (days)").fill("3");
  await page.getByLabel("Missed check-ins in a row").fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(await grace()).toBe(3);
});
