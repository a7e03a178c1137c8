import type { Prisma } from "@/lib/generated/prisma/client";
import { ERASED_TEXT, eraseFreeText } from "../scrub";
import type { Eraser } from "../types";

// Retention risks about the person and their departures: notes, mitigation actions and the
// departure reason go; level, factors, regrettable, status, dates and voluntary stay, since
// attrition and the risk register's history are figures. The risk history's JSON is owned by
// lib/risks, so its prose values are found by shape (anything that is not a figure).

export const risksEraser: Eraser = {
  name: "risks",
  async erase({ tx, personId }) {
    const risks = await tx.retentionRisk.findMany({ where: { personId }, select: { id: true } });
    const riskIds = risks.map((risk) => risk.id);
    await tx.retentionRisk.updateMany({ where: { id: { in: riskIds } }, data: { notes: null, version: { increment: 1 } } });

    const mitigations = await tx.riskMitigation.findMany({ where: { riskId: { in: riskIds } }, select: { id: true } });
    await tx.riskMitigation.updateMany({
      where: { riskId: { in: riskIds } },
      data: { action: ERASED_TEXT, version: { increment: 1 } },
    });

    const history = await tx.riskHistory.findMany({ where: { riskId: { in: riskIds } }, select: { id: true, changes: true } });
    for (const entry of history) {
      const changes = eraseFreeText(entry.changes) as Prisma.InputJsonValue;
      if (JSON.stringify(changes) !== JSON.stringify(entry.changes)) {
        await tx.riskHistory.update({ where: { id: entry.id }, data: { changes } });
      }
    }

    const departures = await tx.departure.findMany({ where: { personId }, select: { id: true } });
    await tx.departure.updateMany({ where: { personId }, data: { reason: null, version: { increment: 1 } } });

    // A departure that was removed is gone, but its audit events (with the reason) remain; they name the person.
    const removed = await tx.auditEvent.findMany({
      where: { entityType: "Departure", subjectIds: { has: personId }, entityId: { not: null } },
      select: { entityId: true },
      distinct: ["entityId"],
    });
    return [
      { entityType: "RetentionRisk", ids: riskIds },
      { entityType: "RiskMitigation", ids: mitigations.map((mitigation) => mitigation.id) },
      { entityType: "Departure", ids: [...new Set([...departures.map((departure) => String(departure.id)), ...removed.map((event) => event.entityId!)])] },
    ];
  },
};
