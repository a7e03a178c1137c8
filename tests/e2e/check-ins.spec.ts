import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_USERS, loginAs, signInAs } from "./support/auth";
import { personIdByEmail, submittedCheckInBy, withDb } from "./support/db";

// Check-ins in the browser: a manager completes one with the keyboard alone; a draft survives a
// reload and another device; a double or retried submit makes one check-in; the person reads it
// (without the private note) in My growth; another manager cannot open it.

const LUCIA = "lucia.fernandez@pillars.demo";

/** The demo MANAGER's current reports, by name. */
async function reportsOf(managerEmail: string): Promise<Array<{ id: number; name: string }>> {
  return withDb(async (client) => (await client.query<{ id: number; name: string }>(
    `SELECT p.id, p.name FROM "Person" p JOIN "Person" m ON m.id = p."managerId" WHERE m.email = $1 AND p."endDate" IS NULL ORDER BY p.id`,
    [managerEmail],
  )).rows);
}

const checkInRow = (id: number) => withDb(async (client) => (await client.query<{ status: string; version: number; trust: number | null; wins: string | null }>(
  `SELECT status, version, trust, wins FROM "CheckIn" WHERE id = $1`, [id])).rows[0]);

/** Presses Tab until the target has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

/** Chooses a value in a radio group with the arrow keys once the group has the focus. */
async function arrowTo(page: Page, group: Locator, value: string): Promise<void> {
  await tabTo(page, group);
  await page.keyboard.press("Space");
  for (let i = 0; i < 6; i++) {
    if (await group.locator(`input[value="${value}"]`).isChecked()) return;
    await page.keyboard.press("ArrowRight");
  }
  throw new Error(`could not choose ${value}`);
}

