import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScopeSql, scopeFor } from "@/lib/auth/scope";
import { addDays, businessDate, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { fiscalQuarterOf, fiscalQuarterRange, formatFiscalQuarter, type FiscalQuarter } from "@/lib/metrics/fiscal";
import { ensureDueDatesFresh } from "./due-rollup";

// Check-in coverage per manager below a director: on-time check-ins ÷ check-ins due for the
// manager's direct reports over a fiscal quarter to date. One SQL aggregate over CheckInDueDate
// (lib/check-ins/due-rollup.ts keeps it; lib/metrics/due-dates.ts `dueDateOutcomes` defines it).
//
// The table contract, for any other coverage figure (the dashboard's, by subtree):
//   "CheckInDueDate"(personId, dueDate, deadline = dueDate + grace days, metOn = date of the
//   check-in that met it, or null), one row per due date of each person's schedule from the start
//   date through min(end date, today + 400 days). Coverage of people P over [from, to] on `today`
//   counts P's rows with dueDate in [from, to] whose grace is over (deadline < today):
//     await ensureDueDatesFresh();
//     SELECT count(*) AS due, count(d."metOn") AS "onTime"
//     FROM "CheckInDueDate" d JOIN "Person" p ON p.id = d."personId"
//     WHERE <P on p> AND ${countedDueDatesSql({ from, to, today })}
//   or join `dueCountsByPersonSql(...)` (one row per person) to P. The index ("dueDate",
//   "personId", deadline, "metOn") makes either an index-only range scan. Coverage rolled up a
//   tree counts each person once: aggregate over the set of people, not over managers' figures.

export type ManagerCoverage = { managerId: number; name: string; reports: number; due: number; onTime: number; rate: number | null };
export type CoverageReport = { quarter: string; from: string; to: string; managers: ManagerCoverage[] };

const COVERAGE_ROLES = new Set(["DIRECTOR", "VPE", "HR_PARTNER"]);

export function canSeeCoverage(actor: Pick<Actor, "roles">): boolean {
  return actor.roles.some((role) => COVERAGE_ROLES.has(role));
}

/** The due dates a coverage figure over [from, to] counts on `today` (business dates), as a condition on "CheckInDueDate" aliased `d`. */
export function countedDueDatesSql({ from, to, today }: { from: Date; to: Date; today: Date }): Prisma.Sql {
  // A deadline is never before its due date, so nothing due today or later counts: a shorter range to scan.
  const last = to < today ? to : addDays(today, -1);
  return Prisma.sql`d."dueDate" BETWEEN ${formatDate(from)}::date AND ${formatDate(last)}::date AND d.deadline < ${formatDate(today)}::date`;
}

/** Per person with a counted due date: `"personId", due, "onTime"` (ints), for a CTE or a join. */
export function dueCountsByPersonSql(window: { from: Date; to: Date; today: Date }): Prisma.Sql {
  return Prisma.sql`SELECT d."personId", count(*)::int AS due, count(d."metOn")::int AS "onTime"
    FROM "CheckInDueDate" d WHERE ${countedDueDatesSql(window)} GROUP BY d."personId"`;
}

/** Managers the actor oversees, as a condition on "Person" aliased `m`: their people-data scope. */
function overseenManagersSql(actor: Actor): Prisma.Sql {
  // The scope alone decides: a director's managers are below them; the VPE and HR partners oversee
  // every manager but themselves, wherever their own record sits in the tree.
  return Prisma.sql`m."erasedAt" IS NULL AND ${personInScopeSql(scopeFor(actor, "people-data"), "m")}`;
}

export async function managerCoverage({ actor, quarter }: { actor: Actor; quarter?: FiscalQuarter }): Promise<CoverageReport> {
  requirePermission(actor, "checkin:read");
  if (!canSeeCoverage(actor)) throw new AppError("NOT_FOUND", "Not found");
  const org = await db().organization.findFirst({
    orderBy: { id: "asc" },
    select: { timeZone: true, fiscalYearStartMonth: true, checkInGraceDays: true },
  });
  const today = businessDate(new Date(), org?.timeZone ?? "UTC");
  const graceDays = org?.checkInGraceDays ?? 2;
  const startMonth = org?.fiscalYearStartMonth ?? 1;
  const q = quarter ?? fiscalQuarterOf(today, startMonth);
  const range = fiscalQuarterRange(q, startMonth);
  // To date: a due date counts once its grace period is over (deadline < today), so nobody is late
  // for today's; `to` is the last due date that can count.
  const lastCounted = addDays(today, -graceDays - 1);
  const to = range.end < lastCounted ? range.end : lastCounted;
  const from = range.start;

  await ensureDueDatesFresh();
  // Reports employed at some point of the quarter, under their current manager, each with their
  // counts (none: no due date yet, still a report). Per-person counts first, from an index-only
  // range scan of the whole quarter, then joined: a few ms for 5,000 people.
  const rows = await db().$queryRaw<Array<{ managerId: number; name: string; reports: number; due: number; onTime: number }>>(Prisma.sql`
    WITH counts AS (${dueCountsByPersonSql({ from, to: range.end, today })})
    SELECT r."managerId", min(m.name) AS name, count(*)::int AS reports,
      coalesce(sum(c.due), 0)::int AS due, coalesce(sum(c."onTime"), 0)::int AS "onTime"
    FROM "Person" m
    JOIN "Person" r ON r."managerId" = m.id
    LEFT JOIN counts c ON c."personId" = r.id
    WHERE ${overseenManagersSql(actor)}
      AND r."erasedAt" IS NULL AND r."startDate" <= ${formatDate(range.end)}::date
      AND (r."endDate" IS NULL OR r."endDate" >= ${formatDate(from)}::date)
    GROUP BY r."managerId"`);
  const managers = rows
    .map((row) => ({ ...row, rate: row.due === 0 ? null : row.onTime / row.due }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.managerId - b.managerId);
  return { quarter: formatFiscalQuarter(q), from: formatDate(from), to: formatDate(to), managers };
}
