import type { Actor } from "@/lib/auth/actor";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";

// Guards every risk read and write: the person a risk is about must lie in the actor's "risks"
// scope (above them in the tree, or HR/VPE), which never holds the actor's own Person and is
// empty for an ADMIN-only user. Spread into the query's `where`, so an unseen risk is not found.

export function peopleAtRiskInScope(actor: Pick<Actor, "roles" | "personId">): Prisma.PersonWhereInput {
  return personInScope(scopeFor(actor, "risks"));
}

export function risksInScope(actor: Pick<Actor, "roles" | "personId">): Prisma.RetentionRiskWhereInput {
  return { person: { is: peopleAtRiskInScope(actor) } };
}
