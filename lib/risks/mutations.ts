import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RiskFactor, RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";
import { orgToday } from "@/lib/org/queries";
import { peopleAtRiskInScope, risksInScope } from "./access";
import {
  addMitigationSchema, createRiskSchema, updateMitigationSchema, updateRiskSchema, ZCloseRisk,
  type TAddMitigation, type TCloseRisk, type TCreateRisk, type TUpdateMitigation, type TUpdateRisk,
} from "./schemas";

// Writing the risk register. Every change runs in one transaction that also writes a
// RiskHistory row (before/after values, for risk readers only) and an audit event (which keeps
// the names of the changed fields, never their values: lib/audit/record.ts REDACTED_FIELDS).

const notFound = () => new AppError("NOT_FOUND", "Not found");
const STALE_RISK = "Someone changed this risk after you opened it. Reload to see their change, then make yours again.";
const STALE_MITIGATION = "Someone changed this mitigation after you opened it. Reload to see their change, then make yours again.";
const refuse = (fields: Record<string, string[]>) => new AppError("UNPROCESSABLE", "Some fields need attention.", fields);

type Options<I> = { actor: Actor; input: I; ip?: string | null };
type Values = Record<string, unknown>;
export type RiskSaved = { riskId: number; version: number };
export type MitigationSaved = { mitigationId: number; riskId: number; version: number };

/** `{ field: { from, to } }` for the fields whose values differ. */
export function diff(before: Values, after: Values): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

type RiskRow = { level: RiskLevel; factors: RiskFactor[]; regrettable: boolean; notes: string | null; nextReviewDate: Date; status: RiskStatus };
type RiskValues = Omit<RiskRow, "nextReviewDate"> & { nextReviewDate: string };

function riskValues(row: RiskRow): RiskValues {
  return { level: row.level, factors: [...row.factors].sort(), regrettable: row.regrettable, notes: row.notes, nextReviewDate: formatDate(row.nextReviewDate), status: row.status };
}

async function writeHistory(tx: Prisma.TransactionClient, riskId: number, actorId: number, changes: Values) {
  await tx.riskHistory.create({ data: { riskId, actorId, changes: changes as Prisma.InputJsonObject } });
}

/** A person in the actor's risk scope who has not left; otherwise not found (or refused, when they left). */
async function personAtRisk(tx: Prisma.TransactionClient, actor: Actor, personId: number, today: Date) {
  const person = await tx.person.findFirst({ where: { AND: [{ id: personId, erasedAt: null }, peopleAtRiskInScope(actor)] }, select: { id: true, endDate: true } });
  if (!person) throw notFound();
  if (person.endDate && person.endDate < today) throw new AppError("UNPROCESSABLE", "This person has left; record their departure instead.");
  return person;
}

/** A mitigation owner: someone in the organisation today (not erased, not gone). */
async function requireOwner(tx: Prisma.TransactionClient, ownerId: number, today: Date) {
  const owner = await tx.person.findFirst({
    where: { id: ownerId, erasedAt: null, OR: [{ endDate: null }, { endDate: { gte: today } }] }, select: { id: true },
  });
  if (!owner) throw refuse({ ownerId: ["Choose someone in the organisation"] });
}

/**
 * Records a risk about a person. One risk stays open per person: the same form sent twice
 * (a double click) answers with the risk it created; a different one asks to update the open risk.
 */
