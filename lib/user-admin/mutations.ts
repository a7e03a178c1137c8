import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { resolvePersonRef } from "@/lib/people/resolve";
import type { TInviteUser, TUpdateUser } from "./schemas";

// User administration (ADMIN only). A change of roles, linked person or active flag bumps the
// user's session version, so it applies on their next request.

type Tx = Prisma.TransactionClient;

/** The person a login should be linked to; refuses one already linked to another login. */
async function resolvePerson(tx: Tx, ref: string | null, userId: number | null): Promise<number | null> {
  if (ref === null) return null;
  const person = await resolvePersonRef(tx, ref, "person");
  if (person.userId !== null && person.userId !== userId) {
    throw new AppError("UNPROCESSABLE", "Some fields need attention.", { person: ["This person is already linked to another login"] });
  }
  return person.id;
}

export async function inviteUser({ actor, input, ip }: { actor: Actor; input: TInviteUser; ip?: string | null }): Promise<{ userId: number }> {
  requirePermission(actor, "user:manage");
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("UNPROCESSABLE", "Some fields need attention.", { email: ["A user with this email already exists"] });
    }
    const personId = await resolvePerson(tx, input.person, null);
    const user = await tx.user.create({ data: { email: input.email, name: input.name, roles: input.roles, personId } });
    await recordAudit(
      { actorId: actor.userId, action: "user.invite", entityType: "User", entityId: user.id, after: { email: user.email, name: user.name, roles: user.roles, personId }, ip },
      tx,
    );
    return { userId: user.id };
  });
}

export async function updateUser({ actor, input, ip }: { actor: Actor; input: TUpdateUser; ip?: string | null }): Promise<void> {
  requirePermission(actor, "user:manage");
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId } });
    if (!before) throw new AppError("NOT_FOUND", "Not found");
    if (before.version !== input.version) {
      throw new AppError("CONFLICT", "Someone else changed this user meanwhile. Reload the page to see their change, then try again.");
    }
    if (before.id === actor.userId && (!input.active || !input.roles.includes("ADMIN"))) {
      throw new AppError("UNPROCESSABLE", "You cannot remove your own admin access or deactivate yourself.", {
        [input.active ? "roles" : "active"]: ["Ask another admin to do this"],
      });
    }
    const personId = await resolvePerson(tx, input.person, before.id);
    const accessChanged =
      before.active !== input.active || before.personId !== personId || [...before.roles].sort().join() !== [...input.roles].sort().join();
    // The version in the WHERE makes a concurrent second save fail instead of overwriting.
    const { count } = await tx.user.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        name: input.name,
        roles: input.roles,
        personId,
        active: input.active,
        version: { increment: 1 },
        ...(accessChanged ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone else changed this user meanwhile. Reload the page and try again.");
    // A deactivated user's outstanding links die with their access; reactivation does not revive them.
    if (!input.active) await tx.userToken.updateMany({ where: { userId: before.id, usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(
      {
        actorId: actor.userId,
        action: input.active ? "user.update" : "user.deactivate",
        entityType: "User",
        entityId: before.id,
        before: { name: before.name, roles: before.roles, personId: before.personId, active: before.active },
        after: { name: input.name, roles: input.roles, personId, active: input.active },
        ip,
      },
      tx,
    );
  });
}

/** An admin asks for a reset link for an active user; the link itself is issued by lib/users. */
export async function startPasswordReset({ actor, userId, ip }: { actor: Actor; userId: number; ip?: string | null }): Promise<void> {
  requirePermission(actor, "user:manage");
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, active: true } });
  if (!user) throw new AppError("NOT_FOUND", "Not found");
  if (!user.active) throw new AppError("UNPROCESSABLE", "Reactivate this user before resetting their password.");
  await recordAudit({ actorId: actor.userId, action: "user.password_reset_requested", entityType: "User", entityId: user.id, ip });
}
