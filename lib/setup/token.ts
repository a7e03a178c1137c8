import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

// The one-time setup token. While no admin exists, each server start makes a fresh one (or takes
// SETUP_TOKEN for automated installs), keeps only its hash and prints the token in its log.

const hashOf = (token: string) => createHash("sha256").update(token).digest();

export async function adminExists(tx: Prisma.TransactionClient = db()): Promise<boolean> {
  return (await tx.user.count({ where: { roles: { has: "ADMIN" }, active: true } })) > 0;
}

/** Returns the token to print, or null when setup is already done (any old token is removed). */
export async function refreshSetupToken(preset?: string): Promise<string | null> {
  if (await adminExists()) {
    await db().setupToken.deleteMany();
    return null;
  }
  const token = preset ?? randomBytes(24).toString("base64url");
  const tokenHash = hashOf(token).toString("hex");
  await db().setupToken.upsert({ where: { id: 1 }, create: { id: 1, tokenHash }, update: { tokenHash, createdAt: new Date() } });
  return token;
}

/** Compares in constant time; the row is locked by the caller's transaction. */
export async function setupTokenMatches(tx: Prisma.TransactionClient, token: string): Promise<boolean> {
  const rows = await tx.$queryRaw<Array<{ tokenHash: string }>>`SELECT "tokenHash" FROM "SetupToken" WHERE id = 1 FOR UPDATE`;
  const stored = rows[0]?.tokenHash;
  if (!stored) return false;
  return timingSafeEqual(Buffer.from(stored, "hex"), hashOf(token));
}
