import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { addDays, businessDate, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { previousDueDate, scheduleCoverage } from "@/lib/metrics/due-dates";
import { fiscalQuarterOf, fiscalQuarterRange, formatFiscalQuarter, type FiscalQuarter } from "@/lib/metrics/fiscal";
import { segmentsOf } from "./schedule";

// Check-in coverage per manager below a director: on-time check-ins ÷ check-ins due for the
// manager's direct reports over a fiscal quarter. Three queries (reports, schedules, check-ins)
// whatever the number of managers; the figures come from lib/metrics.

export type ManagerCoverage = { managerId: number; name: string; reports: number; due: number; onTime: number; rate: number | null };
export type CoverageReport = { quarter: string; from: string; to: string; managers: ManagerCoverage[] };

const COVERAGE_ROLES = new Set(["DIRECTOR", "VPE", "HR_PARTNER"]);

export function canSeeCoverage(actor: Pick<Actor, "roles">): boolean {
  return actor.roles.some((role) => COVERAGE_ROLES.has(role));
}

/** Managers the actor oversees: in their people-data scope and, when they have a Person, below it. */
function overseenManagers(actor: Actor): Prisma.PersonWhereInput {
  const below: Prisma.PersonWhereInput = actor.personId === null ? {} : { ancestors: { some: { ancestorId: actor.personId, depth: { gt: 0 } } } };
  return { AND: [{ erasedAt: null }, below, personInScope(scopeFor(actor, "people-data"))] };
}

export async function managerCoverage({ actor, quarter }: { actor: Actor; quarter?: FiscalQuarter }): Promise<CoverageReport> {
  requirePermission(actor, "checkin:read");
  if (!canSeeCoverage(actor)) throw new AppError("NOT_FOUND", "Not found");
  const org = await db().organization.findFirst({
    orderBy: { id: "asc" },
    select: { timeZone: true, fiscalYearStartMonth: true, defaultCadence: true, checkInGraceDays: true },
  });
  const today = businessDate(new Date(), org?.timeZone ?? "UTC");
  const graceDays = org?.checkInGraceDays ?? 2;
  const startMonth = org?.fiscalYearStartMonth ?? 1;
  const q = quarter ?? fiscalQuarterOf(today, startMonth);
  const range = fiscalQuarterRange(q, startMonth);
  // To date: a due date counts once its grace period is over, so nobody is late for today's.
  const lastCounted = addDays(today, -graceDays - 1);
  const to = range.end < lastCounted ? range.end : lastCounted;
  const from = range.start;

  const reports = await db().person.findMany({
    where: {
      erasedAt: null,
      startDate: { lte: range.end },
      OR: [{ endDate: null }, { endDate: { gte: from } }],
      manager: { is: overseenManagers(actor) },
    },
    select: { id: true, managerId: true, startDate: true, endDate: true, checkInCadence: true, checkInAnchor: true, manager: { select: { name: true } } },
  });
  const ids = reports.map((report) => report.id);
  const defaultCadence = org?.defaultCadence ?? "BIWEEKLY";
  const schedules = ids.length === 0 ? [] : await db().checkInSchedule.findMany({
    where: { personId: { in: ids } },
    select: { personId: true, cadence: true, anchor: true, effectiveFrom: true },
  });
  const rowsOf = groupBy(schedules, (row) => row.personId);
  const segmentsById = new Map(reports.map((report) => [report.id, segmentsOf({ person: report, rows: rowsOf.get(report.id) ?? [], defaultCadence })]));
  // Only check-ins after the earliest due date before the quarter can count; one row per person.
  const earliest = reports.reduce((min, report) => {
    const previous = previousDueDate(segmentsById.get(report.id)!, from, report);
    return previous && previous < min ? previous : min;
  }, from);
  const checkIns = ids.length === 0 ? [] : await db().$queryRaw<Array<{ subjectId: number; dates: Date[] }>>`
    SELECT "subjectId", array_agg(date) AS dates FROM "CheckIn"
    WHERE "subjectId" = ANY(${ids}::int[]) AND status = 'SUBMITTED' AND date > ${earliest}::date AND date <= ${addDays(to, graceDays)}::date
    GROUP BY "subjectId"`;
  const datesOf = new Map(checkIns.map((row) => [row.subjectId, row.dates]));

  const byManager = new Map<number, ManagerCoverage>();
  for (const report of reports) {
    const managerId = report.managerId!;
    const entry = byManager.get(managerId) ?? { managerId, name: report.manager?.name ?? "", reports: 0, due: 0, onTime: 0, rate: null };
    const result = scheduleCoverage({
      segments: segmentsById.get(report.id)!, from, to, graceDays, employment: report, checkInDates: datesOf.get(report.id) ?? [],
    });
    entry.reports++;
    entry.due += result.due;
    entry.onTime += result.onTime;
    byManager.set(managerId, entry);
  }
  const managers = [...byManager.values()]
    .map((entry) => ({ ...entry, rate: entry.due === 0 ? null : entry.onTime / entry.due }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.managerId - b.managerId);
  return { quarter: formatFiscalQuarter(q), from: formatDate(from), to: formatDate(to), managers };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
