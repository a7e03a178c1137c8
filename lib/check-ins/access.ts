import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";

// Who sees a check-in (DESIGN.md):
// - its author, in every status (a draft is theirs alone), while they still write check-ins
//   about the person (the tree decides whom anyone sees: a manager moved away, or one who lost
//   the role, no longer reads what they wrote about them);
// - the person it is about, once SUBMITTED — never its private note;
// - people with checkin:read whose people-data scope holds the person (the chain above them,
//   HR and the VPE), once SUBMITTED — never its private note.
// The private note is read by its author alone: every query selects it only for the author.

/** The visibility rule as one `where`; never empty, so it cannot widen a query. */
export function visibleCheckIns(actor: Actor): Prisma.CheckInWhereInput {
  const branches: Prisma.CheckInWhereInput[] = [{ authorId: actor.userId, subject: { is: writableSubjects(actor) } }];
  if (actor.personId !== null) branches.push({ subjectId: actor.personId, status: "SUBMITTED" });
  if (can(actor.roles, "checkin:read")) {
    branches.push({ status: "SUBMITTED", subject: { is: personInScope(scopeFor(actor, "people-data")) } });
  }
  return { OR: branches };
}

/** Whom the actor may write check-ins about: below their own person and inside their scope. */
export function writableSubjects(actor: Actor): Prisma.PersonWhereInput {
  if (actor.personId === null || !can(actor.roles, "checkin:write")) return { id: { in: [] } };
  return {
    AND: [
      { erasedAt: null, ancestors: { some: { ancestorId: actor.personId, depth: { gt: 0 } } } },
      personInScope(scopeFor(actor, "people-data")),
    ],
  };
}
