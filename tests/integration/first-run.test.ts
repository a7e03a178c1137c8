import { spawnSync } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { completeSetup } from "@/lib/setup/mutations";
import { refreshSetupToken } from "@/lib/setup/token";
import { truncateAllTables } from "../../prisma/seed/truncate";
import { bin, ROOT } from "../../scripts/run";

// First run on an empty database: a one-time token (or the CLI) creates the organisation and the
// first admin; neither works once an admin exists, and a wrong token writes nothing.

const input = (token: string) => ({
  token,
  orgName: "Acme Robotics",
  timeZone: "Europe/Berlin",
  fiscalYearStartMonth: 4,
  adminName: "Ada Admin",
  adminEmail: "ada@acme.test",
  password: "a-long-enough-password",
  confirmPassword: "a-long-enough-password",
});

async function fieldErrorsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("expected an error");
}

describe("first-run setup", () => {
  beforeEach(async () => truncateAllTables(db()));

  it("creates the organisation and the first admin with the printed token, once", async () => {
    const token = (await refreshSetupToken()) as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await db().setupToken.findFirst()).not.toMatchObject({ tokenHash: token });

    const wrong = await fieldErrorsOf(completeSetup({ input: input("guessed-token"), ip: "203.0.113.9" }));
    expect(wrong.fields?.token?.[0]).toMatch(/not valid/);
    expect(await db().organization.count()).toBe(0);
    expect(await db().user.count()).toBe(0);

    await completeSetup({ input: input(token), ip: "203.0.113.9" });
    expect(await db().organization.findFirst()).toMatchObject({ name: "Acme Robotics", timeZone: "Europe/Berlin", fiscalYearStartMonth: 4 });
    expect(await db().user.findFirst()).toMatchObject({ email: "ada@acme.test", roles: ["ADMIN"], active: true });
    expect(await db().setupToken.count()).toBe(0);

    // Reused, or with a fresh token after a restart: setup no longer exists.
    expect((await fieldErrorsOf(completeSetup({ input: input(token), ip: null }))).code).toBe("NOT_FOUND");
    expect(await refreshSetupToken()).toBeNull();
  });

  it("takes a preset token for automated installs", async () => {
    await refreshSetupToken("preset-token-for-ci-0001");
    await completeSetup({ input: input("preset-token-for-ci-0001"), ip: null });
    expect(await db().user.count({ where: { roles: { has: "ADMIN" } } })).toBe(1);
  });

  it("creates the first admin from the command line, once", () => {
    const run = () =>
      spawnSync(bin("tsx"), ["scripts/admin-create.ts", "--email", "Cli@Acme.test", "--name", "Cli Admin", "--org", "Acme"], {
        cwd: ROOT,
        env: process.env,
        encoding: "utf8",
      });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Administrator cli@acme\.test created[\s\S]*\/invitation\/[A-Za-z0-9_-]{43}/);
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("An administrator already exists");
  });
});
