import { hash } from "@node-rs/argon2";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEMO_USERS, signInAs } from "./support/auth";
import { firstReportOf, personIdByEmail, withDb } from "./support/db";

// Attackers try to reach victims' data by id, through pages and route handlers, and fail with
// a 404 that tells them nothing. Demo org: Lucía Fernández (manager@) runs Infrastructure under
// Tomás Herrera (director@, Platform); Owen Clarke runs Developer Experience, also under Tomás;
// Daniel Mensah runs Checkout under Ada Okonkwo (Product) and has a HIGH retention risk.

test.describe("attackers and victims @server", () => {
  test("manager A cannot read manager B's reports, by page or by API", async ({ page }) => {
    const victim = await firstReportOf("owen.clarke@pillars.demo");
    await signInAs(page.request, DEMO_USERS.MANAGER);
    expect((await page.request.get(`/api/people/${victim}`)).status()).toBe(404);
    expect((await page.request.get(`/api/people/${victim}/risks`)).status()).toBe(404);
    expect((await page.goto(`/people/${victim}`))?.status()).toBe(404);
    // Her own report is visible: the 404 above is about scope, not a broken route.
    expect((await page.request.get(`/api/people/${await firstReportOf("lucia.fernandez@pillars.demo")}`)).status()).toBe(200);
  });

  test("a director sees nothing outside their subtree", async ({ page }) => {
    const outside = await firstReportOf("daniel.mensah@pillars.demo");
    const inside = await firstReportOf("owen.clarke@pillars.demo");
    await signInAs(page.request, DEMO_USERS.DIRECTOR);
    expect((await page.request.get(`/api/people/${outside}`)).status()).toBe(404);
    expect((await page.request.get(`/api/people/${inside}`)).status()).toBe(200);
    // Not even their own record, nor their manager's: scope is strictly below them.
    expect((await page.request.get(`/api/people/${await personIdByEmail("tomas.herrera@pillars.demo")}`)).status()).toBe(404);
    expect((await page.request.get(`/api/people/${await personIdByEmail("priya.raman@pillars.demo")}`)).status()).toBe(404);
  });

  test("a person never sees a retention risk about themselves, whatever their role", async ({ page }) => {
    const daniel = await personIdByEmail("daniel.mensah@pillars.demo");
    // His director sees the risk…
    const director = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
    await signInAs(director, "ada.okonkwo@pillars.demo");
    const seen = await (await director.get(`/api/people/${daniel}/risks`)).json();
    expect(seen.risks.map((risk: { level: string }) => risk.level)).toContain("HIGH");
    await director.dispose();
    // …Daniel, a manager himself, does not: not by API, not on any page.
    await signInAs(page.request, "daniel.mensah@pillars.demo");
    expect((await page.request.get(`/api/people/${daniel}/risks`)).status()).toBe(404);
    expect((await page.goto(`/people/${daniel}`))?.status()).toBe(404);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Retention risks" })).toHaveCount(0);
    await expect(page.getByText("Carrying two teams' on-call")).toHaveCount(0);
  });

  test("an ADMIN-only user reads the directory but sees no risk", async ({ page }) => {
    const daniel = await personIdByEmail("daniel.mensah@pillars.demo");
    await signInAs(page.request, DEMO_USERS.ADMIN);
    expect((await page.request.get(`/api/people/${daniel}`)).status()).toBe(200);
    expect(await (await page.request.get(`/api/people/${daniel}/risks`)).json()).toEqual({ risks: [] });
    await page.goto(`/people/${daniel}`);
    await expect(page.getByRole("heading", { name: "Daniel Mensah" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Retention risks" })).toHaveCount(0);
  });

  test("a MANAGER with no linked person sees nobody", async ({ page }) => {
    const email = `unlinked-${test.info().project.name}@pillars.test`;
    await withDb(async (client) => {
      await client.query(
        `INSERT INTO "User" (email, name, roles, "passwordHash", "updatedAt") VALUES ($1, 'Unlinked Manager', ARRAY['MANAGER']::"Role"[], $2, now())
         ON CONFLICT (email) DO NOTHING`,
        [email, await hash("unlinked-password-1", { algorithm: 2 })],
      );
    });
    await signInAs(page.request, email, "unlinked-password-1");
    for (const target of [await firstReportOf("lucia.fernandez@pillars.demo"), await personIdByEmail("priya.raman@pillars.demo")]) {
      expect((await page.request.get(`/api/people/${target}`)).status()).toBe(404);
    }
  });

  test("risk reads are audited with the people returned; directory reads are not", async ({ page }) => {
    const daniel = await personIdByEmail("daniel.mensah@pillars.demo");
    await signInAs(page.request, DEMO_USERS.HR_PARTNER);
    const count = () =>
      withDb(async (client) => {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'risk.read' AND $1 = ANY("subjectIds")`,
          [daniel],
        );
        return rows[0]!.n;
      });
    const before = await count();
    await page.request.get(`/api/people/${daniel}/risks`);
    expect(await count()).toBe(before + 1);
    await page.request.get(`/api/people/${daniel}`);
    expect(await count()).toBe(before + 1);
  });
});
