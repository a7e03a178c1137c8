import { ERASED_TEXT } from "../scrub";
import type { Eraser } from "../types";

// Check-ins about the person: their prose fields and TEXT answers go; the seven scores,
// SCALE/YES_NO answers, CHOICE answers (picked from the template's own options), the growth
// domain and every date stay. Check-ins the person wrote about others are theirs to keep.
// Versions are bumped so an editor holding the old text cannot save it back.

export const checkInsEraser: Eraser = {
  name: "check-ins",
  async erase({ tx, personId }) {
    const checkIns = await tx.checkIn.findMany({ where: { subjectId: personId }, select: { id: true } });
    const checkInIds = checkIns.map((checkIn) => checkIn.id);
    await tx.checkIn.updateMany({
      where: { id: { in: checkInIds } },
      data: { wins: null, blockers: null, growthStep: null, growthFollowUp: null, privateNote: null, version: { increment: 1 } },
    });

    // A TEXT answer keeps its row, so readers still see the question was answered.
    const textAnswers = await tx.checkInAnswer.findMany({
      where: { checkInId: { in: checkInIds }, question: { kind: "TEXT" } },
      select: { id: true },
    });
    await tx.checkInAnswer.updateMany({ where: { id: { in: textAnswers.map((answer) => answer.id) } }, data: { value: ERASED_TEXT } });

    const actionItems = await tx.actionItem.findMany({
      where: { OR: [{ subjectId: personId }, { checkInId: { in: checkInIds } }] },
      select: { id: true },
    });
    await tx.actionItem.updateMany({
      where: { id: { in: actionItems.map((item) => item.id) } },
      data: { title: ERASED_TEXT, version: { increment: 1 } },
    });

    // Discarded drafts and removed action items are gone, but their audit events (draft text,
    // item titles) remain: every check-in audit event names the person in subjectIds.
    const audited = await tx.auditEvent.findMany({
      where: { entityType: { in: ["CheckIn", "ActionItem"] }, subjectIds: { has: personId } },
      select: { entityType: true, entityId: true },
      distinct: ["entityType", "entityId"],
    });
    const deleted = (type: string) => audited.filter((event) => event.entityType === type && event.entityId !== null).map((event) => event.entityId!);
    return [
      { entityType: "CheckIn", ids: [...checkInIds, ...deleted("CheckIn")] },
      { entityType: "CheckInAnswer", ids: textAnswers.map((answer) => answer.id) },
      { entityType: "ActionItem", ids: [...actionItems.map((item) => item.id), ...deleted("ActionItem")] },
    ];
  },
};
