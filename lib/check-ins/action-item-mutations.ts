import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orgToday } from "@/lib/org/queries";
import { writableSubjects } from "./access";
import {
  actionItemSchema, ZAddActionItem, ZRemoveActionItem, ZSetActionItemDone,
  type TAddActionItem, type TRemoveActionItem, type TSetActionItemDone,
} from "./schemas";

// Action items are raised in a check-in and carried into the next until done. The author adds
// and removes them; whoever writes check-ins about the person marks them done or keeps them;
// the person marks their own (owned by and about them) done from "My growth".

const notFound = () => new AppError("NOT_FOUND", "Not found");
const STALE = "This action item changed meanwhile. Reload to see the change.";

export type ActionItemView = { id: number; title: string; ownerId: number; ownerName: string; dueDate: string | null; done: boolean; version: number; checkInId: number };

const itemSelect = { id: true, title: true, ownerId: true, dueDate: true, doneAt: true, version: true, checkInId: true, owner: { select: { name: true } } } as const;

export function toActionItemView(item: Prisma.ActionItemGetPayload<{ select: typeof itemSelect }>): ActionItemView {
  return {
    id: item.id, title: item.title, ownerId: item.ownerId, ownerName: item.owner.name, checkInId: item.checkInId,
    dueDate: item.dueDate ? formatDate(item.dueDate) : null, done: item.doneAt !== null, version: item.version,
  };
}

export { itemSelect as actionItemSelect };

export async function addActionItem({ actor, input, ip }: { actor: Actor; input: TAddActionItem; ip?: string | null }): Promise<ActionItemView> {
  const { checkInId, item } = parseOrRefuse(ZAddActionItem, input);
  const today = formatDate(await orgToday());
  const data = parseOrRefuse(actionItemSchema({ today }), item);
  return db().$transaction(async (tx) => {
    const checkIn = await tx.checkIn.findFirst({ where: { id: checkInId, authorId: actor.userId, subject: { is: writableSubjects(actor) } }, select: { id: true, subjectId: true } });
    if (!checkIn) throw notFound();
    // The owner is the person or the author: someone who is in the conversation.
    if (data.ownerId !== checkIn.subjectId && data.ownerId !== actor.personId) {
      throw new AppError("UNPROCESSABLE", "Some fields need attention.", { ownerId: ["Choose the person or yourself"] });
    }
    const created = await tx.actionItem.create({
      data: { checkInId, subjectId: checkIn.subjectId, ownerId: data.ownerId, title: data.title, dueDate: data.dueDate ? parseDate(data.dueDate) : null },
      select: itemSelect,
    });
    await recordAudit({ actorId: actor.userId, action: "action-item.create", entityType: "ActionItem", entityId: created.id, ip, subjectIds: [checkIn.subjectId],
      after: { checkInId, title: data.title, ownerId: data.ownerId, dueDate: data.dueDate } }, tx);
    return toActionItemView(created);
  });
}

/** Who may tick an item: a writer above the person (once its check-in is submitted, or as its author), or its owner when it is about them. */
function doneFilter(actor: Actor): Prisma.ActionItemWhereInput {
  const branches: Prisma.ActionItemWhereInput[] = [{ checkIn: { authorId: actor.userId }, subject: { is: writableSubjects(actor) } }];
  if (can(actor.roles, "checkin:write")) branches.push({ checkIn: { status: "SUBMITTED" }, subject: { is: writableSubjects(actor) } });
  if (actor.personId !== null) branches.push({ ownerId: actor.personId, subjectId: actor.personId, checkIn: { status: "SUBMITTED" } });
  return { OR: branches };
}

export async function setActionItemDone({ actor, input, ip }: { actor: Actor; input: TSetActionItemDone; ip?: string | null }): Promise<ActionItemView> {
  const data = parseOrRefuse(ZSetActionItemDone, input);
  return db().$transaction(async (tx) => {
    const item = await tx.actionItem.findFirst({ where: { AND: [{ id: data.actionItemId }, doneFilter(actor)] }, select: { ...itemSelect, subjectId: true } });
    if (!item) throw notFound();
    if (item.version !== data.version) throw new AppError("CONFLICT", STALE);
    const doneAt = data.done ? (item.doneAt ?? new Date()) : null;
    const { count } = await tx.actionItem.updateMany({ where: { id: item.id, version: data.version }, data: { doneAt, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    await recordAudit({ actorId: actor.userId, action: "action-item.done", entityType: "ActionItem", entityId: item.id, ip, subjectIds: [item.subjectId],
      before: { done: item.doneAt !== null }, after: { done: data.done } }, tx);
    return toActionItemView({ ...item, doneAt, version: item.version + 1 });
  });
}

/** The author takes back an item raised in their check-in (a typo, a duplicate); done items stay as history. */
export async function removeActionItem({ actor, input, ip }: { actor: Actor; input: TRemoveActionItem; ip?: string | null }): Promise<void> {
  const data = parseOrRefuse(ZRemoveActionItem, input);
  await db().$transaction(async (tx) => {
    const item = await tx.actionItem.findFirst({
      where: { id: data.actionItemId, checkIn: { authorId: actor.userId }, subject: { is: writableSubjects(actor) } },
      select: { id: true, version: true, doneAt: true, subjectId: true, title: true },
    });
    if (!item) throw notFound();
    if (item.version !== data.version) throw new AppError("CONFLICT", STALE);
    if (item.doneAt) throw new AppError("UNPROCESSABLE", "A done action item stays as history.");
    await tx.actionItem.delete({ where: { id: item.id } });
    await recordAudit({ actorId: actor.userId, action: "action-item.delete", entityType: "ActionItem", entityId: item.id, ip, subjectIds: [item.subjectId],
      before: { title: item.title } }, tx);
  });
}
