import type { Actor } from "@/lib/auth/actor";
import { can, requirePermission } from "@/lib/auth/permissions";
import { personInScope } from "@/lib/auth/scope";
import { formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SkillItemKind, SkillItemStatus } from "@/lib/generated/prisma/enums";
import { orgToday } from "@/lib/org/queries";
import { itemsInScope, skillScope, teamInScope } from "./access";
import { SKILL_KINDS, SKILL_STATUSES, type TSkillFilters } from "./schemas";
import { containsText, startsWithText } from "@/lib/search";

// Reading learning items and experiments, always inside the actor's skills scope (./access.ts).
// Everything returned is plain JSON (dates as "YYYY-MM-DD"), so react-query's prefetched and
// fetched data match.

const LIST_LIMIT = 500;

export type SkillTarget = { type: "person"; id: number; name: string } | { type: "team"; id: number; name: string };

export type SkillItemRow = {
  id: number;
  version: number;
  kind: SkillItemKind;
  status: SkillItemStatus;
  title: string;
  target: SkillTarget;
  startedOn: string | null;
  completedOn: string | null;
  updatedAt: string;
};

export type SkillItemDetail = SkillItemRow & { description: string | null; outcome: string | null; evidence: string | null };

export type SkillItemList = { items: SkillItemRow[]; truncated: boolean };

const rowSelect = {
  id: true, version: true, kind: true, status: true, title: true, startedOn: true, completedOn: true, updatedAt: true,
  person: { select: { id: true, name: true } }, team: { select: { id: true, name: true } },
} as const satisfies Prisma.SkillItemSelect;

const detailSelect = { ...rowSelect, description: true, outcome: true, evidence: true } as const satisfies Prisma.SkillItemSelect;

type RowRecord = Prisma.SkillItemGetPayload<{ select: typeof rowSelect }>;

function toRow(record: RowRecord): SkillItemRow {
  const target: SkillTarget = record.person
    ? { type: "person", id: record.person.id, name: record.person.name }
    : { type: "team", id: record.team!.id, name: record.team!.name };
  return {
    id: record.id, version: record.version, kind: record.kind, status: record.status, title: record.title, target,
    startedOn: record.startedOn ? formatDate(record.startedOn) : null,
    completedOn: record.completedOn ? formatDate(record.completedOn) : null,
    updatedAt: record.updatedAt.toISOString(),
  };
}

function toDetail(record: Prisma.SkillItemGetPayload<{ select: typeof detailSelect }>): SkillItemDetail {
  return { ...toRow(record), description: record.description, outcome: record.outcome, evidence: record.evidence };
}

const ORDER: Prisma.SkillItemOrderByWithRelationInput[] = [{ updatedAt: "desc" }, { id: "desc" }];

/** Items in the actor's scope, filtered (kind, status, team, person, words in the title or target's name). */
export async function listSkillItems({ actor, filters }: { actor: Actor; filters: TSkillFilters }): Promise<SkillItemList> {
  requirePermission(actor, "skills:read");
  const and: Prisma.SkillItemWhereInput[] = [itemsInScope(skillScope(actor))];
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.status) and.push({ status: filters.status });
  if (filters.teamId) and.push({ teamId: filters.teamId });
  if (filters.personId) and.push({ personId: filters.personId });
  if (filters.q) {
    const contains = containsText(filters.q);
    and.push({ OR: [{ title: contains }, { person: { is: { name: contains } } }, { team: { is: { name: contains } } }] });
  }
  const rows = await db().skillItem.findMany({ where: { AND: and }, orderBy: ORDER, take: LIST_LIMIT + 1, select: rowSelect });
  return { items: rows.slice(0, LIST_LIMIT).map(toRow), truncated: rows.length > LIST_LIMIT };
}

/** One item with its texts; outside the scope (or unknown) → NOT_FOUND. */
export async function getSkillItem({ actor, itemId }: { actor: Actor; itemId: number }): Promise<SkillItemDetail> {
  requirePermission(actor, "skills:read");
  const record = await db().skillItem.findFirst({ where: { AND: [{ id: itemId }, itemsInScope(skillScope(actor))] }, select: detailSelect });
  if (!record) throw new AppError("NOT_FOUND", "Not found");
  return toDetail(record);
}

