import { parseOrRefuse } from "@/lib/assessments/schemas";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { businessDate, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cadence } from "@/lib/generated/prisma/enums";
import type { ScheduleSegment } from "@/lib/metrics/due-dates";
import { writableSubjects } from "./access";
import { refreshDueDates } from "./due-rollup";
import { setCadenceSchema, type TSetCadence } from "./schedule-schemas";

// A person's check-in cadence and its history. The current cadence lives on Person (null: the
// org default); every change also writes CheckInSchedule rows so past periods keep the due
// dates that were in force then (coverage of last quarter must not change with today's cadence).

const STALE = "Someone else changed this person meanwhile. Reload the page, then try again.";

type PersonSchedule = { startDate: Date; checkInCadence: Cadence | null; checkInAnchor: Date | null };
type ScheduleRow = { cadence: Cadence; anchor: Date; effectiveFrom: Date };

/**
 * The segments the metrics functions read. With no history rows, the current cadence and anchor
 * apply throughout. The first segment starts at the start date: no due date comes before it.
 */
export function segmentsOf({ person, rows, defaultCadence }: { person: PersonSchedule; rows: readonly ScheduleRow[]; defaultCadence: Cadence }): ScheduleSegment[] {
  if (rows.length === 0) {
    return [{ cadence: person.checkInCadence ?? defaultCadence, anchor: person.checkInAnchor ?? person.startDate, effectiveFrom: person.startDate }];
  }
  const ordered = [...rows].sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime());
  return ordered.map((row, i) => ({ cadence: row.cadence, anchor: row.anchor, effectiveFrom: i === 0 ? person.startDate : row.effectiveFrom }));
}

/** A person's schedule segments (NOT_FOUND for an unknown person). No scope: callers authorise. */
export async function scheduleOf(personId: number, tx: Prisma.TransactionClient = db()): Promise<ScheduleSegment[]> {
  const [person, org] = await Promise.all([
    tx.person.findUnique({
      where: { id: personId },
      select: { startDate: true, checkInCadence: true, checkInAnchor: true, checkInSchedules: { select: { cadence: true, anchor: true, effectiveFrom: true } } },
    }),
    tx.organization.findFirst({ orderBy: { id: "asc" }, select: { defaultCadence: true } }),
  ]);
  if (!person) throw new AppError("NOT_FOUND", "Not found");
  return segmentsOf({ person, rows: person.checkInSchedules, defaultCadence: org?.defaultCadence ?? "BIWEEKLY" });
}

/**
 * Who may change whose cadence: those who write check-ins about the person. A cadence is
 * check-in data, not directory data, so people admins (ADMIN, HR) do not set it.
 */
function editableWhere(actor: Actor): Prisma.PersonWhereInput {
  if (!can(actor.roles, "checkin:write")) throw new AppError("NOT_FOUND", "Not found");
  return writableSubjects(actor);
}

/** Sets the cadence and the next due date (the new anchor) from today on. */
export async function setCheckInCadence({ actor, input, ip }: { actor: Actor; input: TSetCadence; ip?: string | null }): Promise<void> {
  const where = editableWhere(actor);
  const org = await db().organization.findFirst({ orderBy: { id: "asc" }, select: { timeZone: true, defaultCadence: true } });
  const today = businessDate(new Date(), org?.timeZone ?? "UTC");
  const data = parseOrRefuse(setCadenceSchema({ today: formatDate(today) }), input);
  const anchor = parseDate(data.nextDue);
  await db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { AND: [{ id: data.personId, erasedAt: null }, where] },
      select: { id: true, version: true, startDate: true, endDate: true, checkInCadence: true, checkInAnchor: true },
    });
    if (!person) throw new AppError("NOT_FOUND", "Not found");
    if (person.endDate && person.endDate < today) {
      throw new AppError("UNPROCESSABLE", "Some fields need attention.", { personId: ["This person has left"] });
    }
    const { count } = await tx.person.updateMany({
      where: { id: person.id, version: data.version },
      data: { checkInCadence: data.cadence, checkInAnchor: anchor, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    // Before someone starts, the new cadence simply replaces the old one from the start date.
    const effectiveFrom = today > person.startDate ? today : person.startDate;
    const before = { cadence: person.checkInCadence ?? org?.defaultCadence ?? "BIWEEKLY", anchor: person.checkInAnchor ?? person.startDate };
    const hasHistory = (await tx.checkInSchedule.count({ where: { personId: person.id } })) > 0;
    if (!hasHistory && effectiveFrom > person.startDate) {
      await tx.checkInSchedule.create({ data: { personId: person.id, ...before, effectiveFrom: person.startDate } });
    }
    // A second change on the same day replaces the first.
    await tx.checkInSchedule.upsert({
      where: { personId_effectiveFrom: { personId: person.id, effectiveFrom } },
      create: { personId: person.id, cadence: data.cadence, anchor, effectiveFrom },
      update: { cadence: data.cadence, anchor },
    });
    await refreshDueDates(tx, [person.id]);
    await recordAudit({
      actorId: actor.userId, action: "checkin.cadence.set", entityType: "Person", entityId: person.id, ip, subjectIds: [person.id],
      before: { checkInCadence: person.checkInCadence, checkInAnchor: person.checkInAnchor && formatDate(person.checkInAnchor) },
      after: { checkInCadence: data.cadence, checkInAnchor: data.nextDue, effectiveFrom: formatDate(effectiveFrom) },
    }, tx);
  });
}
