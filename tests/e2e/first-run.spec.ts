import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { E2E_SETUP_TOKEN, EMPTY_BASE_URL } from "../../playwright.config";
import { peopleCsv } from "./support/csv";

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

    // Bring in the org: a file with a bad row is refused with its line number and writes nothing…
    await page.goto("/people");
    await expect(page.getByText("The directory is empty.")).toBeVisible();
    await page.getByRole("link", { name: "Import your HR system's export" }).click();
    const input = page.getByLabel("CSV export from your HR system");
    await input.setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(peopleCsv(200, { badLine: 57 })) });
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(page.getByRole("cell", { name: "57", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: /date/i }).first()).toBeVisible();

    // …and after the fix, 200 people import in one go, with progress.
    await input.setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(peopleCsv(200)) });
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(page.getByRole("heading", { name: "Ready to import 200 rows" })).toBeVisible();
    await page.getByRole("button", { name: "Import 200 rows" }).click();
    await expect(page.getByText(/Imported: 200 added/)).toBeVisible();

    // Search finds people by name and by title.
    await page.goto("/people?q=Person 17");
    await expect(page.getByRole("link", { name: "Person 17", exact: true })).toBeVisible();
    await page.goto("/people?q=director");
    await expect(page.getByText("2 in all")).toBeVisible();

    // Person 4 (a manager under Person 2) moves under Person 3, with their reports.
    await page.goto("/people?q=Person 4");
    await page.getByRole("link", { name: "Person 4", exact: true }).click();
    await page.getByLabel("New manager").fill("P0003");
    await page.getByRole("button", { name: "Change manager or team" }).click();
    await expect(page.getByText(/Moved\./)).toBeVisible();
    await page.reload();
    await expect(page.getByText("reports to Person 3")).toBeVisible();

    // Scopes follow: Person 3, invited as a director, now sees Person 4 and their team.
    await page.goto("/admin/users");
    const invite = page.getByRole("region", { name: "Invite a user" });
    await invite.getByLabel("Work email").fill("person3@acme.test");
    await invite.getByLabel("Name", { exact: true }).fill("Person 3");
    await invite.getByLabel("Manager").uncheck();
    await invite.getByLabel("Director").check();
    await invite.getByLabel("Linked person (optional)").fill("P0003");
    await invite.getByRole("button", { name: "Invite" }).click();
    const link = (await page.locator("p.font-mono").first().textContent())?.trim() ?? "";
    const director = await page.context().browser()!.newPage({ baseURL: EMPTY_BASE_URL });
    await director.goto(new URL(link).pathname);
    await director.getByLabel("New password").fill("director-password-1");
    await director.getByLabel("Repeat the password").fill("director-password-1");
    await director.getByRole("button", { name: "Set password" }).click();
    await expect(director.getByText("Your password is set.")).toBeVisible();
    await director.goto("/sign-in");
    await director.getByLabel("Email").fill("person3@acme.test");
    await director.getByLabel("Password").fill("director-password-1");
    await director.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(director.getByRole("button", { name: "Sign out" })).toBeVisible();
    await director.goto("/people?q=Person 4");
    await expect(director.getByRole("link", { name: "Person 4", exact: true })).toBeVisible();
    await director.goto("/people?q=Director");
    await expect(director.getByText("Nobody matches")).toBeVisible(); // not the other director, nor themselves
    await director.close();
  });
});
