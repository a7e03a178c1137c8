import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { E2E_SETUP_TOKEN, EMPTY_BASE_URL } from "../../playwright.config";

// From an empty database: the app explains what to do, a one-time token creates the organisation
// and the first admin, and then setup is gone.

test.describe("first run @server", () => {
  test.use({ baseURL: EMPTY_BASE_URL });

  test("an empty install is set up with the token from the server log, once", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("note")).toContainText("Pillars is not set up yet");
    await page.getByRole("link", { name: "Set up Pillars" }).click();
    await expect(page.getByRole("heading", { name: "Set up Pillars" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.getByLabel("Setup token").fill("a-guessed-token");
    await page.getByLabel("Name", { exact: true }).fill("Acme Robotics");
    await page.getByLabel("Time zone").selectOption("Europe/Berlin");
    await page.getByLabel("Fiscal year starts in").selectOption({ label: "April" });
    await page.getByLabel("Your name").fill("Ada Admin");
    await page.getByLabel("Work email").fill("ada@acme.test");
    await page.getByLabel("Password", { exact: true }).fill("a-long-enough-password");
    await page.getByLabel("Repeat the password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Set up Pillars" }).click();
    await expect(page.getByText(/That setup token is not valid/)).toBeVisible();

    await page.getByLabel("Setup token").fill(E2E_SETUP_TOKEN);
    await page.getByLabel("Password", { exact: true }).fill("a-long-enough-password");
    await page.getByLabel("Repeat the password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Set up Pillars" }).click();
    await expect(page.getByText("Pillars is set up.")).toBeVisible();

    await page.getByRole("link", { name: "Go to sign-in" }).click();
    await page.getByLabel("Email").fill("ada@acme.test");
    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("banner").getByText("Acme Robotics")).toBeVisible();

    expect((await page.goto("/setup"))?.status()).toBe(404);
  });
});
