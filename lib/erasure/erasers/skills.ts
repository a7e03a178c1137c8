import { ERASED_TEXT } from "../scrub";
import type { Eraser } from "../types";

// The person's own learning and experiments: the texts go; kind, status, pillar and dates stay
// so skills adoption still counts them. Team items are not about one person and stay.

export const skillsEraser: Eraser = {
  name: "skills",
  async erase({ tx, personId }) {
    const items = await tx.skillItem.findMany({ where: { personId }, select: { id: true } });
    await tx.skillItem.updateMany({
      where: { personId },
      data: { title: ERASED_TEXT, description: null, outcome: null, evidence: null, version: { increment: 1 } },
    });
    // A deleted item is gone, but its audit events (with its texts) remain; they name the person.
    const deleted = await tx.auditEvent.findMany({
      where: { entityType: "SkillItem", subjectIds: { has: personId }, entityId: { not: null } },
      select: { entityId: true },
      distinct: ["entityId"],
    });
    return [{ entityType: "SkillItem", ids: [...new Set([...items.map((item) => String(item.id)), ...deleted.map((event) => event.entityId!)])] }];
  },
};
