import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_USERS, loginAs, signInAs } from "./support/auth";
import { personIdByEmail } from "./support/db";

// The dashboard (first widgets): filters live in the URL and survive a reload; a director's
// dashboard is their subtree — the same figures the VPE sees when filtering to that director.

const peopleCount = async (page: import("@playwright/test").Page) =>
  Number((await page.getByText(/people with a check-in/).textContent())?.match(/(\d+) people/)?.[1]);

test("filters round-trip through the URL, and a director sees exactly their subtree @server", async ({ page, browser, baseURL }) => {
  const tomas = await personIdByEmail("tomas.herrera@pillars.demo");
  await loginAs(page, "VPE");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  const everyone = await peopleCount(page);

  await page.getByLabel("People under").selectOption(String(tomas));
  await page.getByLabel("Region").selectOption("ONSHORE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`under=${tomas}.*region=ONSHORE|region=ONSHORE.*under=${tomas}`));
  await page.reload();
  await expect(page.getByLabel("People under")).toHaveValue(String(tomas));
  await expect(page.getByLabel("Region")).toHaveValue("ONSHORE");

  await page.getByLabel("Region").selectOption("");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`under=${tomas}`));
  const underTomas = await peopleCount(page);
  expect(underTomas).toBeGreaterThan(0);
  expect(underTomas).toBeLessThan(everyone);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const context = await browser.newContext({ baseURL });
  const director = await context.newPage();
  await signInAs(director.request, DEMO_USERS.DIRECTOR);
  await director.goto("/");
  expect(await peopleCount(director)).toBe(underTomas);
  // Another director's subtree is not his to filter to: the address is not understood, and he sees his own.
  const ada = await personIdByEmail("ada.okonkwo@pillars.demo");
  await director.goto(`/?under=${ada}`);
  await expect(director.getByText(/Some filters in the address were not understood/)).toBeVisible();
  expect(await peopleCount(director)).toBe(underTomas);
  expect((await director.request.get(`/api/dashboard/pillars?under=${ada}`)).status()).toBe(404);
  expect((await director.request.get("/api/dashboard/pillars?quarter=FY1999-Q1")).status()).toBe(422);
  await context.close();
});

test("a heatmap cell opens the people behind it, and a director's row opens the managers below him @server", async ({ page }) => {
  await loginAs(page, "VPE");
  await page.goto("/");
  const widget = (title: string) => page.locator("section", { has: page.getByRole("heading", { level: 2, name: title, exact: true }) });
  const heatmap = widget("Teams by pillar");
  const row = heatmap.getByRole("row").filter({ has: page.getByRole("link", { name: "Infrastructure flow metrics" }) }).first();
  // A figure's link reads "6 people scored in Infrastructure" to a screen reader: the number leads.
  const leading = async (link: import("@playwright/test").Locator) => Number.parseFloat(await link.innerText());
  const scored = await leading(row.getByRole("link", { name: /people scored in Infrastructure/ }));
  expect(scored).toBeGreaterThan(0);
  const cell = row.getByRole("link", { name: /People engagement, Infrastructure/ });
  const shown = await leading(cell);
  await cell.click();

  await expect(page).toHaveURL(/\/dashboard\/people\?.*team=\d+.*pillar=ENGAGEMENT/);
  await expect(page.getByRole("heading", { level: 1, name: "Infrastructure team, People engagement" })).toBeVisible();
  const people = page.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader") });
  await expect(people).toHaveCount(scored);
  // Every person listed is in the team, and the cell's figure is the mean of their scores.
  const scores: number[] = [];
  for (const person of await people.all()) {
    const cells = await person.getByRole("cell").allInnerTexts();
    expect(cells[1]).toBe("Infrastructure");
    scores.push(Number(cells.at(-1)));
  }
  expect(scores).toEqual([...scores].sort((a, b) => a - b));
  // Both sides are shown to two decimals: each rounding moves a figure by at most 0.005.
  expect(Math.abs(scores.reduce((a, b) => a + b, 0) / scores.length - shown)).toBeLessThanOrEqual(0.0101);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole("link", { name: "Back to the dashboard" }).click();
  const scorecards = widget("Manager scorecards");
  await expect(scorecards.getByRole("link", { name: "Tomás Herrera", exact: true })).toBeVisible();
  await expect(scorecards.getByRole("link", { name: "Lucía Fernández", exact: true })).toHaveCount(0);
  await scorecards.getByRole("button", { name: "Show the managers below Tomás Herrera" }).click();
  await expect(scorecards.getByRole("link", { name: "Lucía Fernández", exact: true })).toBeVisible();
  await expect(scorecards.getByRole("button", { name: "Show the managers below Tomás Herrera" })).toHaveAttribute("aria-expanded", "true");
});

test("the people-under picker finds any manager of the scope by name, and the filter applies", async ({ page }) => {
  const lucia = await personIdByEmail("lucia.fernandez@pillars.demo");
  await loginAs(page, "VPE");
  await page.goto("/");
  const picker = page.getByLabel("People under");
  await page.getByLabel("Find a manager").fill("fernández");
  await expect(page.getByText("1 found; choose one above.")).toBeVisible();
  await expect(picker.locator("option")).toHaveText(["Everyone in your scope", /^Lucía Fernández/]);
  await picker.selectOption(String(lucia));
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`under=${lucia}`));
  // Chosen, she stays listed after the page reloads with the filter, though no search is typed.
  await expect(page.getByLabel("People under")).toHaveValue(String(lucia));
});
