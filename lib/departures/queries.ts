import type { Actor } from "@/lib/auth/actor";
import { can, requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor, subjectInScope, type Scope } from "@/lib/auth/scope";
import { formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { attritionFigures, recentQuarters, type AttritionFigures } from "@/lib/metrics/attrition";
import { fiscalQuarterRange } from "@/lib/metrics/fiscal";
import { getOrganization, orgToday } from "@/lib/org/queries";
import { parseQuarterParam, type TDepartureFilters } from "./schemas";
import { containsText, startsWithText } from "@/lib/search";

// Reading departures and attrition, always inside the actor's people-data scope (VPE and HR
// partners: the org but themselves; directors and managers: the people below them). The
// reason is free text about why someone left: only those who record departures read it.

const LIST_LIMIT = 500;

export type DepartureRow = {
  id: number;
  version: number;
  personId: number;
  name: string;
  date: string;
  voluntary: boolean;
  regrettable: boolean;
  /** Absent for readers who do not record departures. */
  reason?: string | null;
};

export type DepartureList = { departures: DepartureRow[]; showReasons: boolean; truncated: boolean };

export async function listDepartures({ actor, filters }: { actor: Actor; filters: TDepartureFilters }): Promise<DepartureList> {
  requirePermission(actor, "departure:read");
  const showReasons = can(actor.roles, "departure:write");
  const where: Prisma.DepartureWhereInput = { person: subjectInScope(scopeFor(actor, "people-data")) };
  const quarter = filters.quarter ? parseQuarterParam(filters.quarter) : null;
  if (quarter) {
    const { start, end } = fiscalQuarterRange(quarter, (await getOrganization())?.fiscalYearStartMonth ?? 1);
    where.date = { gte: start, lte: end };
  }
  if (filters.voluntary !== undefined) where.voluntary = filters.voluntary;
  if (filters.regrettable !== undefined) where.regrettable = filters.regrettable;
  const rows = await db().departure.findMany({
    where,
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: LIST_LIMIT + 1,
    select: { id: true, version: true, personId: true, date: true, voluntary: true, regrettable: true, reason: showReasons, person: { select: { name: true } } },
  });
  return {
    showReasons,
    truncated: rows.length > LIST_LIMIT,
    departures: rows.slice(0, LIST_LIMIT).map((row) => ({
      id: row.id, version: row.version, personId: row.personId, name: row.person.name, date: formatDate(row.date),
      voluntary: row.voluntary, regrettable: row.regrettable, ...(showReasons ? { reason: row.reason ?? null } : {}),
    })),
  };
}

export type QuarterAttrition = AttritionFigures & { label: string; start: string; end: string; toDate: boolean; months: number };
export type AttritionReport = { under: { id: number; name: string } | null; quarters: QuarterAttrition[] };

/** The scope as a SQL condition on a Person alias (mirrors personInScope: never empty, never widening). */
function scopeCondition(scope: Scope, alias: Prisma.Sql): Prisma.Sql {
  switch (scope.kind) {
    case "org":
      return scope.excludePersonId === null ? Prisma.sql`TRUE` : Prisma.sql`${alias}.id <> ${scope.excludePersonId}`;
    case "subtree":
      return Prisma.sql`EXISTS (SELECT 1 FROM "PersonClosure" s WHERE s."ancestorId" = ${scope.rootPersonId} AND s."descendantId" = ${alias}.id AND s.depth > 0)`;
    case "none":
      return Prisma.sql`FALSE`;
  }
}

type AggregateRow = { idx: number; rootOk: boolean; rootName: string | null; hs: number; he: number; departures: number; regrettable: number; voluntary: number };

/**
 * Attrition per fiscal quarter (the last `quarters`, the current one to date) over the actor's
 * scope, or over the people below `rootPersonId` (who must be in that scope: NOT_FOUND
 * otherwise). One SQL aggregate per call, however many people the subtree holds.
 */
export async function attritionByQuarter({ actor, rootPersonId, quarters = 4, today }: { actor: Actor; rootPersonId?: number; quarters?: number; today?: Date }): Promise<AttritionReport> {
  requirePermission(actor, "departure:read");
  const scope = scopeFor(actor, "people-data");
  const periods = recentQuarters(today ?? (await orgToday()), (await getOrganization())?.fiscalYearStartMonth ?? 1, quarters);
  const person = Prisma.sql`p`;
  const root = Prisma.sql`r`;
  const rootOk = rootPersonId === undefined
    ? Prisma.sql`TRUE`
    : Prisma.sql`EXISTS (SELECT 1 FROM "Person" r WHERE r.id = ${rootPersonId} AND ${scopeCondition(scope, root)})`;
  const population = rootPersonId === undefined
    ? scopeCondition(scope, person)
    : Prisma.sql`${scopeCondition(scope, person)} AND (SELECT ok FROM root_ok)
        AND EXISTS (SELECT 1 FROM "PersonClosure" u WHERE u."ancestorId" = ${rootPersonId} AND u."descendantId" = p.id AND u.depth > 0)`;
  const rows = await db().$queryRaw<AggregateRow[]>`
    WITH q(idx, qstart, qend) AS (
      SELECT * FROM unnest(${periods.map((_, index) => index)}::int[], ${periods.map((p) => formatDate(p.start))}::date[], ${periods.map((p) => formatDate(p.end))}::date[])
    ),
    root_ok AS (SELECT ${rootOk} AS ok),
    pop AS (SELECT p.id, p."startDate", p."endDate" FROM "Person" p WHERE ${population}),
    heads AS (
      SELECT q.idx,
        count(*) FILTER (WHERE pop."startDate" <= q.qstart AND (pop."endDate" IS NULL OR pop."endDate" >= q.qstart))::int AS hs,
        count(*) FILTER (WHERE pop."startDate" <= q.qend AND (pop."endDate" IS NULL OR pop."endDate" >= q.qend))::int AS he
      FROM q LEFT JOIN pop ON pop."startDate" <= q.qend GROUP BY q.idx
    ),
    gone AS (
      SELECT q.idx, count(d.id)::int AS departures,
        count(d.id) FILTER (WHERE d.regrettable)::int AS regrettable,
        count(d.id) FILTER (WHERE d.voluntary)::int AS voluntary
      FROM q LEFT JOIN "Departure" d ON d.date BETWEEN q.qstart AND q.qend AND d."personId" IN (SELECT id FROM pop)
      GROUP BY q.idx
    )
    SELECT heads.idx, (SELECT ok FROM root_ok) AS "rootOk",
      ${rootPersonId === undefined ? Prisma.sql`NULL::text` : Prisma.sql`(SELECT name FROM "Person" WHERE id = ${rootPersonId} AND (SELECT ok FROM root_ok))`} AS "rootName",
      heads.hs, heads.he, gone.departures, gone.regrettable, gone.voluntary
    FROM heads JOIN gone USING (idx) ORDER BY heads.idx`;
  if (rootPersonId !== undefined && !rows[0]?.rootOk) throw new AppError("NOT_FOUND", "Not found");
  return {
    under: rootPersonId === undefined ? null : { id: rootPersonId, name: rows[0]!.rootName ?? "" },
    quarters: rows.map((row) => {
      const period = periods[row.idx]!;
      const counts = { headcountStart: row.hs, headcountEnd: row.he, departures: row.departures, regrettable: row.regrettable, voluntary: row.voluntary };
      return { label: period.label, start: formatDate(period.start), end: formatDate(period.end), toDate: period.toDate, months: period.months, ...attritionFigures(counts, period.months) };
    }),
  };
}

export type PersonOption = { id: number; name: string; title: string | null; startDate: string };

/** People a departure may be recorded for: in scope, not erased, none recorded yet; by name. */
export async function departureCandidates({ actor, q }: { actor: Actor; q?: string }): Promise<PersonOption[]> {
  requirePermission(actor, "departure:write");
  const rows = await db().person.findMany({
    where: {
      AND: [personInScope(scopeFor(actor, "people-data")), { erasedAt: null, departures: { none: {} } }],
      ...(q ? { OR: [{ name: containsText(q) }, { email: startsWithText(q.toLowerCase()) }, { employeeId: q }] } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, name: true, title: true, startDate: true },
  });
  return rows.map((row) => ({ ...row, startDate: formatDate(row.startDate) }));
}

/** Managers in scope, for the subtree picker (people with at least one report, current or past). */
export async function subtreeOptions({ actor }: { actor: Actor }): Promise<Array<{ id: number; name: string }>> {
  requirePermission(actor, "departure:read");
  return db().person.findMany({
    where: { AND: [personInScope(scopeFor(actor, "people-data")), { reports: { some: {} } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 300,
    select: { id: true, name: true },
  });
}