async function openCheckIn(page: Page, name: string): Promise<number> {
  await page.goto("/check-ins");
  const start = page.getByRole("button", { name: `Start check-in with ${name}` }).or(page.getByRole("link", { name: `Continue draft for ${name}` }));
  await start.first().click();
  await expect(page).toHaveURL(/\/check-ins\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

async function answerEverything(page: Page): Promise<void> {
  const groups = page.locator("fieldset[id^=ci-q-]");
  for (let i = 0; i < (await groups.count()); i++) {
    const group = groups.nth(i);
    await group.locator("label").nth(await group.locator("input[value=true]").count() > 0 ? 0 : 3).click();
  }
}

test.describe("check-ins", () => {
  test("a manager completes a check-in with the keyboard alone @keyboard", async ({ page }) => {
    const [report] = await reportsOf(LUCIA);
    await loginAs(page, "MANAGER");
    await page.goto("/");
    await expect(page).toHaveURL(/\/check-ins$/);
    await expect(page.getByRole("heading", { name: "Check-ins", level: 1 })).toBeVisible();

    const start = page.getByRole("button", { name: `Start check-in with ${report!.name}` }).or(page.getByRole("link", { name: `Continue draft for ${report!.name}` }));
    await tabTo(page, start.first());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/check-ins\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split("/").pop());
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    const groups = page.locator("fieldset[id^=ci-q-]");
    for (let i = 0; i < (await groups.count()); i++) {
      const group = groups.nth(i);
      await arrowTo(page, group, (await group.locator("input[value=true]").count()) > 0 ? "true" : "4");
    }
    await tabTo(page, page.getByLabel("Wins since the last check-in"));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Keyboard-only check-in");
    await tabTo(page, page.getByLabel(/least comfortable with/));
    await page.keyboard.press("ArrowDown");
    await tabTo(page, page.getByLabel("One step they will take this month"));
    await page.keyboard.type("Shadow the budget review");
    await tabTo(page, page.getByLabel("New action item"));
    await page.keyboard.type("Pair on the on-call runbook");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "Raised in this check-in" }).getByRole("listitem").filter({ hasText: "Pair on the on-call runbook" })).toBeVisible();
    await tabTo(page, page.getByRole("button", { name: "Submit check-in" }));
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(new RegExp(`/check-ins/${id}\\?saved=1$`));
    await expect(page.getByText(/Saved\. .* can now read it in My growth/)).toBeVisible();
    expect(await checkInRow(id)).toMatchObject({ status: "SUBMITTED", trust: 4, wins: "Keyboard-only check-in" });
  });

  test("a draft comes back after a reload and on another device", async ({ page, browser, baseURL }) => {
    const reports = await reportsOf(LUCIA);
    await loginAs(page, "MANAGER");
    const id = await openCheckIn(page, reports[1]!.name);
    const wins = `Draft ${Date.now()}`;
    await page.getByLabel("Wins since the last check-in").fill(wins);
    await expect(page.getByText(/Draft saved at/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Wins since the last check-in")).toHaveValue(wins);

    const other = await browser.newContext({ baseURL });
    const device = await other.newPage();
    await signInAs(device.request, DEMO_USERS.MANAGER);
    await device.goto(`/check-ins/${id}`);
    await expect(device.getByLabel("Wins since the last check-in")).toHaveValue(wins);
    await other.close();
  });

  test("a double click and a retry after a lost response make one check-in @server", async ({ page }) => {
    const reports = await reportsOf(LUCIA);
    await loginAs(page, "MANAGER");
    const id = await openCheckIn(page, reports[2]!.name);
    await answerEverything(page);
    const before = await withDb(async (client) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "CheckIn" WHERE "subjectId" = $1`, [reports[2]!.id])).rows[0]!.n);

    // The first submission reaches the server, but its answer never reaches the browser.
    let dropped = false;
    await page.route(`**/check-ins/${id}`, async (route) => {
      const request = route.request();
      if (!dropped && request.method() === "POST" && (request.postData() ?? "").includes('"submit"')) {
        dropped = true;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
    await page.getByRole("button", { name: "Submit check-in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Could not reach the server" })).toBeVisible();
    await page.getByRole("button", { name: "Submit check-in" }).dblclick();
    await expect(page).toHaveURL(new RegExp(`/check-ins/${id}\\?saved=1$`));

    expect(dropped).toBe(true);
    expect((await checkInRow(id))!.status).toBe("SUBMITTED");
    const after = await withDb(async (client) => (await client.query<{ n: number; submits: number }>(
      `SELECT (SELECT count(*)::int FROM "CheckIn" WHERE "subjectId" = $1) AS n,
              (SELECT count(*)::int FROM "AuditEvent" WHERE action = 'checkin.submit' AND "entityId" = $2) AS submits`,
      [reports[2]!.id, String(id)])).rows[0]!);
    expect(after).toEqual({ n: before, submits: 1 });
  });

  test("the person reads a submitted check-in in My growth without the private note, and ticks off their item @server", async ({ page, browser, baseURL }) => {
    const lucia = await personIdByEmail(LUCIA);
    await loginAs(page, "DIRECTOR");
    await page.goto(`/people/${lucia}`);
    await page.getByRole("button", { name: "Start check-in with Lucía Fernández" }).or(page.getByRole("link", { name: "Continue draft for Lucía Fernández" })).click();
    await expect(page).toHaveURL(/\/check-ins\/\d+$/);
    await answerEverything(page);
    const secret = `PRIVATE-${Date.now()}`;
    const shared = `Visible win ${Date.now()}`;
    await page.getByLabel("Wins since the last check-in").fill(shared);
    await page.getByLabel("Only you can read this note").fill(secret);
    await page.getByLabel("New action item").fill("Draft the hiring plan");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("region", { name: "Raised in this check-in" }).getByRole("listitem").filter({ hasText: "Draft the hiring plan" })).toBeVisible();
    await page.getByRole("button", { name: "Submit check-in" }).click();
    await expect(page).toHaveURL(/saved=1$/);

    const context = await browser.newContext({ baseURL });
    const subject = await context.newPage();
    await signInAs(subject.request, DEMO_USERS.MANAGER);
    await subject.goto("/me");
    await expect(subject.getByRole("heading", { name: "My check-ins" })).toBeVisible();
    await expect(subject.getByText(shared)).toBeVisible();
    await expect(subject.getByText(secret)).toHaveCount(0);
    const item = subject.getByRole("checkbox", { name: /Draft the hiring plan/ }).first();
    await item.check();
    await expect(item).toBeChecked();
    await subject.reload();
    await expect(subject.getByRole("checkbox", { name: /Draft the hiring plan/ }).first()).toBeChecked();
    expect((await new AxeBuilder({ page: subject }).analyze()).violations).toEqual([]);
    await context.close();
  });

  test("manager A cannot open manager B's report's check-in @server", async ({ page }) => {
    const { checkIn, subject } = await submittedCheckInBy(LUCIA);
    await signInAs(page.request, "owen.clarke@pillars.demo");
    expect((await page.goto(`/check-ins/${checkIn}`))?.status()).toBe(404);
    expect((await page.request.get(`/api/check-ins/${checkIn}/action-items`)).status()).toBe(404);
    expect((await page.request.get(`/api/people/${subject}/check-ins`)).status()).toBe(404);
    const due = await (await page.request.get("/api/check-ins/due")).json() as { items: Array<{ personId: number }> };
    expect(due.items.map((item) => item.personId)).not.toContain(subject);
  });
});
