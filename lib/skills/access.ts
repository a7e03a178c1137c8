import type { Actor } from "@/lib/auth/actor";
import { personInScope, scopeFor, type Scope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";

// Whose learning items and experiments an actor may read and write. Guards the skills pillar:
// items about a person follow the people-data scope (the VPE and HR partners: the org but
// themselves; directors and managers: the people below them); items about a team follow the
// team's owner (the VPE and HR partners: every team; directors and managers: teams they or
// someone below them own). Like personInScope, no branch returns a filter that matches more.

/** Teams whose items the scope reaches, to spread into a Team `where`. */
export function teamInScope(scope: Scope): Prisma.TeamWhereInput {
  switch (scope.kind) {
    case "org":
      return { id: { gt: 0 } };
    case "subtree":
      return { owner: { is: { ancestors: { some: { ancestorId: scope.rootPersonId, depth: { gte: 0 } } } } } };
    case "none":
      return { id: { in: [] } };
  }
}

export function skillScope(actor: Actor): Scope {
  return scopeFor(actor, "people-data");
}

/** Items the actor may see on the skills pages and change with skills:write. */
export function itemsInScope(scope: Scope): Prisma.SkillItemWhereInput {
  return { OR: [{ person: { is: personInScope(scope) } }, { team: { is: teamInScope(scope) } }] };
}
