import { createHash, randomBytes } from "node:crypto";
import { auditRow, recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZPassword, type TUserTokenKind } from "./schemas";

// Single-use links for invitations and password resets. Only a SHA-256 of the token is stored,
// so a leaked database or backup holds no usable link; 256 random bits need no slow hash.

const LIFETIME_MS: Record<TUserTokenKind, number> = {
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

/** Every refusal reads the same, so a link never tells whether it was used, expired or revoked. */
export const INVALID_LINK = "This link is invalid or has expired.";

export type RequestInfo = { actorId?: number | null; requestId?: string | null; ip?: string | null };

export function hashUserToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Issues a fresh link token and revokes the user's earlier unused ones of the same kind. */
export async function issueUserToken(
  tx: Prisma.TransactionClient,
  { userId, kind, request = {} }: { userId: number; kind: TUserTokenKind; request?: RequestInfo },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + LIFETIME_MS[kind]);
  const revoked = await tx.userToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: now } });
  const row = await tx.userToken.create({ data: { userId, kind, tokenHash: hashUserToken(token), expiresAt }, select: { id: true } });
  await recordAudit(
    {
      actorId: request.actorId ?? null,
      action: "user_token.issue",
      entityType: "UserToken",
      entityId: row.id,
      after: { userId, kind, expiresAt: expiresAt.toISOString(), revokedEarlier: revoked.count },
      requestId: request.requestId,
      ip: request.ip,
    },
    tx,
  );
  return { token, expiresAt };
}

/** The holder of a usable link, for the page that shows the form; null for any unusable link. */
export async function findUsableToken({ token, kind }: { token: string; kind: TUserTokenKind }): Promise<{ name: string; email: string } | null> {
  const row = await db().userToken.findUnique({
    where: { tokenHash: hashUserToken(token) },
    select: { kind: true, usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  if (!row || row.kind !== kind || row.usedAt || row.expiresAt <= new Date() || !row.user.active) return null;
  return { name: row.user.name, email: row.user.email };
}

/**
 * Sets the password a link was issued for and uses the link up. The claim is one conditional
 * UPDATE: of two concurrent requests with the same token, the second waits for the first's row
 * lock, re-checks "usedAt" IS NULL once the first commits, and matches nothing.
 */
export async function consumeUserToken({
  token,
  kind,
  password,
  request = {},
}: {
  token: string;
  kind: TUserTokenKind;
  password: string;
  request?: RequestInfo;
}): Promise<{ email: string }> {
  const parsed = ZPassword.safeParse(password);
  if (!parsed.success) {
    throw new AppError("UNPROCESSABLE", "Some fields need attention.", { password: parsed.error.issues.map((issue) => issue.message) });
  }
  // Hashed before the transaction so no connection is held during argon2's work.
  const passwordHash = await hashPassword(parsed.data);
  return db().$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<Array<{ id: number; userId: number }>>`
      UPDATE "UserToken" SET "usedAt" = now()
      WHERE "tokenHash" = ${hashUserToken(token)} AND kind = ${kind}::"UserTokenKind"
        AND "usedAt" IS NULL AND "expiresAt" > now()
      RETURNING id, "userId"`;
    const [claim] = claimed;
    if (!claim) throw new AppError("NOT_FOUND", INVALID_LINK);
    const userId = claim.userId;
    // A deactivated user's link stays refused; throwing rolls the claim back.
    const active = await tx.user.findFirst({ where: { id: userId, active: true }, select: { id: true } });
    if (!active) throw new AppError("NOT_FOUND", INVALID_LINK);
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
      select: { email: true },
    });
    // With a password set, every other outstanding link of the user (invitation or reset) is spent.
    await tx.userToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
    const context = { actorId: userId, requestId: request.requestId, ip: request.ip };
    // Only the names of what changed: the hash is a secret even in the audit trail.
    await tx.auditEvent.create({
      data: { ...auditRow({ ...context, action: "user.password_set", entityType: "User", entityId: userId }), changedFields: ["passwordHash", "sessionVersion", "version"] },
    });
    await recordAudit({ ...context, action: "user_token.use", entityType: "UserToken", entityId: claim.id, after: { kind } }, tx);
    return { email: user.email };
  });
}
