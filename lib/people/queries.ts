import type { Actor } from "@/lib/auth/actor";
import { can, requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addDays } from "@/lib/dates";
import { orgToday } from "@/lib/org/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PEOPLE_PAGE_SIZE, type TPeopleQuery } from "./schemas";
import { containsText } from "@/lib/search";

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
/** People whose latest submitted or shared manager assessment says `readiness`, within the actor's people-data scope. */
async function peopleWithReadiness(actor: Actor, readiness: string): Promise<number[]> {
  if (!can(actor.roles, "assessment:read")) return [];
  const rows = await db().$queryRaw<Array<{ personId: number; promotionReadiness: string | null }>>`
    SELECT DISTINCT ON ("personId") "personId", "promotionReadiness" FROM "Assessment"
    WHERE kind = 'MANAGER' AND status <> 'DRAFT'
    ORDER BY "personId", date DESC, id DESC`;
  const candidates = rows.filter((row) => row.promotionReadiness === readiness).map((row) => row.personId);
  const visible = await db().person.findMany({
    where: { AND: [{ id: { in: candidates } }, personInScope(scopeFor(actor, "people-data"))] },
    select: { id: true },
  });
  return visible.map((person) => person.id);
}

function levelFilter(query: TPeopleQuery, today: Date): Prisma.PersonWhereInput {
  if (!query.level && !query.track && query.minDaysInLevel === undefined) return {};
  const latestStart = query.minDaysInLevel === undefined ? undefined : addDays(today, -query.minDaysInLevel);
  return {
    levelAssignments: {
      some: {
        effectiveTo: null,
        ...(latestStart ? { effectiveFrom: { lte: latestStart } } : {}),
        level: { ...(query.level ? { code: query.level } : {}), ...(query.track ? { track: { key: query.track } } : {}) },
      },
    },
  };
}

export async function listPeople({ actor, query }: { actor: Actor; query: TPeopleQuery }) {
  requirePermission(actor, "people:read");
  const term = query.q?.trim();
  const where: Prisma.PersonWhereInput = {
    AND: [
      personInScope(scopeFor(actor, "directory")),
      query.status === "current" ? { endDate: null } : query.status === "departed" ? { endDate: { not: null } } : {},
      term ? { OR: [{ name: containsText(term) }, { title: containsText(term) }] } : {},
      levelFilter(query, await orgToday()),
      query.under ? { ancestors: { some: { ancestorId: query.under } } } : {},
      query.readiness ? { id: { in: await peopleWithReadiness(actor, query.readiness) } } : {},
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
        levelAssignments: { where: { effectiveTo: null }, take: 1, select: { effectiveFrom: true, level: { select: { code: true, name: true } } } },
      },
    }),
  ]);
  return { total, people, pages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)) };
}

/** Levels and tracks of published frameworks, for the list's filters. */
export async function peopleFilterOptions() {
  const levels = await db().level.findMany({
    where: { track: { frameworkVersion: { status: "PUBLISHED" } } },
    orderBy: [{ trackId: "asc" }, { rank: "asc" }],
    select: { code: true, name: true, track: { select: { key: true, name: true } } },
  });
  const tracks = [...new Map(levels.map((level) => [level.track.key, level.track.name])).entries()].map(([key, name]) => ({ key, name }));
  return { levels: levels.map((level) => ({ code: level.code, name: level.name })), tracks };
}

/** What the edit forms and the history need, for people:write roles only. */
export async function getPersonForEdit({ actor, personId }: { actor: Actor; personId: number }) {
  requirePermission(actor, "people:write");
  const person = await db().person.findFirst({
    where: { AND: [{ id: personId, erasedAt: null }, personInScope(scopeFor(actor, "directory"))] },
    select: {
      id: true, version: true, name: true, email: true, employeeId: true, title: true, location: true, region: true,
      originCompany: true, startDate: true, teamId: true,
      manager: { select: { email: true, employeeId: true } },
    },
  });
  if (!person) throw new AppError("NOT_FOUND", "Not found");
  const { manager, startDate, ...rest } = person;
  return { ...rest, startDate: startDate.toISOString().slice(0, 10), managerRef: manager?.employeeId ?? manager?.email ?? "" };
}

/** Who the person reported to and in which team, newest first (directory information). */
export async function reportingHistory({ actor, personId }: { actor: Actor; personId: number }) {
  await getPersonSummary({ actor, personId });
  const lines = await db().reportingLine.findMany({
    where: { personId },
    orderBy: { effectiveFrom: "desc" },
    select: { id: true, managerId: true, teamId: true, effectiveFrom: true, effectiveTo: true },
  });
  const [managers, teams] = await Promise.all([
    db().person.findMany({ where: { id: { in: lines.flatMap((l) => (l.managerId ? [l.managerId] : [])) } }, select: { id: true, name: true } }),
    db().team.findMany({ where: { id: { in: lines.flatMap((l) => (l.teamId ? [l.teamId] : [])) } }, select: { id: true, name: true } }),
  ]);
  const nameOf = (list: Array<{ id: number; name: string }>, id: number | null) => list.find((item) => item.id === id)?.name ?? null;
  return lines.map((line) => ({ ...line, manager: nameOf(managers, line.managerId), team: nameOf(teams, line.teamId) }));
}