export async function createRisk({ actor, input, ip }: Options<TCreateRisk>): Promise<RiskSaved> {
  requirePermission(actor, "risk:write");
  const today = await orgToday();
  const data = parseOrRefuse(createRiskSchema({ today: formatDate(today) }), input);
  return db().$transaction(async (tx) => {
    await personAtRisk(tx, actor, data.personId, today);
    // Serialises two saves of a risk about the same person (released at commit).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('risk-person'), ${data.personId})`;
    const values: RiskValues = { level: data.level, factors: [...data.factors].sort(), regrettable: data.regrettable, notes: data.notes, nextReviewDate: data.nextReviewDate, status: "OPEN" };
    const open = await tx.retentionRisk.findFirst({ where: { personId: data.personId, status: { not: "CLOSED" } } });
    if (open) {
      if (open.createdById === actor.userId && open.version === 1 && JSON.stringify(riskValues(open)) === JSON.stringify(values)) return { riskId: open.id, version: open.version };
      throw new AppError("CONFLICT", "This person already has an open risk. Update that one instead.");
    }
    const risk = await tx.retentionRisk.create({
      data: {
        personId: data.personId, level: data.level, factors: values.factors, regrettable: data.regrettable, notes: data.notes,
        nextReviewDate: parseDate(data.nextReviewDate), createdById: actor.userId,
      },
    });
    await writeHistory(tx, risk.id, actor.userId, diff({}, values));
    await recordAudit({ actorId: actor.userId, action: "risk.create", entityType: "RetentionRisk", entityId: risk.id, ip, subjectIds: [data.personId],
      after: { personId: data.personId, ...values } }, tx);
    return { riskId: risk.id, version: risk.version };
  });
}

async function saveRisk(tx: Prisma.TransactionClient, actor: Actor, riskId: number, version: number, ip: string | null | undefined, action: string,
  next: (current: RiskRow) => Partial<RiskValues>): Promise<RiskSaved> {
  const current = await tx.retentionRisk.findFirst({ where: { AND: [{ id: riskId }, risksInScope(actor)] } });
  if (!current) throw notFound();
  if (current.version !== version) throw new AppError("CONFLICT", STALE_RISK);
  const before = riskValues(current);
  const after: RiskValues = { ...before, ...next(current) };
  if (before.status === "CLOSED" && after.status !== "CLOSED") {
    // Reopening: the one-open-risk-per-person rule holds here too (same lock as creating one).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('risk-person'), ${current.personId})`;
    const open = await tx.retentionRisk.findFirst({ where: { personId: current.personId, status: { not: "CLOSED" }, id: { not: current.id } }, select: { id: true } });
    if (open) throw new AppError("CONFLICT", "This person already has an open risk. Update that one instead.");
  }
  const changes = diff(before, after);
  // Nothing changed (the same form sent twice): nothing to record.
  if (Object.keys(changes).length === 0) return { riskId, version };
  const { count } = await tx.retentionRisk.updateMany({
    where: { id: riskId, version },
    data: {
      level: after.level, factors: after.factors, regrettable: after.regrettable, notes: after.notes,
      nextReviewDate: parseDate(after.nextReviewDate), status: after.status, version: { increment: 1 },
    },
  });
  if (count === 0) throw new AppError("CONFLICT", STALE_RISK);
  await writeHistory(tx, riskId, actor.userId, changes);
  await recordAudit({ actorId: actor.userId, action, entityType: "RetentionRisk", entityId: riskId, ip, subjectIds: [current.personId], before, after }, tx);
  return { riskId, version: version + 1 };
}

/** Edits a risk: level, factors, regrettable, notes, next review and status. A review date already stored may stay even once past. */
export async function updateRisk({ actor, input, ip }: Options<TUpdateRisk>): Promise<RiskSaved> {
  requirePermission(actor, "risk:write");
  const today = formatDate(await orgToday());
  // The shape first (ids, version), then the dates against what is stored.
  const shape = parseOrRefuse(updateRiskSchema(), input);
  return db().$transaction((tx) => saveRisk(tx, actor, shape.riskId, shape.version, ip, "risk.update", (current) => {
    const data = parseOrRefuse(updateRiskSchema({ today, keep: formatDate(current.nextReviewDate) }), input);
    return { level: data.level, factors: [...data.factors].sort(), regrettable: data.regrettable, notes: data.notes, nextReviewDate: data.nextReviewDate, status: data.status };
  }));
}

export async function closeRisk({ actor, input, ip }: Options<TCloseRisk>): Promise<RiskSaved> {
  requirePermission(actor, "risk:write");
  const data = parseOrRefuse(ZCloseRisk, input);
  return db().$transaction((tx) => saveRisk(tx, actor, data.riskId, data.version, ip, "risk.close", () => ({ status: "CLOSED" })));
}

type MitigationRow = { action: string; ownerId: number; dueDate: Date; status: string };

