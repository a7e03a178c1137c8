import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor, subjectInScope } from "@/lib/auth/scope";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { addDays, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orgToday } from "@/lib/org/queries";
import { FUTURE_MAX_DAYS, ZRecordDeparture, ZRemoveDeparture, ZUpdateDeparture, type TRecordDeparture, type TRemoveDeparture, type TUpdateDeparture } from "./schemas";

// Departures (VPE and HR partners, within their people-data scope: never themselves). A
// departure's date is the person's last day in headcount, so recording one also sets
// Person.endDate in the same transaction; their history (check-ins, assessments, levels) stays.
// One departure per person: a second is refused, the first is edited (with its version) or
// removed. Removing it takes back the end date it set and reopens the reporting line it closed.

type Tx = Prisma.TransactionClient;
const notFound = () => new AppError("NOT_FOUND", "Not found");
const invalid = (fields: Record<string, string[]>) => new AppError("UNPROCESSABLE", "Some fields need attention.", fields);
const STALE = "Someone else changed this departure meanwhile. Reload the page to see their change, then try again.";

type Subject = { id: number; startDate: Date; endDate: Date | null; user: { id: number; active: boolean } | null };

/** The person, locked for the rest of the transaction, when they are in the actor's scope. */
async function lockSubject(tx: Tx, actor: Actor, personId: number): Promise<Subject> {
  const person = await tx.person.findFirst({
    where: { AND: [{ id: personId, erasedAt: null }, personInScope(scopeFor(actor, "people-data"))] },
    select: { id: true, startDate: true, endDate: true, user: { select: { id: true, active: true } } },
  });
  if (!person) throw notFound();
  // Serialises a double submit or two HR partners recording the same person (released at commit).
  await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${personId} FOR UPDATE`;
  return person;
}

/** The date rules that need the person: not before their start, not more than a year ahead. */
function checkDate(date: Date, person: Subject, today: Date): void {
  if (date < person.startDate) throw invalid({ date: [`This is before they started on ${formatDate(person.startDate)}`] });
  if (date > addDays(today, FUTURE_MAX_DAYS)) throw invalid({ date: [`Choose a date at most ${FUTURE_MAX_DAYS} days from today`] });
}

async function refuseManagerWithReports(tx: Tx, personId: number): Promise<void> {
  const reports = await tx.person.count({ where: { managerId: personId, endDate: null } });
  if (reports > 0) {
    throw invalid({ personId: [`They still manage ${reports} current report${reports === 1 ? "" : "s"}: move their reports first (on their person page)`] });
  }
}

/**
 * Moves the person's end date (and the reporting line it closed) to `date`, and closes their
 * login once the date has passed. Returns whether a login was deactivated now.
 */
async function applyEndDate(tx: Tx, person: Subject, date: Date, today: Date): Promise<boolean> {
  await tx.person.update({ where: { id: person.id }, data: { endDate: date, version: { increment: 1 } } });
  await tx.reportingLine.updateMany({
    where: { personId: person.id, effectiveTo: person.endDate ?? null },
    data: { effectiveTo: date },
  });
  if (!person.user?.active || date >= today) return false;
  await tx.user.update({ where: { id: person.user.id }, data: { active: false, sessionVersion: { increment: 1 }, version: { increment: 1 } } });
  await tx.userToken.updateMany({ where: { userId: person.user.id, usedAt: null }, data: { usedAt: new Date() } });
  return true;
}

const auditValues = (departure: { personId: number; date: Date; voluntary: boolean; regrettable: boolean; reason: string | null }) => ({
  personId: departure.personId,
  date: formatDate(departure.date),
  voluntary: departure.voluntary,
  regrettable: departure.regrettable,
  reason: departure.reason,
});

export type DepartureSaved = { id: number; version: number; loginDeactivated: boolean };

/** Records someone's departure; they leave headcount after `date`. */
export async function recordDeparture({ actor, input, ip }: { actor: Actor; input: TRecordDeparture; ip?: string | null }): Promise<DepartureSaved> {
  requirePermission(actor, "departure:write");
  const data = parseOrRefuse(ZRecordDeparture, input);
  const date = parseDate(data.date);
  const today = await orgToday();
  return db().$transaction(async (tx) => {
    const person = await lockSubject(tx, actor, data.personId);
    const existing = await tx.departure.findFirst({ where: { personId: person.id }, select: { date: true } });
    if (existing) {
      throw invalid({ personId: [`A departure is already recorded for them (last day ${formatDate(existing.date)}). Edit or remove that one instead.`] });
    }
    checkDate(date, person, today);
    await refuseManagerWithReports(tx, person.id);
    const created = await tx.departure.create({
      data: { personId: person.id, date, voluntary: data.voluntary, regrettable: data.regrettable, reason: data.reason, recordedById: actor.userId },
    });
    const loginDeactivated = await applyEndDate(tx, person, date, today);
    await recordAudit({
      actorId: actor.userId, action: "departure.record", entityType: "Departure", entityId: created.id, subjectIds: [person.id], ip,
      after: { ...auditValues(created), endDateBefore: person.endDate && formatDate(person.endDate), loginDeactivated },
    }, tx);
    return { id: created.id, version: created.version, loginDeactivated };
  });
}

/** Corrects a departure (date, flags, reason); the end date follows its date. */
export async function updateDeparture({ actor, input, ip }: { actor: Actor; input: TUpdateDeparture; ip?: string | null }): Promise<DepartureSaved> {
  requirePermission(actor, "departure:write");
  const data = parseOrRefuse(ZUpdateDeparture, input);
  const date = parseDate(data.date);
  const today = await orgToday();
  return db().$transaction(async (tx) => {
    const before = await tx.departure.findFirst({ where: { id: data.departureId, person: subjectInScope(scopeFor(actor, "people-data")) } });
    if (!before) throw notFound();
    const person = await lockSubject(tx, actor, before.personId);
    if (before.version !== data.version) throw new AppError("CONFLICT", STALE);
    checkDate(date, person, today);
    const { count } = await tx.departure.updateMany({
      where: { id: before.id, version: data.version },
      data: { date, voluntary: data.voluntary, regrettable: data.regrettable, reason: data.reason, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    const loginDeactivated = date.getTime() === before.date.getTime() && person.endDate?.getTime() === date.getTime()
      ? false
      : await applyEndDate(tx, person, date, today);
    const after = { ...before, date, voluntary: data.voluntary, regrettable: data.regrettable, reason: data.reason };
    await recordAudit({
      actorId: actor.userId, action: "departure.update", entityType: "Departure", entityId: before.id, subjectIds: [person.id], ip,
      before: auditValues(before), after: { ...auditValues(after), loginDeactivated },
    }, tx);
    return { id: before.id, version: before.version + 1, loginDeactivated };
  });
}

/**
 * Removes a departure recorded by mistake. The person's end date is cleared when it is the one
 * the departure set, and the reporting line closed on that date reopens; a login closed by it
 * stays closed (an admin reopens logins in user administration).
 */
export async function removeDeparture({ actor, input, ip }: { actor: Actor; input: TRemoveDeparture; ip?: string | null }): Promise<void> {
  requirePermission(actor, "departure:write");
  const data = parseOrRefuse(ZRemoveDeparture, input);
  await db().$transaction(async (tx) => {
    const before = await tx.departure.findFirst({ where: { id: data.departureId, person: subjectInScope(scopeFor(actor, "people-data")) } });
    if (!before) throw notFound();
    const person = await lockSubject(tx, actor, before.personId);
    const { count } = await tx.departure.deleteMany({ where: { id: before.id, version: data.version } });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    const endDateCleared = person.endDate?.getTime() === before.date.getTime();
    if (endDateCleared) {
      await tx.person.update({ where: { id: person.id }, data: { endDate: null, version: { increment: 1 } } });
      await tx.reportingLine.updateMany({ where: { personId: person.id, effectiveTo: before.date }, data: { effectiveTo: null } });
    }
    // The reason's text is left out: once the row is gone, erasure could not find this event by it.
    await recordAudit({
      actorId: actor.userId, action: "departure.remove", entityType: "Departure", entityId: before.id, subjectIds: [person.id], ip,
      before: { ...auditValues(before), reason: before.reason === null ? null : "(recorded)" }, after: { endDateCleared },
    }, tx);
  });
}
