import { hash } from "@node-rs/argon2";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { attemptSignIn, loginAs, signInAs } from "./support/auth";
import { firstReportOf, withDb } from "./support/db";

// Invitations, role changes, deactivation and lockout, driven the way an admin and a user would.

async function createUser(email: string, password: string, roles: string[]) {
  await withDb(async (client) => {
    await client.query('DELETE FROM "SignInThrottle" WHERE key = $1', [`account:${email}`]);
    await client.query(
      `INSERT INTO "User" (email, name, roles, "passwordHash", "updatedAt") VALUES ($1, 'Test User', $2::"Role"[], $3, now())
       ON CONFLICT (email) DO UPDATE SET roles = EXCLUDED.roles, active = true, "passwordHash" = EXCLUDED."passwordHash"`,
      [email, roles, await hash(password, { algorithm: 2 })],
    );
  });
}

async function editUser(admin: Page, email: string, change: (form: ReturnType<Page["locator"]>) => Promise<void>) {
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = admin.getByRole("listitem").filter({ hasText: email });
  await row.locator("summary").click();
  await change(row);
  await row.getByRole("button", { name: "Save changes" }).click();
  await expect(row.getByRole("status").first()).toHaveText("Saved.");
}

test.describe("account lifecycle @server", () => {
  test("an invitation link sets a password once", async ({ page, browser }) => {
    const email = `invited-${Date.now()}@pillars.test`;
    await loginAs(page, "ADMIN");
    await page.goto("/admin/users");
    const invite = page.getByRole("region", { name: "Invite a user" });
    await invite.getByLabel("Work email").fill(email);
    await invite.getByLabel("Name", { exact: true }).fill("Ines Invited");
    await invite.getByRole("button", { name: "Invite" }).click();
    await expect(page.getByText(/Mail is not configured/)).toBeVisible();
    const link = (await page.locator("p.font-mono").first().textContent())?.trim() ?? "";
    expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
    const path = new URL(link).pathname;

    const invitee = await browser.newPage();
    await invitee.goto(path);
    await expect(invitee.getByText(`Welcome to Pillars, Ines Invited`)).toBeVisible();
    await invitee.getByLabel("New password").fill("a-long-enough-password");
    await invitee.getByLabel("Repeat the password").fill("a-long-enough-password");
    await invitee.getByRole("button", { name: "Set password" }).click();
    await expect(invitee.getByText("Your password is set.")).toBeVisible();
    await signInAs(invitee.request, email, "a-long-enough-password");

    await invitee.goto(path);
    await expect(invitee.getByText("This link is invalid or has expired.")).toBeVisible();
    await invitee.close();
  });

  test("a role change and a deactivation apply on the user's next request", async ({ page, baseURL }) => {
    const email = `lifecycle-${Date.now()}@pillars.test`;
    await createUser(email, "lifecycle-password-1", ["VPE"]);
    const user = await playwrightRequest.newContext({ baseURL });
    await signInAs(user, email, "lifecycle-password-1");
    const someone = await firstReportOf("lucia.fernandez@pillars.demo");
    expect((await user.get(`/api/people/${someone}`)).status()).toBe(200);

    await loginAs(page, "ADMIN");
    await editUser(page, email, async (row) => {
      await row.getByLabel("VP of Engineering").uncheck();
      await row.getByLabel("Manager", { exact: true }).check();
    });
    // A role change ends the user's sessions; signed in again, the new role applies: a manager
    // with no linked person sees nobody.
    expect((await user.get(`/api/people/${someone}`)).status()).toBe(401);
    await signInAs(user, email, "lifecycle-password-1");
    expect((await user.get(`/api/people/${someone}`)).status()).toBe(404);

    await editUser(page, email, async (row) => row.getByLabel("Active (can sign in)").uncheck());
    expect((await user.get(`/api/people/${someone}`)).status()).toBe(401);
    expect(await attemptSignIn(user, email, "lifecycle-password-1")).toBe("invalid");
    await user.dispose();
  });

  test("repeated failures lock the account, even against the right password", async ({ request }) => {
    const email = `lockout-${Date.now()}@pillars.test`;
    await createUser(email, "the-right-password", ["MANAGER"]);
    // Five attempts are free; the sixth is refused unchecked and locks the account, and the lock
    // holds even against the right password.
    for (let attempt = 1; attempt <= 5; attempt++) expect(await attemptSignIn(request, email, `wrong-${attempt}`)).toBe("invalid");
    expect(await attemptSignIn(request, email, "wrong-6")).toMatch(/^locked:(2\d|30)$/);
    expect(await attemptSignIn(request, email, "the-right-password")).toMatch(/^locked:\d+$/);
  });

  test("a second save of a stale form is refused instead of overwriting", async ({ page, browser }) => {
    const email = `stale-${Date.now()}@pillars.test`;
    await createUser(email, "stale-password-123", ["MANAGER"]);
    await loginAs(page, "ADMIN");
    const other = await browser.newPage();
    await loginAs(other, "ADMIN");
    for (const admin of [page, other]) {
      await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
      await admin.getByRole("listitem").filter({ hasText: email }).locator("summary").click();
    }
    const first = page.getByRole("listitem").filter({ hasText: email });
    await first.getByLabel("Name", { exact: true }).fill("First Edit");
    await first.getByRole("button", { name: "Save changes" }).click();
    await expect(first.getByRole("status").first()).toHaveText("Saved.");
    const second = other.getByRole("listitem").filter({ hasText: email });
    await second.getByLabel("Name", { exact: true }).fill("Second Edit");
    await second.getByRole("button", { name: "Save changes" }).click();
    await expect(second.getByRole("status").first()).toContainText("Someone else changed this user meanwhile");
    await other.close();
  });
});
