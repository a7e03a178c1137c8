import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, loginAs, signInAs } from "./support/auth";
import { personIdByEmail, withDb } from "./support/db";

// Retention risks in the browser: a manager records a risk and a mitigation, the VPE finds it in
// the review queue; the person at risk — a manager herself — finds no trace of her own risk.

const LUCIA = "lucia.fernandez@pillars.demo";
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function recordRisk(page: Page, personId: number, notes: string): Promise<number> {
  await page.goto(`/people/${personId}`);
  const section = page.getByRole("region", { name: "Retention risks" });
  await section.getByText("Record a risk").click();
  await section.getByLabel("Level").selectOption("HIGH");
  await section.getByRole("group", { name: /Factors/ }).getByLabel("Growth").check();
  await section.getByRole("group", { name: /regrettable/ }).getByLabel("Yes").check();
  await section.getByLabel("Next review").fill(today());
  await section.getByLabel(/Notes/).fill(notes);
  await section.getByRole("button", { name: "Record risk" }).click();
  await expect(page).toHaveURL(/\/risks\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

test.describe("retention risks", () => {
  test("a manager records a risk and a mitigation, and the VPE finds it in the review queue @server", async ({ page, browser, baseURL }) => {
    const report = await withDb(async (client) => (await client.query<{ id: number; name: string }>(
      `SELECT p.id, p.name FROM "Person" p JOIN "Person" m ON m.id = p."managerId"
       WHERE m.email = $1 AND p."endDate" IS NULL AND NOT EXISTS (SELECT 1 FROM "RetentionRisk" r WHERE r."personId" = p.id AND r.status <> 'CLOSED')
       ORDER BY p.id DESC LIMIT 1`, [LUCIA])).rows[0]!);
    await loginAs(page, "MANAGER");
    const riskId = await recordRisk(page, report.id, "Has been approached by a competitor");

    const mitigations = page.getByRole("region", { name: "Mitigation actions" });
    await mitigations.getByText("Add a mitigation").click();
    await mitigations.getByRole("textbox", { name: "Action" }).fill("Discuss a staff-level path");
    await mitigations.getByLabel("Due").fill(inDays(7));
    await mitigations.getByRole("button", { name: "Add mitigation" }).click();
    await expect(page.getByText("Discuss a staff-level path").first()).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    const context = await browser.newContext({ baseURL });
    const vpe = await context.newPage();
    await signInAs(vpe.request, DEMO_USERS.VPE);
    await vpe.goto("/risks");
    const queue = vpe.getByRole("region", { name: "Review queue" });
    await expect(queue.getByRole("link", { name: report.name }).first()).toBeVisible();
    await vpe.goto(`/risks/${riskId}`);
    await expect(vpe.getByText("Discuss a staff-level path").first()).toBeVisible();
    await expect(vpe.getByText(/Lucía Fernández/).first()).toBeVisible(); // the history says who
    expect((await new AxeBuilder({ page: vpe }).analyze()).violations).toEqual([]);
    await context.close();
  });

  test("the person at risk, a manager herself, finds no trace of it anywhere @server", async ({ page, browser, baseURL }) => {
    const lucia = await personIdByEmail(LUCIA);
    const secret = `Flight risk ${Date.now()}`;
    await loginAs(page, "DIRECTOR");
    const riskId = await recordRisk(page, lucia, secret);

    const context = await browser.newContext({ baseURL });
    const her = await context.newPage();
    await signInAs(her.request, DEMO_USERS.MANAGER);
    // The register, its search, its queue: her risk is not there (her reports' risks are; she is their manager).
    await her.goto("/risks");
    await expect(her.getByRole("heading", { name: "Retention risks", level: 1 })).toBeVisible();
    await expect(her.locator(`a[href="/risks/${riskId}"]`)).toHaveCount(0);
    await her.goto("/risks?q=Luc%C3%ADa");
    await expect(her.locator(`a[href="/risks/${riskId}"]`)).toHaveCount(0);
    await expect(her.getByText(secret)).toHaveCount(0);
    // Her own person page (outside a manager's directory scope, so not found) and her landing page show no risk.
    const own = await her.goto(`/people/${lucia}`);
    expect(own?.status()).toBe(404);
    await expect(her.getByRole("heading", { name: /Retention risks|Computed signal/ })).toHaveCount(0);
    await her.goto("/");
    await expect(her.getByText(secret)).toHaveCount(0);
    // The risk page and every API: not found, or nothing about her.
    expect((await her.goto(`/risks/${riskId}`))?.status()).toBe(404);
    const api = async (path: string) => her.request.get(path);
    expect((await api(`/api/people/${lucia}/risks`)).status()).toBe(404);
    const register = await (await api("/api/risks?q=Luc%C3%ADa")).json() as { rows: Array<{ person: { id: number } }> };
    expect(register.rows.map((row) => row.person.id)).not.toContain(lucia);
    const queue = JSON.stringify(await (await api("/api/risks/queue")).json());
    expect(queue).not.toContain(secret);
    expect(queue).not.toContain(`"id":${lucia},`);
    for (const path of ["/risks", `/people/${lucia}`, "/me", "/check-ins"]) {
      const html = await (await api(path)).text();
      expect(html, path).not.toContain(secret);
    }
    // And reading it as her director was audited; her own visits were not risk reads.
    const reads = await withDb(async (client) => (await client.query<{ actor: string }>(
      `SELECT u.email AS actor FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId" WHERE e.action = 'risk.read' AND $1 = ANY(e."subjectIds")`, [lucia])).rows);
    expect(reads.map((r) => r.actor)).toContain(DEMO_USERS.DIRECTOR);
    expect(reads.map((r) => r.actor)).not.toContain(DEMO_USERS.MANAGER);
    await context.close();
  });
});
