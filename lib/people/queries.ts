import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A person's directory entry, if the actor may see them; otherwise NOT_FOUND (404). */
export async function getPersonSummary({ actor, personId }: { actor: Actor; personId: number }) {
  requirePermission(actor, "people:read");
  const person = await db().person.findFirst({
    where: { AND: [{ id: personId }, personInScope(scopeFor(actor, "directory"))] },
    select: {
      id: true,
      name: true,
      title: true,
      email: true,
      region: true,
      location: true,
      originCompany: true,
      startDate: true,
      endDate: true,
      erasedAt: true,
      team: { select: { id: true, name: true } },
      manager: { select: { id: true, name: true } },
      _count: { select: { reports: true } },
    },
  });
  if (!person) throw new AppError("NOT_FOUND", "Not found");
  return person;
}
