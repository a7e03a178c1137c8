import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { forgiveAttempt, takeAttempt, throttleKeys } from "./throttle";

// Email + password sign-in. An unknown email and a wrong password look the same from outside:
// same answer, and a password hash is checked either way so the timing does not tell.

export type CredentialsResult =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function verifyCredentials(input: { email: string; password: string; ip: string | null }): Promise<CredentialsResult> {
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, input.ip);
  const retryAfterSeconds = await takeAttempt(keys);
  if (retryAfterSeconds > 0) return { ok: false, reason: "locked", retryAfterSeconds };

  const user = await db().user.findUnique({ where: { email } });
  dummyHash ??= hashPassword("not a real password");
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !user.active || !user.passwordHash || !passwordOk) {
    await recordAudit({ actorId: null, action: "auth.sign_in_failed", entityType: "User", entityId: user?.id ?? null, ip: input.ip });
    return { ok: false, reason: "invalid" };
  }
  await forgiveAttempt(keys);
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id, ip: input.ip });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
