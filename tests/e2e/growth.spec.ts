import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { loginAs, signInAs } from "./support/auth";
import { personIdByEmail } from "./support/db";

// The VPE promotes a manager, assesses and shares; the manager sees it in My growth only once
// shared. (Framework editing and publishing: tests/e2e/frameworks.spec.ts.)
test("a VPE promotes and assesses a manager, who sees the assessment only once it is shared @server", async ({ page, browser, baseURL }) => {
  const owen = await personIdByEmail("owen.clarke@pillars.demo");
  const managerContext = await browser.newContext({ baseURL });
  const manager = await managerContext.newPage();
  await signInAs(manager.request, "owen.clarke@pillars.demo");
  await manager.goto("/me");
  await expect(manager.getByRole("heading", { name: /M1 · Engineering Manager/ })).toBeVisible();
  await expect(manager.getByText("Assessment by Priya Raman")).toHaveCount(0);

  await loginAs(page, "VPE");
  await page.goto(`/people/${owen}`);
  await page.getByText("Record a promotion or calibration").click();
  await page.getByLabel("New level").selectOption({ label: "M2 · Senior Engineering Manager (Management)" });
  await page.getByRole("button", { name: "Record level" }).click();
  await expect(page.getByText("Level recorded.")).toBeVisible();
  await page.reload();
  await expect(page.getByText(/M2 · Senior Engineering Manager/).first()).toBeVisible();

  await page.getByRole("button", { name: "Start an assessment" }).click();
  await expect(page).toHaveURL(/\/assessments\/\d+$/);
  const groups = page.getByRole("radiogroup");
  const count = await groups.count();
  expect(count).toBeGreaterThan(5);
  for (let index = 0; index < count; index++) await groups.nth(index).getByLabel(index === 0 ? "4" : "3 (meets)").check();
  await page.getByLabel("Promotion readiness").selectOption("NOT_YET");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText("Submitted.")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Submitted but not shared: still nothing for Owen.
  await manager.goto("/me");
  await expect(manager.getByText("Assessment by Priya Raman")).toHaveCount(0);

  await page.getByRole("button", { name: "Share with them" }).click();
  // Once shared the page turns read-only: the form (and its message) give way to the ratings.
  await expect(page.getByText(/· shared/)).toBeVisible();

  await manager.goto("/me");
  await expect(manager.getByRole("heading", { name: /M2 · Senior Engineering Manager/ })).toBeVisible();
  await manager.getByRole("link", { name: /Assessment by Priya Raman/ }).click();
  await expect(manager.getByRole("heading", { name: /Assessment by Priya Raman/ })).toBeVisible();
  await expect(manager.getByText("Mean rating by pillar (3 = meets the level)", { exact: true })).toBeVisible();
  await expect(manager.getByRole("button", { name: "Submit" })).toHaveCount(0);
  expect((await new AxeBuilder({ page: manager }).analyze()).violations).toEqual([]);
  await managerContext.close();
});
