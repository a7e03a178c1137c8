import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_USERS, loginAs, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// The data behind the quality and skills pillars, and departures: a manager imports her team's
// flow metrics (a dry run lists the bad row by line, then the import writes every row); a manager
// records an experiment the VPE then sees; HR records a departure and the attrition table counts it.

const monthsAgo = (n: number) => {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - n);
  return date.toISOString().slice(0, 7);
};

test("a manager checks and imports her team's flow metrics from CSV @server", async ({ page }) => {
  await loginAs(page, "MANAGER");
  await page.goto("/quality/import");
  const bad = ["team,month,deployments,deploy_days,lead_time_hours,failed_deployments,time_to_restore_hours,incidents",
    `Infrastructure,${monthsAgo(14)},30,12,20,1,2,0`,
    `Infrastructure,${monthsAgo(13)},30,40,20,1,2,0`].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "metrics.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Check file" }).click();
  const problems = page.getByRole("region", { name: "Problems by line" });
  await expect(problems).toContainText("3");
  await expect(problems).toContainText("deploy_days");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  const good = bad.replace(`${monthsAgo(13)},30,40,`, `${monthsAgo(13)},30,14,`);
  await page.getByLabel("CSV file").setInputFiles({ name: "metrics.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText(/Imported 2 rows/)).toBeVisible();
  const stored = await withDb(async (client) => (await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "TeamMonthlyMetric" m JOIN "Team" t ON t.id = m."teamId"
     WHERE t.name = 'Infrastructure' AND m.source = 'CSV' AND to_char(m.month, 'YYYY-MM') IN ($1, $2)`, [monthsAgo(14), monthsAgo(13)])).rows[0]!.n);
  expect(stored).toBe(2);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("a manager records an experiment for her team, and the VPE sees it @server", async ({ page, browser, baseURL }) => {
  const title = `AI pair-programming pilot ${Date.now()}`;
  await loginAs(page, "MANAGER");
  await page.goto("/skills");
  await page.getByText("New learning item or experiment").click();
  await page.getByRole("group", { name: "About" }).getByLabel("A team").check();
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Infrastructure (owned by Lucía Fernández)" });
  await page.getByRole("group", { name: "Kind" }).getByLabel("Experiment").check();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("button", { name: "Record item" }).click();
  await expect(page).toHaveURL(/\/skills\/\d+$/);

  const context = await browser.newContext({ baseURL });
  const vpe = await context.newPage();
  await signInAs(vpe.request, DEMO_USERS.VPE);
  await vpe.goto("/skills?kind=EXPERIMENT");
  await expect(vpe.getByRole("link", { name: title })).toBeVisible();
  expect((await new AxeBuilder({ page: vpe }).analyze()).violations).toEqual([]);
  await context.close();
});

test("HR records a departure, and the person leaves headcount after their last day @server", async ({ page }) => {
  const person = await withDb(async (client) => (await client.query<{ id: number; name: string }>(
    `SELECT p.id, p.name FROM "Person" p WHERE p."endDate" IS NULL AND p."managerId" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "Person" r WHERE r."managerId" = p.id) AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."personId" = p.id)
     ORDER BY p.id DESC LIMIT 1`)).rows[0]!);
  await loginAs(page, "HR_PARTNER");
  await page.goto(`/people/${person.id}`);
  const form = page.getByRole("form", { name: `Record ${person.name}'s departure` });
  await form.getByLabel("Last day in headcount").fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await form.getByLabel("Voluntary").check();
  await form.getByLabel(/Reason/).fill("Moved to another company");
  await form.getByRole("button", { name: "Record departure" }).click();
  // The page refreshes: their last day shows, and there is nothing left to record.
  await expect(page.getByText("Left", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Record a departure" })).toHaveCount(0);
  await page.goto("/departures");
  await expect(page.getByRole("link", { name: person.name })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
