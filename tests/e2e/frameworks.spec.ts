import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, loginAs, signInAs, type DemoRole } from "./support/auth";
import { withDb } from "./support/db";
import { callAction, serverActions } from "./support/server-actions";

// Career frameworks: a VPE edits the shipped framework in a draft and publishes it, a manager
// only reads it, and a bad file is refused with the path of each error. The desktop and phone
// runs share one database, so the flow reads the current published number instead of assuming v1.

const FRAMEWORK = "Engineering Management";

async function publishedVersionId(): Promise<number> {
  return withDb(async (client) => (await client.query<{ id: number }>(`SELECT id FROM "FrameworkVersion" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`)).rows[0]!.id);
}

async function publishedNumber(): Promise<number> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ number: number }>(
      `SELECT v.number FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId" WHERE f.name = $1 AND v.status = 'PUBLISHED'`,
      [FRAMEWORK],
    );
    return rows[0]!.number;
  });
}

function versionRow(page: Page, number: number) {
  return page.getByRole("region", { name: FRAMEWORK, exact: true }).getByRole("row").filter({ has: page.getByRole("link", { name: `Version ${number}`, exact: true }) });
}

test("a VPE edits the framework in a draft, publishes it and downloads the new version", async ({ page, context }, testInfo) => {
  const before = await publishedNumber();
  const next = before + 1;
  const edited = `Edited by the ${testInfo.project.name} test ${Date.now()}`;
  await loginAs(page, "VPE");
  await page.goto("/frameworks");
  await expect(page.getByRole("heading", { name: "Career frameworks", level: 1 })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await versionRow(page, before).getByRole("link").click();
  await expect(page.getByRole("heading", { name: FRAMEWORK, level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Edit as a new draft" }).click();
  await expect(page.getByText(`Version ${next}`, { exact: true })).toBeVisible();
  await expect(page.getByText("A draft: nobody is assessed against it")).toBeVisible();
  const cell = page.getByRole("textbox", { name: /^Expectation for .+ at M1$/ }).first();
  await cell.fill(edited);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();

  // Someone else saves the same draft meanwhile: this page's next save is refused, not merged.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole("textbox", { name: /^Expectation for .+ at M2$/ }).first().fill(`${edited} (second tab)`);
  await other.getByRole("button", { name: "Save draft" }).click();
  await expect(other.getByText("Saved.", { exact: true })).toBeVisible();
  await other.close();
  await cell.fill(`${edited} (stale)`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Someone else saved this draft meanwhile")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("textbox", { name: /^Expectation for .+ at M1$/ }).first()).toHaveValue(edited);

  // A new competency starts with empty cells: saving points at each one; removing it again saves.
  await page.getByRole("button", { name: "Add a competency" }).first().click();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/competencies\[\d+\]\.expectations\.M1/).first()).toBeVisible();
  await page.getByRole("button", { name: "Remove New competency" }).click();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Publish version ${next}` }).click();
  await expect(page.getByText("Published. The version published before it is now archived")).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit as a new draft" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download JSON" }).click()]);
  expect(download.suggestedFilename()).toBe(`engineering-management-v${next}.json`);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8")) as { name: string; tracks: Array<{ competencies: Array<{ expectations: Record<string, string> }> }> };
  expect(exported.name).toBe(FRAMEWORK);
  expect(exported.tracks[0]!.competencies[0]!.expectations.M1).toBe(edited);

  await page.getByRole("link", { name: "All frameworks" }).click();
  await expect(versionRow(page, next)).toContainText("Published");
  await expect(versionRow(page, before)).toContainText("Archived");
});

test("the export answers an attachment that is never cached @server", async ({ page }) => {
  await loginAs(page, "MANAGER");
  const id = await publishedVersionId();
  const response = await page.request.get(`/api/frameworks/${id}/export`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="engineering-management-v\d+\.json"$/);
  expect((await response.json()).tracks.length).toBeGreaterThan(0);
  expect((await page.request.get("/api/frameworks/99999999/export")).status()).toBe(404);
});

test("a manager reads the matrix without edit controls", async ({ page }) => {
  await loginAs(page, "MANAGER");
  await page.goto("/frameworks");
  await expect(page.getByRole("heading", { name: "Import from JSON" })).toHaveCount(0);
  await page.getByRole("region", { name: FRAMEWORK, exact: true }).getByRole("row").filter({ hasText: "Published" }).getByRole("link").click();
  const table = page.getByRole("table", { name: /^Management track/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /^M1 · / })).toBeVisible();
  await expect(table.getByRole("rowheader").first()).toBeVisible();
  await expect(page.getByRole("table", { name: /track: what each level expects/ })).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Edit as a new draft" })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download JSON" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("a bad framework file is refused with the path of each error", async ({ page }) => {
  const bad = {
    name: "Refused framework",
    description: "",
    tracks: [{
      key: "management", name: "Management", kind: "MANAGEMENT",
      levels: [{ code: "M1", name: "Manager", summary: "" }, { code: "M2", name: "Senior manager", summary: "" }],
      competencies: [{ key: "delivery", name: "Delivery", description: "", pillar: "QUALITY", domain: "DELIVERY", expectations: { M1: "Ships.", M7: "Flies." } }],
    }],
  };
  await loginAs(page, "VPE");
  await page.goto("/frameworks");
  await page.getByLabel("Framework file (JSON)").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
  await page.getByRole("button", { name: "Import as a draft" }).click();
  await expect(page.getByText("The file has 2 problems; nothing was saved.")).toBeVisible();
  const problems = page.getByRole("list", { name: "Problems in the file" });
  await expect(problems).toContainText("tracks[0].competencies[0].expectations.M7: no such level in this track");
  await expect(problems).toContainText("tracks[0].competencies[0].expectations.M2: Enter the expectation for this level");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Refused framework" })).toHaveCount(0);
});

test("only framework writers reach the framework actions, and nothing changes @server", async ({ playwright, baseURL }) => {
  const versionId = String(await publishedVersionId());
  const NOT_DRAFT = "Only a draft can be changed; published and archived versions never are.";
  const calls: Record<string, { fields: Record<string, string>; writer: string }> = {
    importFrameworkAction: { fields: { file: "not a file" }, writer: "Choose a JSON file to import." },
    saveDraftAction: { fields: { versionId, version: "999999", definition: "{}" }, writer: "; nothing was saved." },
    publishDraftAction: { fields: { versionId, version: "999999" }, writer: NOT_DRAFT },
    // No framework 999999: writers and readers alike get "Not found", and no draft is opened.
    startDraftAction: { fields: { frameworkId: "999999" }, writer: "Not found" },
  };
  const actions = serverActions().filter((action) => action.file === "app/(app)/frameworks/actions.ts");
  expect(actions.map((action) => action.name.split("#")[1]).sort()).toEqual(Object.keys(calls).sort());
  const versions = () => withDb(async (client) => (await client.query(`SELECT id, status, version FROM "FrameworkVersion" ORDER BY id`)).rows);
  const before = await versions();
  for (const who of ["ANONYMOUS", "VPE", "ADMIN", "MANAGER", "DIRECTOR", "HR_PARTNER"] as const) {
    const context = await playwright.request.newContext({ baseURL });
    if (who !== "ANONYMOUS") await signInAs(context, DEMO_USERS[who as DemoRole]);
    for (const action of actions) {
      const call = calls[action.name.split("#")[1]!]!;
      const expected = who === "ANONYMOUS" ? "Sign in to continue." : who === "VPE" || who === "ADMIN" ? call.writer : "Not found";
      expect(await callAction(context, action, call.fields, baseURL!), `${action.name} as ${who}`).toContain(expected);
    }
    await context.dispose();
  }
  expect(await versions()).toEqual(before);
});
