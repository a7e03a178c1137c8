import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope } from "@/lib/auth/scope";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { orgToday } from "@/lib/org/queries";
import { itemsInScope, skillScope, teamInScope } from "./access";
import {
  createSkillItemSchema, updateSkillItemSchema, ZDeleteSkillItem, type TCreateSkillItem, type TDeleteSkillItem, type TUpdateSkillItem,
} from "./schemas";

// Writing learning items and experiments (VPE, directors, managers: "skills:write"), only about
// people and teams inside the actor's scope; anything else reads "Not found". Every save carries
// the version it read (a stale one is refused) and writes an audit event; an item about a person
// names them in the event, so an erasure finds and scrubs its texts.

const notFound = () => new AppError("NOT_FOUND", "Not found");
const STALE = "Someone changed this item after you opened it. Reload to see the change, then make yours again.";
/** A second identical submission this soon after the first is the same submission (a double click, a retry). */
const RESUBMIT_WINDOW_MS = 10 * 60_000;

export type SkillItemSaved = { itemId: number; version: number };

type Content = {
  kind: string; title: string; description: string | null; status: string; outcome: string | null; evidence: string | null;
  startedOn: string | null; completedOn: string | null;
};

const dateOrNull = (value: string | null) => (value ? parseDate(value) : null);

function auditFields(row: { kind: string; title: string; description: string | null; status: string; outcome: string | null; evidence: string | null; startedOn: Date | string | null; completedOn: Date | string | null }): Content {
  const day = (value: Date | string | null) => (value instanceof Date ? formatDate(value) : value);
  return {
    kind: row.kind, title: row.title, description: row.description, status: row.status, outcome: row.outcome, evidence: row.evidence,
    startedOn: day(row.startedOn), completedOn: day(row.completedOn),
  };
}

/** Records an item about one person or one team in the actor's scope. */
export async function createSkillItem({ actor, input, ip }: { actor: Actor; input: TCreateSkillItem; ip?: string | null }): Promise<SkillItemSaved> {
  requirePermission(actor, "skills:write");
  const today = formatDate(await orgToday());
  const data = parseOrRefuse(createSkillItemSchema({ today }), input);
  const scope = skillScope(actor);
  return db().$transaction(async (tx) => {
    const target = data.personId !== undefined
      ? await tx.person.findFirst({ where: { AND: [{ id: data.personId, erasedAt: null }, personInScope(scope)] }, select: { id: true } })
      : await tx.team.findFirst({ where: { AND: [{ id: data.teamId! }, teamInScope(scope)] }, select: { id: true } });
    if (!target) throw notFound();
    const about = data.personId !== undefined ? { personId: data.personId, teamId: null } : { personId: null, teamId: data.teamId! };
    // Serialises creations for the same person or team (released at commit), for the duplicate check below.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`skill-item:${about.personId ?? "-"}:${about.teamId ?? "-"}`}))`;
    const content = auditFields(data);
    const same = await tx.skillItem.findMany({
      where: { ...about, kind: data.kind, title: { equals: data.title, mode: "insensitive" } },
      select: { id: true, version: true, createdAt: true, kind: true, title: true, description: true, status: true, outcome: true, evidence: true, startedOn: true, completedOn: true },
    });
    const twin = same.find((item) => item.version === 1 && Date.now() - item.createdAt.getTime() < RESUBMIT_WINDOW_MS
      && JSON.stringify(auditFields(item)) === JSON.stringify(content));
    if (twin) return { itemId: twin.id, version: twin.version };
    if (same.some((item) => item.status === "PLANNED" || item.status === "ACTIVE")) {
      throw new AppError("UNPROCESSABLE", "Some fields need attention.", { title: ["An open item with this title already exists for them: update that one instead"] });
    }
    const created = await tx.skillItem.create({
      data: {
        ...about, kind: data.kind, title: data.title, description: data.description, status: data.status, outcome: data.outcome,
        evidence: data.evidence, startedOn: dateOrNull(data.startedOn), completedOn: dateOrNull(data.completedOn),
      },
      select: { id: true, version: true },
    });
    await recordAudit({
      actorId: actor.userId, action: "skill.create", entityType: "SkillItem", entityId: created.id, ip,
      subjectIds: about.personId !== null ? [about.personId] : [], after: { ...about, ...content },
    }, tx);
    return { itemId: created.id, version: created.version };
  });
}

/** Edits an item in scope (all but whom it is about), refusing a stale version. */
export async function updateSkillItem({ actor, input, ip }: { actor: Actor; input: TUpdateSkillItem; ip?: string | null }): Promise<SkillItemSaved> {
  requirePermission(actor, "skills:write");
  const today = formatDate(await orgToday());
  const data = parseOrRefuse(updateSkillItemSchema({ today }), input);
  return db().$transaction(async (tx) => {
    const before = await tx.skillItem.findFirst({ where: { AND: [{ id: data.itemId }, itemsInScope(skillScope(actor))] } });
    if (!before) throw notFound();
    if (before.version !== data.version) throw new AppError("CONFLICT", STALE);
    const { count } = await tx.skillItem.updateMany({
      where: { id: before.id, version: data.version },
      data: {
        kind: data.kind, title: data.title, description: data.description, status: data.status, outcome: data.outcome, evidence: data.evidence,
        startedOn: dateOrNull(data.startedOn), completedOn: dateOrNull(data.completedOn), version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    await recordAudit({
      actorId: actor.userId, action: "skill.update", entityType: "SkillItem", entityId: before.id, ip,
      subjectIds: before.personId !== null ? [before.personId] : [], before: auditFields(before), after: auditFields(data),
    }, tx);
    return { itemId: before.id, version: data.version + 1 };
  });
}

/** Deletes an item in scope (one recorded by mistake), refusing a stale version. */
export async function deleteSkillItem({ actor, input, ip }: { actor: Actor; input: TDeleteSkillItem; ip?: string | null }): Promise<void> {
  requirePermission(actor, "skills:write");
  const data = parseOrRefuse(ZDeleteSkillItem, input);
  await db().$transaction(async (tx) => {
    const before = await tx.skillItem.findFirst({ where: { AND: [{ id: data.itemId }, itemsInScope(skillScope(actor))] } });
    if (!before) throw notFound();
    if (before.version !== data.version) throw new AppError("CONFLICT", STALE);
    const { count } = await tx.skillItem.deleteMany({ where: { id: before.id, version: data.version } });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    await recordAudit({
      actorId: actor.userId, action: "skill.delete", entityType: "SkillItem", entityId: before.id, ip,
      subjectIds: before.personId !== null ? [before.personId] : [],
      before: { personId: before.personId, teamId: before.teamId, ...auditFields(before) },
    }, tx);
  });
}
