import type { Actor } from "@/lib/auth/actor";
import { personInScopeSql, scopeFor } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TDashboardFilters } from "./filters";

// The people a dashboard figure counts, as one SQL condition on a "Person" row aliased `p`: the
// actor's people-data scope (lib/auth/scope.ts — never wider, nobody when empty) narrowed by the
// URL's filters. Aggregates then run in SQL over exactly these people.

export function dashboardPeopleSql(actor: Actor, filters: TDashboardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`p."erasedAt" IS NULL`, personInScopeSql(scopeFor(actor, "people-data"), "p")];
  if (filters.under !== undefined) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "PersonClosure" u WHERE u."descendantId" = p.id AND u."ancestorId" = ${filters.under} AND u.depth > 0)`);
  }
  if (filters.region !== undefined) parts.push(Prisma.sql`p.region = ${filters.region}::"Region"`);
  if (filters.origin !== undefined) parts.push(Prisma.sql`p."originCompany" = ${filters.origin}`);
  return Prisma.join(parts, " AND ");
}
