import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { auditRow, recordAudit } from "@/lib/audit/record";
import { parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentLevel } from "@/lib/levels/queries";
import { parseOrRefuse, ZCreateAssessment, ZSaveAssessment, ZShareAssessment, type TCreateAssessment, type TSaveAssessment, type TShareAssessment } from "./schemas";

// Assessments are written by their author only: a MANAGER one by someone above the person in
// the tree, a SELF one by the person. Ratings, evidence and summary reach the audit log as
// changed-field names only (REDACTED_FIELDS in lib/audit/record.ts).

const STALE = "This assessment changed meanwhile. Reload the page to see the change, then try again.";
const notFound = () => new AppError("NOT_FOUND", "Not found");

/** Opens a DRAFT against the person's current level and its framework version. Returns its id. */
export async function createAssessment({ actor, input, ip }: { actor: Actor; input: TCreateAssessment; ip?: string | null }): Promise<number> {
  const data = parseOrRefuse(ZCreateAssessment, input);
  const assessorId = actor.personId;
  if (assessorId === null) throw notFound();
  return db().$transaction(async (tx) => {
    if (data.kind === "SELF") {
      if (data.personId !== assessorId) throw notFound();
    } else {
      requirePermission(actor, "assessment:write");
      // In scope AND strictly below the author's own Person: an org-wide VPE still assesses down the tree.
      const below = await tx.person.findFirst({
        where: { AND: [
          { id: data.personId, erasedAt: null, ancestors: { some: { ancestorId: assessorId, depth: { gt: 0 } } } },
          personInScope(scopeFor(actor, "people-data")),
        ] },
        select: { id: true },
      });
      if (!below) throw notFound();
    }
    const level = await currentLevel(data.personId, tx);
    if (!level) throw new AppError("UNPROCESSABLE", "Some fields need attention.", { personId: ["Give this person a level before assessing them"] });
    const created = await tx.assessment.create({
      data: {
        personId: data.personId, assessorId, kind: data.kind, date: parseDate(data.date),
        levelId: level.levelId, frameworkVersionId: level.level.track.frameworkVersionId,
      },
    });
    await recordAudit({ actorId: actor.userId, action: "assessment.create", entityType: "Assessment", entityId: created.id, ip,
      after: { personId: data.personId, kind: data.kind, date: data.date, levelId: level.levelId, status: "DRAFT" } }, tx);
    return created.id;
  });
}

/** Loads an assessment its author may still edit, or refuses. */
async function authored(tx: Prisma.TransactionClient, actor: Actor, assessmentId: number, version: number) {
  if (actor.personId === null) throw notFound();
  const assessment = await tx.assessment.findFirst({
    where: { id: assessmentId, assessorId: actor.personId },
    include: { ratings: true, level: { select: { trackId: true } } },
  });
  if (!assessment) throw notFound();
  // A manager who lost the role stops writing on the next request, even on their own drafts.
  if (assessment.kind === "MANAGER") requirePermission(actor, "assessment:write");
  if (assessment.version !== version) throw new AppError("CONFLICT", STALE);
  if (assessment.status === "SHARED") throw new AppError("UNPROCESSABLE", "A shared assessment can no longer be changed.");
  return assessment;
}

export async function saveAssessment({ actor, input, ip }: { actor: Actor; input: TSaveAssessment; ip?: string | null }): Promise<void> {
  const data = parseOrRefuse(ZSaveAssessment, input);
  await db().$transaction(async (tx) => {
    const before = await authored(tx, actor, data.assessmentId, data.version);
    // The level's track belongs to the assessment's framework version, so its competencies are
    // exactly the ones this version defines for the person's level.
    const allowed = new Set((await tx.competency.findMany({ where: { trackId: before.level.trackId }, select: { id: true } })).map((c) => c.id));
    const errors: FieldErrors = {};
    const seen = new Set<number>();
    data.ratings.forEach((rating, index) => {
      if (!allowed.has(rating.competencyId)) errors[`ratings.${index}.competencyId`] = ["not in this framework version"];
      else if (seen.has(rating.competencyId)) errors[`ratings.${index}.competencyId`] = ["rated twice"];
      seen.add(rating.competencyId);
    });
    if (Object.keys(errors).length > 0) throw new AppError("UNPROCESSABLE", "Some fields need attention.", errors);
    const status = data.submit && before.status === "DRAFT" ? "SUBMITTED" : before.status;
    const { count } = await tx.assessment.updateMany({
      where: { id: before.id, version: data.version },
      data: { promotionReadiness: data.promotionReadiness, summary: data.summary, status, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    await tx.assessmentRating.deleteMany({ where: { assessmentId: before.id } });
    await tx.assessmentRating.createMany({ data: data.ratings.map((r) => ({ assessmentId: before.id, ...r })) });
    await recordAudit({ actorId: actor.userId, action: "assessment.save", entityType: "Assessment", entityId: before.id, ip,
      before: { status: before.status, promotionReadiness: before.promotionReadiness, summary: before.summary },
      after: { status, promotionReadiness: data.promotionReadiness, summary: data.summary } }, tx);
    // One event per changed competency; AssessmentRating's rating and evidence are redacted to names.
    const old = new Map(before.ratings.map((r) => [r.competencyId, r]));
    const now = new Map(data.ratings.map((r) => [r.competencyId, r]));
    const rows = [...new Set([...old.keys(), ...now.keys()])]
      .map((competencyId) => {
        const [was, is] = [old.get(competencyId), now.get(competencyId)];
        return auditRow({ actorId: actor.userId, action: "assessment.rating", entityType: "AssessmentRating", entityId: `${before.id}:${competencyId}`, ip,
          before: was ? { rating: was.rating, evidence: was.evidence } : null, after: is ? { rating: is.rating, evidence: is.evidence } : null });
      })
      .filter((row) => (row.changedFields as string[]).length > 0);
    if (rows.length > 0) await tx.auditEvent.createMany({ data: rows });
  });
}

/** Makes a manager assessment visible to the person assessed. */
export async function shareAssessment({ actor, input, ip }: { actor: Actor; input: TShareAssessment; ip?: string | null }): Promise<void> {
  const data = parseOrRefuse(ZShareAssessment, input);
  await db().$transaction(async (tx) => {
    const before = await authored(tx, actor, data.assessmentId, data.version);
    if (before.kind === "SELF") throw new AppError("UNPROCESSABLE", "A self-assessment reaches your assessors when you submit it.");
    const sharedAt = new Date();
    const { count } = await tx.assessment.updateMany({
      where: { id: before.id, version: data.version },
      data: { status: "SHARED", sharedAt, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    await recordAudit({ actorId: actor.userId, action: "assessment.share", entityType: "Assessment", entityId: before.id, ip,
      before: { status: before.status }, after: { status: "SHARED", sharedAt: sharedAt.toISOString() } }, tx);
  });
}
