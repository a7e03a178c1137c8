import { expect, test, type Page } from "@playwright/test";

// Single sign-on through a real OpenID Connect provider (tests/support/oidc-provider.ts), which
// scripts/test.ts starts and hands to the app as OIDC_*. Pillars admits only an active user an
// admin invited, whose email the provider says is verified; everyone else is sent back refused.
// Desktop only (@sso): one browser proves the flow.

const issuer = process.env.OIDC_ISSUER ?? "";
const displayName = process.env.OIDC_DISPLAY_NAME ?? "";
const REFUSAL = "This account has not been invited to Pillars, or its email is not verified.";

/** Starts SSO from the sign-in page and logs in at the provider's development login form. */
async function signInWithSso(page: Page, login: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${displayName}` }).click();
  await page.waitForURL((url) => url.origin === new URL(issuer).origin);
  // oidc-provider's devInteractions form: `login` is the account id (our email), any password.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password will do");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // A first sign-in asks for consent to the scopes; then the provider returns to the app.
  const consent = page.getByRole("button", { name: "Continue" });
  const backInApp = page.getByRole("button", { name: "Sign out" }).or(page.getByText(REFUSAL));
  await expect(consent.or(backInApp)).toBeVisible();
  if (await consent.isVisible()) await consent.click();
}

/** Refused: back on the sign-in form with the message, and no session. */
async function expectRefused(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/sign-in\?error=AccessDenied$/);
  await expect(page.getByRole("status")).toHaveText(REFUSAL);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
}

test.describe("single sign-on", () => {
  test.beforeAll(() => {
    // Never skipped silently: the test command always starts the provider.
    if (!issuer) throw new Error("OIDC_ISSUER is not set: run the browser tests with `npm test -- e2e`, which starts the provider");
  });

  test("an invited user with a verified email signs in and lands in the app @sso", async ({ page }) => {
    await signInWithSso(page, "manager@pillars.demo");
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("button", { name: "Sign out" })).toBeVisible();
    // Pillars' own record of the user, not the name the provider sent.
    await expect(banner.getByText("Lucía Fernández")).toBeVisible();
    await expect(page).not.toHaveURL(/\/sign-in/);
  });

  test("a verified user nobody invited is refused @sso", async ({ page }) => {
    await signInWithSso(page, "stranger@example.com");
    await expectRefused(page);
  });

  test("an invited user whose email the provider has not verified is refused @sso", async ({ page }) => {
    await signInWithSso(page, "vpe@pillars.demo");
    await expectRefused(page);
  });
});
