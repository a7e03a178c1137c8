import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Where people stand in the framework. A person always sees their own history ("My growth");
// others need assessment:read and the person in their people-data scope, else 404.

export type LevelHistoryEntry = {
  id: number;
  levelId: number;
  levelCode: string;
  levelName: string;
  trackName: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  reason: string;
  note: string | null;
  version: number;
};

/** Who may read one person's growth data; spreads into a Person `where`. */
export function growthReadFilter(actor: Actor, personId: number): Prisma.PersonWhereInput {
  if (actor.personId === personId) return { id: personId };
  if (!can(actor.roles, "assessment:read")) return { id: { in: [] } };
  return { AND: [{ id: personId, erasedAt: null }, personInScope(scopeFor(actor, "people-data"))] };
}

export async function levelHistory({ actor, personId }: { actor: Actor; personId: number }): Promise<LevelHistoryEntry[]> {
  const person = await db().person.findFirst({ where: growthReadFilter(actor, personId), select: { id: true } });
  if (!person) throw new AppError("NOT_FOUND", "Not found");
  const rows = await db().levelAssignment.findMany({
    where: { personId: person.id },
    orderBy: { effectiveFrom: "desc" },
    include: { level: { include: { track: { select: { name: true } } } } },
  });
  return rows.map((row) => ({
    id: row.id, levelId: row.levelId, levelCode: row.level.code, levelName: row.level.name, trackName: row.level.track.name,
    effectiveFrom: formatDate(row.effectiveFrom), effectiveTo: row.effectiveTo && formatDate(row.effectiveTo),
    reason: row.reason, note: row.note, version: row.version,
  }));
}

/**
 * The open assignment with its level, track and framework version. Unscoped: callers have
 * already checked the actor may see or act on this person.
 */
export async function currentLevel(personId: number, tx: Prisma.TransactionClient = db()) {
  return tx.levelAssignment.findFirst({
    where: { personId, effectiveTo: null },
    orderBy: { effectiveFrom: "desc" },
    include: { level: { include: { track: { select: { id: true, name: true, frameworkVersionId: true } } } } },
  });
}

/** Levels of published framework versions, for the assign-level picker. */
export async function publishedLevels() {
  return db().level.findMany({
    where: { track: { frameworkVersion: { status: "PUBLISHED" } } },
    orderBy: [{ trackId: "asc" }, { rank: "asc" }],
    select: { id: true, code: true, name: true, track: { select: { name: true } } },
  });
}
