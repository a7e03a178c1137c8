import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import { addDays, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { currentLevel } from "./queries";
import { ZAssignLevel, type TAssignLevel } from "./schemas";

// Level changes are written by the people who assess: the VPE org-wide, directors and
// managers for their subtree. HR partners and admins only read (DESIGN.md, roles table).

const invalid = (field: string, message: string) => new AppError("UNPROCESSABLE", "Some fields need attention.", { [field]: [message] });
const STALE = "Someone else changed this person's level meanwhile. Reload the page, then try again.";

/** Opens a new assignment and closes the current one on the day before. Returns its id. */
export async function assignLevel({ actor, input, ip }: { actor: Actor; input: TAssignLevel; ip?: string | null }): Promise<number> {
  requirePermission(actor, "assessment:write");
  const data = parseOrRefuse(ZAssignLevel, input);
  const effectiveFrom = parseDate(data.effectiveFrom);
  return db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { AND: [{ id: data.personId, erasedAt: null }, personInScope(scopeFor(actor, "people-data"))] },
      select: { id: true, endDate: true },
    });
    if (!person) throw new AppError("NOT_FOUND", "Not found");
    if (person.endDate) throw invalid("personId", "This person has left");
    // Assignments point at a published version: drafts may still change, archived ones are history.
    const level = await tx.level.findFirst({ where: { id: data.levelId, track: { frameworkVersion: { status: "PUBLISHED" } } }, select: { id: true } });
    if (!level) throw invalid("levelId", "Choose a level of the published framework");
    const current = await currentLevel(person.id, tx);
    if (current && effectiveFrom <= current.effectiveFrom) {
      throw invalid("effectiveFrom", `Must be after ${formatDate(current.effectiveFrom)}, when the current level began`);
    }
    if (current?.levelId === level.id) throw invalid("levelId", "This person is already at this level");
    if (current) {
      // The version guard makes two concurrent changes conflict instead of leaving two open rows.
      const { count } = await tx.levelAssignment.updateMany({
        where: { id: current.id, version: current.version, effectiveTo: null },
        data: { effectiveTo: addDays(effectiveFrom, -1), version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", STALE);
    }
    const created = await tx.levelAssignment.create({
      data: { personId: person.id, levelId: level.id, effectiveFrom, reason: data.reason, note: data.note },
    });
    await recordAudit({
      actorId: actor.userId, action: "level.assign", entityType: "LevelAssignment", entityId: created.id, ip,
      before: current ? { personId: person.id, levelId: current.levelId, effectiveFrom: formatDate(current.effectiveFrom) } : null,
      after: { personId: person.id, levelId: level.id, effectiveFrom: data.effectiveFrom, reason: data.reason, note: data.note },
    }, tx);
    return created.id;
  });
}
