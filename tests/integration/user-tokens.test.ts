import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TUserTokenKind } from "@/lib/users/schemas";
import { consumeUserToken, findUsableToken, hashUserToken, INVALID_LINK, issueUserToken } from "@/lib/users/tokens";

// Single-use links against the real database: each test makes its own user.

const PASSWORD = "a long enough passphrase";

async function makeUser(active = true) {
  const email = `tok-${randomBytes(6).toString("hex")}@test.local`;
  return db().user.create({ data: { email, name: "Token Tester", roles: ["MANAGER"], active } });
}

function issue(userId: number, kind: TUserTokenKind = "INVITATION") {
  return db().$transaction((tx) => issueUserToken(tx, { userId, kind }));
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "NOT_FOUND", message: INVALID_LINK });
  return error as AppError;
}

describe("user tokens", () => {
  it("sets the password once; the second use is refused", async () => {
    const user = await makeUser();
    const { token, expiresAt } = await issue(user.id);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    expect(await findUsableToken({ token, kind: "INVITATION" })).toEqual({ name: user.name, email: user.email });

    await expect(consumeUserToken({ token, kind: "INVITATION", password: PASSWORD })).resolves.toEqual({ email: user.email });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash ?? "", PASSWORD)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.version).toBe(user.version + 1);

    await refusal(consumeUserToken({ token, kind: "INVITATION", password: "another long passphrase" }));
    expect(await findUsableToken({ token, kind: "INVITATION" })).toBeNull();
    const unchanged = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged.passwordHash).toBe(after.passwordHash);
  });

  it("gives a reset link one hour and refuses it for the other kind", async () => {
    const user = await makeUser();
    const { token, expiresAt } = await issue(user.id, "PASSWORD_RESET");
    expect(Math.abs(expiresAt.getTime() - Date.now() - 3600_000)).toBeLessThan(60_000);
    await refusal(consumeUserToken({ token, kind: "INVITATION", password: PASSWORD }));
    await expect(consumeUserToken({ token, kind: "PASSWORD_RESET", password: PASSWORD })).resolves.toEqual({ email: user.email });
  });

  it("refuses an expired link", async () => {
    const user = await makeUser();
    const { token } = await issue(user.id, "PASSWORD_RESET");
    await db().userToken.update({ where: { tokenHash: hashUserToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findUsableToken({ token, kind: "PASSWORD_RESET" })).toBeNull();
    await refusal(consumeUserToken({ token, kind: "PASSWORD_RESET", password: PASSWORD }));
  });

  it("refuses a link revoked by a newer one, and spends every other link once a password is set", async () => {
    const user = await makeUser();
    const older = await issue(user.id);
    const reset = await issue(user.id, "PASSWORD_RESET");
    const newer = await issue(user.id);
    await refusal(consumeUserToken({ token: older.token, kind: "INVITATION", password: PASSWORD }));
    // Issuing an invitation leaves the reset link alone…
    expect(await findUsableToken({ token: reset.token, kind: "PASSWORD_RESET" })).not.toBeNull();
    await expect(consumeUserToken({ token: newer.token, kind: "INVITATION", password: PASSWORD })).resolves.toBeTruthy();
    // …but once the invitation sets a password, the old reset link is spent too.
    await refusal(consumeUserToken({ token: reset.token, kind: "PASSWORD_RESET", password: PASSWORD }));
  });

  it("refuses the link of a deactivated user and leaves it unused", async () => {
    const user = await makeUser(false);
    const { token } = await issue(user.id);
    expect(await findUsableToken({ token, kind: "INVITATION" })).toBeNull();
    await refusal(consumeUserToken({ token, kind: "INVITATION", password: PASSWORD }));
    const row = await db().userToken.findUniqueOrThrow({ where: { tokenHash: hashUserToken(token) } });
    expect(row.usedAt).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("refuses a bad password per field and writes nothing", async () => {
    const user = await makeUser();
    const { token } = await issue(user.id);
    const error = await consumeUserToken({ token, kind: "INVITATION", password: "short" }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: "UNPROCESSABLE", fieldErrors: { password: ["Use at least 12 characters"] } });
    expect((await db().userToken.findUniqueOrThrow({ where: { tokenHash: hashUserToken(token) } })).usedAt).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion);
  });

  it("stores only the token's SHA-256, nowhere the token itself", async () => {
    const user = await makeUser();
    const { token } = await issue(user.id);
    const rows = await db().userToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashUserToken(token));
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    const audit = await db().auditEvent.findMany({ where: { entityType: "UserToken", entityId: String(rows[0]?.id) } });
    expect(audit.map((event) => event.action)).toEqual(["user_token.issue"]);
    expect(JSON.stringify(audit, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))).not.toContain(token);
  });

  it("audits the password change by field names only", async () => {
    const user = await makeUser();
    const { token } = await issue(user.id);
    await consumeUserToken({ token, kind: "INVITATION", password: PASSWORD, request: { requestId: "req-tok", ip: "203.0.113.9" } });
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    const events = await db().auditEvent.findMany({ where: { action: "user.password_set", entityId: String(user.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: user.id, entityType: "User", before: null, after: null, requestId: "req-tok", ip: "203.0.113.9" });
    expect(events[0]?.changedFields).toEqual(["passwordHash", "sessionVersion", "version"]);
    const stored = JSON.stringify(events, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toContain(passwordHash ?? "no hash");
    expect(stored).not.toContain(token);
  });

  it("lets exactly one of two concurrent uses of a link succeed", async () => {
    const user = await makeUser();
    const { token } = await issue(user.id);
    // Hold the token's row lock from another connection so both claims are in flight together.
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query(`SELECT 1 FROM "UserToken" WHERE "tokenHash" = $1 FOR UPDATE`, [hashUserToken(token)]);
    const racing = Promise.allSettled([
      consumeUserToken({ token, kind: "INVITATION", password: "first racer passphrase" }),
      consumeUserToken({ token, kind: "INVITATION", password: "second racer passphrase" }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await locker.query("COMMIT");
    await locker.end();
    const results = await racing;
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatchObject({ code: "NOT_FOUND", message: INVALID_LINK });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await db().auditEvent.count({ where: { action: "user.password_set", entityId: String(user.id) } })).toBe(1);
  });
});
