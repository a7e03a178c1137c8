import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

// Whom an actor may see, from the reporting tree's closure table. Every query over people or
// their data puts `personInScope(...)` inside its `where`; a record outside the scope is then
// simply not found (404). No branch returns `{}` or undefined: an empty scope matches nobody.

export type ScopeArea =
  /** The people directory: names, titles, managers, teams. */
  | "directory"
  /** Check-ins, assessments and other growth data (never one's own through this scope). */
  | "people-data"
  /** Retention risks: never about oneself, never for an ADMIN-only user. */
  | "risks";

export type Scope =
  | { kind: "org"; excludePersonId: number | null }
  | { kind: "subtree"; rootPersonId: number }
  | { kind: "none" };

export function scopeFor(actor: Pick<Actor, "roles" | "personId">, area: ScopeArea): Scope {
  const roles = new Set(actor.roles);
  const wholeOrg = roles.has("VPE") || roles.has("HR_PARTNER") || (area === "directory" && roles.has("ADMIN"));
  // Growth data and risks about oneself follow their own rules ("My growth"), never the org scope.
  if (wholeOrg) return { kind: "org", excludePersonId: area === "directory" ? null : actor.personId };
  // Below the actor's own Person in the tree, never that Person; no Person, nobody.
  if ((roles.has("DIRECTOR") || roles.has("MANAGER")) && actor.personId !== null) {
    return { kind: "subtree", rootPersonId: actor.personId };
  }
  return { kind: "none" };
}

/** A Person filter for the scope, to spread into a query's `where`. */
export function personInScope(scope: Scope): Prisma.PersonWhereInput {
  switch (scope.kind) {
    case "org":
      return scope.excludePersonId === null ? { id: { gt: 0 } } : { id: { gt: 0, not: scope.excludePersonId } };
    case "subtree":
      return { ancestors: { some: { ancestorId: scope.rootPersonId, depth: { gt: 0 } } } };
    case "none":
      return { id: { in: [] } };
  }
}

/** The same scope applied through a relation to the person a record is about. */
export function subjectInScope(scope: Scope): { is: Prisma.PersonWhereInput } {
  return { is: personInScope(scope) };
}

/**
 * The same scope as one SQL condition on a "Person" row aliased `alias`, for aggregates written in
 * SQL (dashboards, coverage). Like personInScope: never empty, nobody when the scope is none.
 */
export function personInScopeSql(scope: Scope, alias: string): Prisma.Sql {
  const person = Prisma.raw(`"${alias.replaceAll('"', "")}"`);
  switch (scope.kind) {
    case "org":
      return scope.excludePersonId === null ? Prisma.sql`TRUE` : Prisma.sql`${person}.id <> ${scope.excludePersonId}`;
    case "subtree":
      return Prisma.sql`EXISTS (SELECT 1 FROM "PersonClosure" scope_c WHERE scope_c."descendantId" = ${person}.id AND scope_c."ancestorId" = ${scope.rootPersonId} AND scope_c.depth > 0)`;
    case "none":
      return Prisma.sql`FALSE`;
  }
}
