import type { Actor } from "@/lib/auth/actor";
import { can, requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MitigationStatus, RiskFactor, RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";
import { orgToday } from "@/lib/org/queries";
import { peopleAtRiskInScope, risksInScope } from "./access";
import { readAudited, type RiskReadOptions } from "./read-audit";
import type { TRegisterFilters } from "./schemas";
import { containsText } from "@/lib/search";

// Retention risks are the most sensitive data in Pillars: only people above the person in the
// chain, HR partners and the VPE see them, never the person themselves, never an ADMIN-only
// user; and every read that returns any is written to the audit log (one event per request).

export async function listRisksForPerson({ actor, personId, ...options }: { actor: Actor; personId: number } & RiskReadOptions) {
  if (!can(actor.roles, "risk:read")) return [];
  const risks = await db().retentionRisk.findMany({
    where: { personId, person: { is: { AND: [personInScope(scopeFor(actor, "risks"))] } } },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    select: {
      id: true,
      level: true,
      factors: true,
      regrettable: true,
      notes: true,
      status: true,
      nextReviewDate: true,
      updatedAt: true,
      mitigations: { select: { id: true, action: true, dueDate: true, status: true, owner: { select: { id: true, name: true } } } },
    },
  });
  if (risks.length > 0) await readAudited({ actor, subjectIds: [personId], options });
  return risks;
}

// ——— The register, the review queue and one risk. Plain JSON (dates as "YYYY-MM-DD"), ready for react-query. ———

export const REGISTER_PAGE_SIZE = 50;
const QUEUE_LIMIT = 100;

type Ref = { id: number; name: string };

export type RegisterRow = {
  id: number;
  person: Ref;
  manager: Ref | null;
  level: RiskLevel;
  factors: RiskFactor[];
  regrettable: boolean;
  status: RiskStatus;
  nextReviewDate: string;
  reviewDue: boolean;
  openMitigations: number;
};
export type RiskRegister = { rows: RegisterRow[]; total: number; page: number; pageSize: number; today: string };

function registerWhere(actor: Actor, filters: Partial<TRegisterFilters>, today: Date): Prisma.RetentionRiskWhereInput {
  const person: Prisma.PersonWhereInput[] = [peopleAtRiskInScope(actor)];
  if (filters.managerId) person.push({ ancestors: { some: { ancestorId: filters.managerId, depth: { gt: 0 } } } });
  if (filters.q) person.push({ name: containsText(filters.q) });
  return {
    person: { is: { AND: person } },
    // Closed risks only when asked for: the register is about who may leave now.
    status: filters.status ?? { not: "CLOSED" },
    ...(filters.level ? { level: filters.level } : {}),
    ...(filters.factor ? { factors: { has: filters.factor } } : {}),
    ...(filters.regrettable ? { regrettable: filters.regrettable === "yes" } : {}),
    ...(filters.mitigation === "overdue" ? { mitigations: { some: { status: "OPEN", dueDate: { lt: today } } } } : {}),
  };
}

export async function riskRegister({ actor, filters, page = 1, ...options }: { actor: Actor; filters: Partial<TRegisterFilters>; page?: number } & RiskReadOptions): Promise<RiskRegister> {
  requirePermission(actor, "risk:read");
  const today = await orgToday();
  const where = registerWhere(actor, filters, today);
  const [total, risks] = await Promise.all([
    db().retentionRisk.count({ where }),
    db().retentionRisk.findMany({
      where,
      orderBy: [{ level: "desc" }, { nextReviewDate: "asc" }, { id: "asc" }],
      skip: (page - 1) * REGISTER_PAGE_SIZE,
      take: REGISTER_PAGE_SIZE,
      select: {
        id: true, level: true, factors: true, regrettable: true, status: true, nextReviewDate: true,
        person: { select: { id: true, name: true, manager: { select: { id: true, name: true } } } },
        _count: { select: { mitigations: { where: { status: "OPEN" } } } },
      },
    }),
  ]);
  await readAudited({ actor, subjectIds: risks.map((risk) => risk.person.id), options });
  return {
    total, page, pageSize: REGISTER_PAGE_SIZE, today: formatDate(today),
    rows: risks.map((risk) => ({
      id: risk.id, person: { id: risk.person.id, name: risk.person.name }, manager: risk.person.manager,
      level: risk.level, factors: risk.factors, regrettable: risk.regrettable, status: risk.status,
      nextReviewDate: formatDate(risk.nextReviewDate), reviewDue: risk.status !== "CLOSED" && risk.nextReviewDate <= today,
      openMitigations: risk._count.mitigations,
    })),
  };
}

export type ReviewQueue = {
  today: string;
  counts: { reviewsDue: number; mitigationsOverdue: number };
  reviews: Array<{ riskId: number; person: Ref; level: RiskLevel; nextReviewDate: string }>;
  mitigations: Array<{ id: number; riskId: number; person: Ref; action: string; owner: Ref; dueDate: string }>;
};

/** Risks due for review (not closed, next review today or earlier) and open mitigations past their due date, oldest first. */
export async function reviewQueue({ actor, ...options }: { actor: Actor } & RiskReadOptions): Promise<ReviewQueue> {
  requirePermission(actor, "risk:read");
  const today = await orgToday();
  // People who have left are no longer to be kept: their open risks leave the queue (and await closing in the register).
  const current: Prisma.RetentionRiskWhereInput = { person: { is: { OR: [{ endDate: null }, { endDate: { gte: today } }] } } };
  const reviewWhere: Prisma.RetentionRiskWhereInput = { AND: [risksInScope(actor), current, { status: { not: "CLOSED" }, nextReviewDate: { lte: today } }] };
  const overdueWhere: Prisma.RiskMitigationWhereInput = { status: "OPEN", dueDate: { lt: today }, risk: { is: { AND: [risksInScope(actor), current, { status: { not: "CLOSED" } }] } } };
  const person = { select: { id: true, name: true } } as const;
  const [reviewsDue, mitigationsOverdue, reviews, mitigations] = await Promise.all([
    db().retentionRisk.count({ where: reviewWhere }),
    db().riskMitigation.count({ where: overdueWhere }),
    db().retentionRisk.findMany({ where: reviewWhere, orderBy: [{ nextReviewDate: "asc" }, { id: "asc" }], take: QUEUE_LIMIT,
      select: { id: true, level: true, nextReviewDate: true, person } }),
    db().riskMitigation.findMany({ where: overdueWhere, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: QUEUE_LIMIT,
      select: { id: true, riskId: true, action: true, dueDate: true, owner: person, risk: { select: { person } } } }),
  ]);
  await readAudited({ actor, subjectIds: [...reviews.map((r) => r.person.id), ...mitigations.map((m) => m.risk.person.id)], options });
  return {
    today: formatDate(today),
    counts: { reviewsDue, mitigationsOverdue },
    reviews: reviews.map((r) => ({ riskId: r.id, person: r.person, level: r.level, nextReviewDate: formatDate(r.nextReviewDate) })),
    mitigations: mitigations.map((m) => ({ id: m.id, riskId: m.riskId, person: m.risk.person, action: m.action, owner: m.owner, dueDate: formatDate(m.dueDate) })),
  };
}

export type RiskDetail = {
  id: number;
  version: number;
  person: Ref;
  level: RiskLevel;
  factors: RiskFactor[];
  regrettable: boolean;
  notes: string | null;
  status: RiskStatus;
  nextReviewDate: string;
  reviewDue: boolean;
  createdBy: string;
  createdAt: string;
  mitigations: Array<{ id: number; version: number; action: string; owner: Ref; dueDate: string; status: MitigationStatus; overdue: boolean }>;
  history: Array<{ id: number; at: string; actorName: string; changes: Record<string, unknown> }>;
  /** Names of the people a history entry refers to by id (mitigation owners). */
  names: Record<number, string>;
  /** Suggested mitigation owners: the person and the managers above them. */
  ownerOptions: Ref[];
  today: string;
};

export async function getRisk({ actor, riskId, ...options }: { actor: Actor; riskId: number } & RiskReadOptions): Promise<RiskDetail> {
  requirePermission(actor, "risk:read");
  const risk = await db().retentionRisk.findFirst({
    where: { AND: [{ id: riskId }, risksInScope(actor)] },
    include: {
      person: { select: { id: true, name: true, ancestors: { where: { depth: { gt: 0 } }, orderBy: { depth: "asc" }, select: { ancestor: { select: { id: true, name: true, endDate: true, erasedAt: true } } } } } },
      createdBy: { select: { name: true } },
      mitigations: { orderBy: [{ status: "asc" }, { dueDate: "asc" }, { id: "asc" }], include: { owner: { select: { id: true, name: true } } } },
      history: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { actor: { select: { name: true } } } },
    },
  });
  if (!risk) throw new AppError("NOT_FOUND", "Not found");
  const today = await orgToday();
  const ownerIds = risk.history.flatMap((entry) => {
    const owner = (entry.changes as { ownerId?: { from?: unknown; to?: unknown } } | null)?.ownerId;
    return [owner?.from, owner?.to].filter((value): value is number => typeof value === "number");
  });
  const named = ownerIds.length > 0 ? await db().person.findMany({ where: { id: { in: [...new Set(ownerIds)] } }, select: { id: true, name: true } }) : [];
  await readAudited({ actor, subjectIds: [risk.personId], options, entityId: risk.id });
  return {
    id: risk.id, version: risk.version, person: { id: risk.person.id, name: risk.person.name },
    level: risk.level, factors: risk.factors, regrettable: risk.regrettable, notes: risk.notes, status: risk.status,
    nextReviewDate: formatDate(risk.nextReviewDate), reviewDue: risk.status !== "CLOSED" && risk.nextReviewDate <= today,
    createdBy: risk.createdBy.name, createdAt: risk.createdAt.toISOString(),
    mitigations: risk.mitigations.map((m) => ({
      id: m.id, version: m.version, action: m.action, owner: m.owner, dueDate: formatDate(m.dueDate), status: m.status,
      overdue: m.status === "OPEN" && m.dueDate < today,
    })),
    history: risk.history.map((entry) => ({ id: entry.id, at: entry.createdAt.toISOString(), actorName: entry.actor?.name ?? "Someone", changes: entry.changes as Record<string, unknown> })),
    names: Object.fromEntries(named.map((p) => [p.id, p.name])),
    ownerOptions: [
      { id: risk.person.id, name: risk.person.name },
      ...risk.person.ancestors.map((a) => a.ancestor).filter((a) => !a.erasedAt && (!a.endDate || a.endDate >= today)).map((a) => ({ id: a.id, name: a.name })),
    ],
    today: formatDate(today),
  };
}

/** Whether the actor may record a risk about the person (in scope, still here), and whether one is already open. Not a read of risk data. */
export async function riskWriteContext({ actor, personId }: { actor: Actor; personId: number }): Promise<{ writable: boolean; openRiskId: number | null; today: string }> {
  const today = await orgToday();
  if (!can(actor.roles, "risk:write")) return { writable: false, openRiskId: null, today: formatDate(today) };
  const person = await db().person.findFirst({
    where: { AND: [{ id: personId, erasedAt: null, OR: [{ endDate: null }, { endDate: { gte: today } }] }, peopleAtRiskInScope(actor)] },
    select: { risks: { where: { status: { not: "CLOSED" } }, select: { id: true }, take: 1 } },
  });
  return { writable: person !== null, openRiskId: person?.risks[0]?.id ?? null, today: formatDate(today) };
}
