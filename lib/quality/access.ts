import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

// Whose teams' flow metrics an actor may see and change (quality pillar):
// - VPE: every team, read and write.
// - HR_PARTNER: every team, read only.
// - DIRECTOR, MANAGER: the teams owned by themselves or by anyone below them in the reporting
//   tree (PersonClosure with ancestorId = their person, depth ≥ 0), read and write. No linked
//   person, no teams.
// - Anyone else (ADMIN alone): none.
// The filter goes inside each query's `where`; a team outside it is simply not found (404).
// No branch is empty or undefined, so a filter can never widen a query.

export type TeamScope = { kind: "all" } | { kind: "owned-below"; personId: number } | { kind: "none" };
export type TeamAccess = "read" | "write";

export function teamScope(actor: Pick<Actor, "roles" | "personId">, access: TeamAccess): TeamScope {
  if (!can(actor.roles, access === "read" ? "quality:read" : "quality:write")) return { kind: "none" };
  const roles = new Set(actor.roles);
  // HR partners read every team but write none: only the VPE's whole-org scope writes.
  if (roles.has("VPE") || (access === "read" && roles.has("HR_PARTNER"))) return { kind: "all" };
  if ((roles.has("DIRECTOR") || roles.has("MANAGER")) && actor.personId !== null) return { kind: "owned-below", personId: actor.personId };
  return { kind: "none" };
}

/** The scope as a Team filter, to spread into a query's `where`. */
export function teamWhere(scope: TeamScope): Prisma.TeamWhereInput {
  switch (scope.kind) {
    case "all":
      return { id: { gt: 0 } };
    case "owned-below":
      return { owner: { is: { ancestors: { some: { ancestorId: scope.personId, depth: { gte: 0 } } } } } };
    case "none":
      return { id: { in: [] } };
  }
}

/** The same scope as a SQL condition on a "Team" row aliased `alias`, for aggregates in raw SQL. */
export function teamScopeSql(scope: TeamScope, alias: string): Prisma.Sql {
  const team = Prisma.raw(`"${alias}"`);
  switch (scope.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "owned-below":
      return Prisma.sql`EXISTS (SELECT 1 FROM "PersonClosure" c WHERE c."descendantId" = ${team}."ownerId" AND c."ancestorId" = ${scope.personId} AND c.depth >= 0)`;
    case "none":
      return Prisma.sql`FALSE`;
  }
}

export const readableTeams = (actor: Actor) => teamWhere(teamScope(actor, "read"));
export const writableTeams = (actor: Actor) => teamWhere(teamScope(actor, "write"));
