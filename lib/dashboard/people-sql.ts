import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TDashboardFilters } from "./filters";

// The people a dashboard figure counts, as one SQL condition on a "Person" row aliased `p`: the
// actor's people-data scope (lib/auth/scope.ts — never wider, nobody when empty) narrowed by the
// URL's filters. Aggregates then run in SQL over exactly these people.

export function dashboardPeopleSql(actor: Actor, filters: TDashboardFilters): Prisma.Sql {
  const scope = scopeFor(actor, "people-data");
  const parts: Prisma.Sql[] = [Prisma.sql`p."erasedAt" IS NULL`];
  switch (scope.kind) {
    case "org":
      if (scope.excludePersonId !== null) parts.push(Prisma.sql`p.id <> ${scope.excludePersonId}`);
      break;
    case "subtree":
      parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "PersonClosure" c WHERE c."descendantId" = p.id AND c."ancestorId" = ${scope.rootPersonId} AND c.depth > 0)`);
      break;
    case "none":
      parts.push(Prisma.sql`FALSE`);
  }
  if (filters.under !== undefined) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "PersonClosure" u WHERE u."descendantId" = p.id AND u."ancestorId" = ${filters.under} AND u.depth > 0)`);
  }
  if (filters.region !== undefined) parts.push(Prisma.sql`p.region = ${filters.region}::"Region"`);
  if (filters.origin !== undefined) parts.push(Prisma.sql`p."originCompany" = ${filters.origin}`);
  return Prisma.join(parts, " AND ");
}
