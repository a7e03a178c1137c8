import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";

// DESIGN.md: reading risk data writes ONE audit event per request, listing the people whose
// risk data was returned (counts on a dashboard are not reads). Every read function audits its
// own call, or — when a page reads several kinds at once (a person's risks and their computed
// signal; the register and the review queue) — gathers its people into `collect`, and the page
// writes the one event with everyone.

export type RiskReadOptions = {
  requestId?: string | null;
  /** Gather the people read here instead of auditing; the caller then calls auditRiskRead once. */
  collect?: number[];
};

export async function auditRiskRead({ actor, subjectIds, requestId, entityId }: { actor: Actor; subjectIds: readonly number[]; requestId?: string | null; entityId?: number | null }): Promise<void> {
  const subjects = [...new Set(subjectIds)].sort((a, b) => a - b);
  if (subjects.length === 0) return;
  await recordAudit({ actorId: actor.userId, action: "risk.read", entityType: "RetentionRisk", entityId: entityId ?? null, subjectIds: subjects, requestId });
}

/** Audits the people a read returned, or hands them to the caller's `collect`. */
export async function readAudited({ actor, subjectIds, options, entityId }: { actor: Actor; subjectIds: readonly number[]; options: RiskReadOptions; entityId?: number | null }): Promise<void> {
  if (options.collect) options.collect.push(...subjectIds);
  else await auditRiskRead({ actor, subjectIds, requestId: options.requestId, entityId });
}
