import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, loginAs } from "./support/auth";

// The app starts on the demo organisation (scripts/test.ts loads it); its shell renders for a
// signed-in demo user.

test("a visitor is sent to sign-in, signs in with the form and comes back", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2F$/);
  await expect(page.getByRole("note")).toHaveText("Demo data on an embedded database — not for production.");
  await page.getByLabel("Email").fill(DEMO_USERS.VPE);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.getByRole("banner").getByText("Priya Raman")).toBeVisible();
});

test("the same message for an unknown email and a wrong password", async ({ page }) => {
  await page.goto("/sign-in");
  const messages: string[] = [];
  for (const [email, password] of [["nobody@pillars.demo", "whatever-password"], [DEMO_USERS.HR_PARTNER, "wrong-password"]]) {
    await page.getByLabel("Email").fill(email!);
    await page.getByLabel("Password").fill(password!);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const status = page.getByRole("status");
    await expect(status).not.toBeEmpty();
    messages.push((await status.textContent()) ?? "");
  }
  expect(messages[0]).toBe("Email or password is incorrect.");
  expect(messages[1]).toBe(messages[0]);
});

test("the dashboard shows the demo organisation in the shell, without accessibility violations", async ({ page }) => {
  await loginAs(page, "VPE");
  const violations = cspViolations(page);
  await page.goto("/");
  const banner = page.getByRole("banner");
  await expect(banner.getByText("Pillars", { exact: true })).toBeVisible();
  await expect(banner.getByText("Lumen Labs")).toBeVisible();
  await expect(page.getByRole("note")).toHaveText("Demo data on an embedded database — not for production.");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: /^Pillars, FY\d{4} Q[1-4]$/ })).toBeVisible();
  for (const pillar of ["Enterprise-level quality", "People engagement", "Retention and development", "Skills and capabilities"]) {
    await expect(page.getByRole("heading", { name: pillar })).toBeVisible();
  }
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  expect(violations).toEqual([]);
});

test("an admin lands on user administration, and its screens pass axe", async ({ page }) => {
  await loginAs(page, "ADMIN");
  await page.goto("/");
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "auth.sign_in" }).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("the skip link moves keyboard focus to the main content @keyboard", async ({ page }) => {
  await loginAs(page, "MANAGER");
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("health reports the app and the database without sign-in", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", app: { name: "pillars" }, database: { status: "ok" } });
});

/** Console errors about the Content Security Policy: a page whose scripts lack the nonce. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("an unknown page answers 404 with a way back", async ({ page }) => {
  await loginAs(page, "VPE");
  const violations = cspViolations(page);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the overview" }).click();
  await expect(page).toHaveURL("/");
  expect(violations).toEqual([]);
});

test("pages carry a nonce CSP and the security headers", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("the session cookie is HttpOnly and SameSite, and holds no name or email @server", async ({ page }) => {
  await loginAs(page, "VPE");
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(Object.keys(session).sort()).toEqual(["expires", "sv", "uid"]);
});

test("a cross-site mutation is refused before it reaches the app @server", async ({ request }) => {
  const response = await request.post("/admin/users", { headers: { Origin: "https://evil.example", "Next-Action": "x" }, data: "" });
  expect(response.status()).toBe(403);
  const noOrigin = await request.post("/api/people/1", { data: {} });
  expect(noOrigin.status()).toBe(403);
});
