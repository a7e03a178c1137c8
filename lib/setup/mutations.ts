import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { takeAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TSetup } from "./schemas";
import { adminExists, setupTokenMatches } from "./token";

const WRONG_TOKEN = "That setup token is not valid. Use the one printed in the server log at the last start.";

/** Creates the organisation (or completes one made by the CLI) and the first admin, once. */
export async function completeSetup({ input, ip }: { input: TSetup; ip: string | null }): Promise<void> {
  const throttleKey = `ip:setup:${ip ?? "unknown"}` as const;
  if ((await takeAttempt([throttleKey])) > 0) throw new AppError("RATE_LIMITED", "Too many attempts. Try again in a few minutes.");
  const passwordHash = await hashPassword(input.password);
  const done = await db().$transaction(async (tx) => {
    if (await adminExists(tx)) throw new AppError("NOT_FOUND", "Not found");
    if (!(await setupTokenMatches(tx, input.token))) return false;
    const existing = await tx.organization.findFirst({ select: { id: true } });
    const orgData = { name: input.orgName, timeZone: input.timeZone, fiscalYearStartMonth: input.fiscalYearStartMonth };
    const org = existing
      ? await tx.organization.update({ where: { id: existing.id }, data: { ...orgData, version: { increment: 1 } } })
      : await tx.organization.create({ data: orgData });
    const admin = await tx.user.upsert({
      where: { email: input.adminEmail },
      create: { email: input.adminEmail, name: input.adminName, roles: ["ADMIN"], passwordHash },
      update: { name: input.adminName, roles: { push: "ADMIN" }, passwordHash, active: true, sessionVersion: { increment: 1 } },
    });
    await tx.setupToken.deleteMany();
    await recordAudit({ actorId: admin.id, action: "setup.complete", entityType: "Organization", entityId: org.id, after: orgData, ip }, tx);
    return true;
  });
  if (!done) {
    throw new AppError("UNPROCESSABLE", "Some fields need attention.", { token: [WRONG_TOKEN] });
  }
}