export type SkillsSummary = {
  total: number;
  byKind: Record<SkillItemKind, number>;
  byStatus: Record<SkillItemStatus, number>;
  byKindAndStatus: Record<SkillItemKind, Record<SkillItemStatus, number>>;
};

const zeroStatuses = () => Object.fromEntries(SKILL_STATUSES.map((status) => [status, 0])) as Record<SkillItemStatus, number>;

/** Counts by kind and status over the actor's scope: one grouped SQL query, whatever the org's size. */
export async function skillsSummary({ actor }: { actor: Actor }): Promise<SkillsSummary> {
  requirePermission(actor, "skills:read");
  const groups = await db().skillItem.groupBy({ by: ["kind", "status"], where: itemsInScope(skillScope(actor)), _count: { _all: true } });
  const summary: SkillsSummary = {
    total: 0,
    byKind: Object.fromEntries(SKILL_KINDS.map((kind) => [kind, 0])) as Record<SkillItemKind, number>,
    byStatus: zeroStatuses(),
    byKindAndStatus: Object.fromEntries(SKILL_KINDS.map((kind) => [kind, zeroStatuses()])) as SkillsSummary["byKindAndStatus"],
  };
  for (const group of groups) {
    const count = group._count._all;
    summary.total += count;
    summary.byKind[group.kind] += count;
    summary.byStatus[group.status] += count;
    summary.byKindAndStatus[group.kind][group.status] += count;
  }
  return summary;
}

/**
 * A person's items for their page, with texts: for readers whose scope holds the person, and
 * for the person themselves ("My growth" rules: reading their own). Anyone else gets none.
 */
export async function personSkillItems({ actor, personId }: { actor: Actor; personId: number }): Promise<SkillItemDetail[]> {
  if (actor.personId === personId) return mySkillItems({ actor });
  if (!can(actor.roles, "skills:read")) return [];
  const rows = await db().skillItem.findMany({
    where: { personId, person: { is: personInScope(skillScope(actor)) } },
    orderBy: ORDER, take: LIST_LIMIT, select: detailSelect,
  });
  return rows.map(toDetail);
}

/** "My growth": the items about the actor's own Person (any role, or none); no Person, none. */
export async function mySkillItems({ actor }: { actor: Actor }): Promise<SkillItemDetail[]> {
  if (actor.personId === null) return [];
  const rows = await db().skillItem.findMany({ where: { personId: actor.personId }, orderBy: ORDER, take: LIST_LIMIT, select: detailSelect });
  return rows.map(toDetail);
}

export type TargetOption = { id: number; name: string; detail: string | null };

/** Teams the actor may record items for, for the form's select. */
export async function skillTeamOptions({ actor }: { actor: Actor }): Promise<TargetOption[]> {
  requirePermission(actor, "skills:write");
  const teams = await db().team.findMany({
    where: teamInScope(skillScope(actor)), orderBy: [{ name: "asc" }, { id: "asc" }], take: 500,
    select: { id: true, name: true, owner: { select: { name: true } } },
  });
  return teams.map((team) => ({ id: team.id, name: team.name, detail: team.owner ? `owned by ${team.owner.name}` : null }));
}

/** People the actor may record items for, matching `q` by name, work email or employee id: current, in scope. */
export async function skillPersonOptions({ actor, q }: { actor: Actor; q?: string }): Promise<TargetOption[]> {
  requirePermission(actor, "skills:write");
  const today = await orgToday();
  const people = await db().person.findMany({
    where: {
      AND: [personInScope(skillScope(actor)), { erasedAt: null, OR: [{ endDate: null }, { endDate: { gte: today } }] }],
      ...(q ? { OR: [{ name: containsText(q) }, { email: startsWithText(q.toLowerCase()) }, { employeeId: q }] } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }], take: 20,
    select: { id: true, name: true, title: true },
  });
  return people.map((person) => ({ id: person.id, name: person.name, detail: person.title }));
}