function mitigationValues(row: MitigationRow): Values {
  return { action: row.action, ownerId: row.ownerId, dueDate: formatDate(row.dueDate), status: row.status };
}

/** Adds a mitigation action to an open risk; the same action sent twice is added once. */
export async function addMitigation({ actor, input, ip }: Options<TAddMitigation>): Promise<MitigationSaved> {
  requirePermission(actor, "risk:write");
  const today = await orgToday();
  const data = parseOrRefuse(addMitigationSchema({ today: formatDate(today) }), input);
  return db().$transaction(async (tx) => {
    const risk = await tx.retentionRisk.findFirst({ where: { AND: [{ id: data.riskId }, risksInScope(actor)] }, select: { id: true, personId: true, status: true } });
    if (!risk) throw notFound();
    if (risk.status === "CLOSED") throw new AppError("UNPROCESSABLE", "This risk is closed. Reopen it to add a mitigation.");
    await requireOwner(tx, data.ownerId, today);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('risk-mitigation'), ${risk.id})`;
    const values = { action: data.action, ownerId: data.ownerId, dueDate: data.dueDate, status: "OPEN" };
    const twin = await tx.riskMitigation.findFirst({ where: { riskId: risk.id, action: data.action, ownerId: data.ownerId, dueDate: parseDate(data.dueDate), status: "OPEN" } });
    if (twin) return { mitigationId: twin.id, riskId: risk.id, version: twin.version };
    const created = await tx.riskMitigation.create({ data: { riskId: risk.id, action: data.action, ownerId: data.ownerId, dueDate: parseDate(data.dueDate) } });
    await writeHistory(tx, risk.id, actor.userId, { mitigation: created.id, ...diff({}, values) });
    await recordAudit({ actorId: actor.userId, action: "risk-mitigation.create", entityType: "RiskMitigation", entityId: created.id, ip, subjectIds: [risk.personId],
      after: { riskId: risk.id, ...values } }, tx);
    return { mitigationId: created.id, riskId: risk.id, version: created.version };
  });
}

/** Marks a mitigation done, cancelled or open again; optionally rewords it or moves its due date. */
export async function updateMitigation({ actor, input, ip }: Options<TUpdateMitigation>): Promise<MitigationSaved> {
  requirePermission(actor, "risk:write");
  const today = formatDate(await orgToday());
  const shape = parseOrRefuse(updateMitigationSchema(), input);
  return db().$transaction(async (tx) => {
    const current = await tx.riskMitigation.findFirst({
      where: { id: shape.mitigationId, risk: { is: risksInScope(actor) } },
      include: { risk: { select: { personId: true } } },
    });
    if (!current) throw notFound();
    if (current.version !== shape.version) throw new AppError("CONFLICT", STALE_MITIGATION);
    const data = parseOrRefuse(updateMitigationSchema({ today, keep: formatDate(current.dueDate) }), input);
    const before = mitigationValues(current);
    const after = { ...before, status: data.status, ...(data.action !== undefined ? { action: data.action } : {}), ...(data.dueDate !== undefined ? { dueDate: data.dueDate } : {}) };
    const changes = diff(before, after);
    if (Object.keys(changes).length === 0) return { mitigationId: current.id, riskId: current.riskId, version: current.version };
    const { count } = await tx.riskMitigation.updateMany({
      where: { id: current.id, version: current.version },
      data: {
        status: data.status, action: after.action as string, dueDate: parseDate(after.dueDate as string), version: { increment: 1 },
        doneAt: data.status === "DONE" ? (current.doneAt ?? new Date()) : null,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_MITIGATION);
    await writeHistory(tx, current.riskId, actor.userId, { mitigation: current.id, ...changes });
    await recordAudit({ actorId: actor.userId, action: "risk-mitigation.update", entityType: "RiskMitigation", entityId: current.id, ip,
      subjectIds: [current.risk.personId], before: { riskId: current.riskId, ...before }, after: { riskId: current.riskId, ...after } }, tx);
    return { mitigationId: current.id, riskId: current.riskId, version: current.version + 1 };
  });
}
