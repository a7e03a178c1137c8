import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { addDays, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { attachToTree, moveSubtree, wouldCreateCycle } from "@/lib/org/closure";
import { resolvePersonRef } from "./resolve";
import type { TChangeReportingLine, TCreatePerson, TEndEmployment, TUpdatePerson } from "./schemas";

// The people directory's changes (ADMIN and HR partners). A change of manager rewrites the
// closure table in the same transaction and keeps the old line in the history.

type Tx = Prisma.TransactionClient;
const invalid = (field: string, message: string) => new AppError("UNPROCESSABLE", "Some fields need attention.", { [field]: [message] });
const STALE = "Someone else changed this person meanwhile. Reload the page to see their change, then try again.";

async function assertUnique(tx: Tx, input: { email: string | null; employeeId: string | null }, personId: number | null) {
  const notSelf = personId === null ? {} : { id: { not: personId } };
  const errors: Record<string, string[]> = {};
  if (input.email && (await tx.person.count({ where: { ...notSelf, email: input.email } }))) errors.email = ["Another person has this email"];
  if (input.employeeId && (await tx.person.count({ where: { ...notSelf, employeeId: input.employeeId } }))) {
    errors.employeeId = ["Another person has this employee id"];
  }
  if (Object.keys(errors).length > 0) throw new AppError("UNPROCESSABLE", "Some fields need attention.", errors);
}

/** The manager's id from the form's reference, refusing departed managers and cycles. */
async function resolveManager(tx: Tx, ref: string | null, personId: number | null): Promise<number | null> {
  if (ref === null) return null;
  const { id } = await resolvePersonRef(tx, ref, "manager");
  if (!(await tx.person.count({ where: { id, endDate: null } }))) throw invalid("manager", "Choose someone who still works here");
  if (personId !== null && (await wouldCreateCycle(tx, personId, id))) {
    throw invalid("manager", "This would make the person report to themselves or to one of their own reports");
  }
  return id;
}

async function assertTeam(tx: Tx, teamId: number | null) {
  if (teamId !== null && !(await tx.team.findUnique({ where: { id: teamId }, select: { id: true } }))) throw invalid("teamId", "Choose an existing team");
}

export async function createPerson({ actor, input, ip }: { actor: Actor; input: TCreatePerson; ip?: string | null }): Promise<number> {
  requirePermission(actor, "people:write");
  return db().$transaction(async (tx) => {
    await assertUnique(tx, input, null);
    const managerId = await resolveManager(tx, input.manager, null);
    await assertTeam(tx, input.teamId);
    const person = await tx.person.create({
      data: {
        name: input.name, email: input.email, employeeId: input.employeeId, title: input.title, location: input.location,
        region: input.region, originCompany: input.originCompany, teamId: input.teamId, managerId, startDate: parseDate(input.startDate),
      },
    });
    await attachToTree(tx, person.id, managerId);
    await tx.reportingLine.create({
      data: { personId: person.id, managerId, teamId: input.teamId, effectiveFrom: person.startDate, changedById: actor.userId },
    });
    await recordAudit({ actorId: actor.userId, action: "person.create", entityType: "Person", entityId: person.id, after: input, ip }, tx);
    return person.id;
  });
}

export async function updatePerson({ actor, input, ip }: { actor: Actor; input: TUpdatePerson; ip?: string | null }): Promise<void> {
  requirePermission(actor, "people:write");
  await db().$transaction(async (tx) => {
    const before = await tx.person.findFirst({ where: { id: input.personId, erasedAt: null } });
    if (!before) throw new AppError("NOT_FOUND", "Not found");
    if (before.version !== input.version) throw new AppError("CONFLICT", STALE);
    await assertUnique(tx, input, before.id);
    const { personId, version, startDate, ...details } = input;
    const { count } = await tx.person.updateMany({
      where: { id: personId, version },
      data: { ...details, startDate: parseDate(startDate), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    const previous = { name: before.name, email: before.email, employeeId: before.employeeId, title: before.title, location: before.location,
      region: before.region, originCompany: before.originCompany, startDate: formatDate(before.startDate) };
    await recordAudit({ actorId: actor.userId, action: "person.update", entityType: "Person", entityId: personId, before: previous, after: { ...details, startDate }, ip }, tx);
  });
}

export async function changeReportingLine({ actor, input, ip }: { actor: Actor; input: TChangeReportingLine; ip?: string | null }): Promise<void> {
  requirePermission(actor, "people:write");
  const effectiveFrom = parseDate(input.effectiveDate);
  await db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { id: input.personId, erasedAt: null } });
    if (!person) throw new AppError("NOT_FOUND", "Not found");
    if (person.version !== input.version) throw new AppError("CONFLICT", STALE);
    const managerId = await resolveManager(tx, input.manager, person.id);
    if (person.managerId === managerId && person.teamId === input.teamId) throw invalid("manager", "Choose a different manager or team");
    await assertTeam(tx, input.teamId);
    const current = await tx.reportingLine.findFirst({ where: { personId: person.id, effectiveTo: null }, orderBy: { effectiveFrom: "desc" } });
    if (current && effectiveFrom <= current.effectiveFrom) {
      throw invalid("effectiveDate", `Must be after ${formatDate(current.effectiveFrom)}, when the current line began`);
    }
    if (current) await tx.reportingLine.update({ where: { id: current.id }, data: { effectiveTo: addDays(effectiveFrom, -1) } });
    await tx.reportingLine.create({
      data: { personId: person.id, managerId, teamId: input.teamId, effectiveFrom, changedById: actor.userId },
    });
    const { count } = await tx.person.updateMany({
      where: { id: person.id, version: input.version },
      data: { managerId, teamId: input.teamId, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    if (person.managerId !== managerId) await moveSubtree(tx, person.id, managerId);
    await recordAudit(
      {
        actorId: actor.userId, action: "person.reporting_line", entityType: "Person", entityId: person.id, ip,
        before: { managerId: person.managerId, teamId: person.teamId },
        after: { managerId, teamId: input.teamId, effectiveFrom: input.effectiveDate },
      },
      tx,
    );
  });
}

/**
 * Takes someone out of the directory from a date: they stay in history and figures, leave the
 * headcount after their last day, and their login stops working. Their reports move first.
 */
export async function endEmployment({ actor, input, ip }: { actor: Actor; input: TEndEmployment; ip?: string | null }): Promise<void> {
  requirePermission(actor, "people:write");
  const endDate = parseDate(input.endDate);
  await db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { id: input.personId, erasedAt: null }, include: { user: { select: { id: true } } } });
    if (!person) throw new AppError("NOT_FOUND", "Not found");
    if (person.version !== input.version) throw new AppError("CONFLICT", STALE);
    if (person.endDate) throw invalid("endDate", `Already left on ${formatDate(person.endDate)}`);
    if (endDate < person.startDate) throw invalid("endDate", "Must be on or after their start date");
    const reports = await tx.person.count({ where: { managerId: person.id, endDate: null } });
    if (reports > 0) throw invalid("endDate", `Move their ${reports} current report${reports === 1 ? "" : "s"} to another manager first`);
    const { count } = await tx.person.updateMany({ where: { id: person.id, version: input.version }, data: { endDate, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    await tx.reportingLine.updateMany({ where: { personId: person.id, effectiveTo: null }, data: { effectiveTo: endDate } });
    if (person.user) {
      await tx.user.update({ where: { id: person.user.id }, data: { active: false, sessionVersion: { increment: 1 }, version: { increment: 1 } } });
      await tx.userToken.updateMany({ where: { userId: person.user.id, usedAt: null }, data: { usedAt: new Date() } });
    }
    await recordAudit({ actorId: actor.userId, action: "person.end_employment", entityType: "Person", entityId: person.id,
      before: { endDate: null }, after: { endDate: input.endDate, loginDeactivated: Boolean(person.user) }, ip }, tx);
  });
}
