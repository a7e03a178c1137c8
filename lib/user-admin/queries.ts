import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { containsText } from "@/lib/search";

/** Logins for the admin screen, optionally filtered by name or email. */
export async function listUsers({ actor, query }: { actor: Actor; query?: string }) {
  requirePermission(actor, "user:manage");
  const q = query?.trim();
  const users = await db().user.findMany({
    where: q ? { OR: [{ email: containsText(q) }, { name: containsText(q) }] } : undefined,
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 500,
    select: {
      id: true,
      email: true,
      name: true,
      roles: true,
      active: true,
      version: true,
      lastSignInAt: true,
      passwordHash: true,
      person: { select: { id: true, name: true, email: true, employeeId: true } },
    },
  });
  // The hash never leaves this function; the screen only needs to know whether one is set.
  return users.map(({ passwordHash, ...user }) => ({ ...user, invitationPending: passwordHash === null }));
}

export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];
