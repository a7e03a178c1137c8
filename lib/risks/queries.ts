import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";

// Retention risks are the most sensitive data in Pillars: only people above the person in the
// chain, HR partners and the VPE see them, never the person themselves, never an ADMIN-only
// user; and every read that returns any is written to the audit log (one event per request).

export async function listRisksForPerson({ actor, personId, requestId }: { actor: Actor; personId: number; requestId?: string | null }) {
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
  if (risks.length > 0) {
    await recordAudit({ actorId: actor.userId, action: "risk.read", entityType: "RetentionRisk", subjectIds: [personId], requestId });
  }
  return risks;
}
