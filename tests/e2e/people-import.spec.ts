import { expect, test } from "@playwright/test";
import { DEMO_USERS, loginAs, signInAs } from "./support/auth";
import { peopleCsv } from "./support/csv";

// Who may post an import, over HTTP (the page flow itself runs in first-run.spec.ts).
test("only admins and HR partners may post an import @server", async ({ playwright, baseURL }) => {
  const csv = { name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(peopleCsv(5)) };
  const post = async (context: Awaited<ReturnType<typeof playwright.request.newContext>>) =>
    (await context.post("/api/people/import?mode=check", { multipart: { file: csv }, headers: { Origin: baseURL! } })).status();
  const anonymous = await playwright.request.newContext({ baseURL });
  expect(await post(anonymous)).toBe(401);
  for (const [role, expected] of [["MANAGER", 404], ["DIRECTOR", 404], ["VPE", 404], ["HR_PARTNER", 200], ["ADMIN", 200]] as const) {
    const context = await playwright.request.newContext({ baseURL });
    await signInAs(context, DEMO_USERS[role]);
    expect(await post(context), role).toBe(expected);
    await context.dispose();
  }
  await anonymous.dispose();
});

test("the import page checks a file and lists its problems by line @server", async ({ page }) => {
  await loginAs(page, "HR_PARTNER");
  await page.goto("/people/import");
  await page.getByLabel("CSV export from your HR system").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(peopleCsv(20, { badLine: 9 })) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("heading", { name: /1 problem to fix; nothing was imported/ })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "startDate" }).getByRole("cell").first()).toHaveText("9");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
});
