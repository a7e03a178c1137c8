import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PEOPLE_PAGE_SIZE, type TPeopleQuery } from "./schemas";

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

/** The directory within the actor's scope: searched by name or title, sorted and paged in SQL. */
export async function listPeople({ actor, query }: { actor: Actor; query: TPeopleQuery }) {
  requirePermission(actor, "people:read");
  const term = query.q?.trim();
  const where: Prisma.PersonWhereInput = {
    AND: [
      personInScope(scopeFor(actor, "directory")),
      query.status === "current" ? { endDate: null } : query.status === "departed" ? { endDate: { not: null } } : {},
      term ? { OR: [{ name: { contains: term, mode: "insensitive" } }, { title: { contains: term, mode: "insensitive" } }] } : {},
    ],
  };
  const orderBy: Prisma.PersonOrderByWithRelationInput[] =
    query.sort === "team" ? [{ team: { name: query.dir } }, { name: "asc" }] : [{ [query.sort]: query.dir }, { id: "asc" }];
  const [total, people] = await Promise.all([
    db().person.count({ where }),
    db().person.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        title: true,
        startDate: true,
        endDate: true,
        region: true,
        team: { select: { name: true } },
        manager: { select: { id: true, name: true } },
      },
    }),
  ]);
  return { total, people, pages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)) };
}
