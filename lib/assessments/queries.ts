import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { growthReadFilter } from "@/lib/levels/queries";
import { levelGaps } from "@/lib/metrics/gaps";

// Who sees an assessment (DESIGN.md: drafts never reach the person assessed):
// - its author, in every status;
// - the person assessed: a MANAGER assessment once SHARED (and their own SELF ones as author);
// - people above the person with assessment:read in their people-data scope (VPE/HR org-wide,
//   directors/managers their subtree): SUBMITTED or SHARED ones, self-assessments included,
//   so an assessor sees a self-assessment next to their own. Drafts stay with their author.
// Everything else is not found.

/** The visibility rule as one `where`; never empty, so it cannot widen a query. */
export function visibleAssessments(actor: Actor): Prisma.AssessmentWhereInput {
  const branches: Prisma.AssessmentWhereInput[] = [];
  if (actor.personId !== null) {
    branches.push({ assessorId: actor.personId });
    branches.push({ personId: actor.personId, kind: "MANAGER", status: "SHARED" });
  }
  if (can(actor.roles, "assessment:read")) {
    branches.push({ status: { in: ["SUBMITTED", "SHARED"] }, person: { is: personInScope(scopeFor(actor, "people-data")) } });
  }
  return branches.length > 0 ? { OR: branches } : { id: { in: [] } };
}

const listSelect = {
  id: true, personId: true, assessorId: true, kind: true, date: true, status: true, sharedAt: true,
  promotionReadiness: true, levelId: true, frameworkVersionId: true, version: true,
  assessor: { select: { name: true } }, level: { select: { code: true, name: true } },
} satisfies Prisma.AssessmentSelect;

export async function getAssessment({ actor, assessmentId }: { actor: Actor; assessmentId: number }) {
  const assessment = await db().assessment.findFirst({
    where: { AND: [{ id: assessmentId }, visibleAssessments(actor)] },
    include: {
      ratings: { select: { competencyId: true, rating: true, evidence: true } },
      person: { select: { id: true, name: true } },
      assessor: { select: { id: true, name: true } },
      level: {
        include: { expectations: { include: { competency: true }, orderBy: { competency: { position: "asc" } } } },
      },
    },
  });
  if (!assessment) throw new AppError("NOT_FOUND", "Not found");
  const expectations = assessment.level.expectations.map((e) => ({
    competencyId: e.competencyId, name: e.competency.name, pillar: e.competency.pillar, domain: e.competency.domain, text: e.text,
  }));
  return { ...assessment, expectations, gaps: levelGaps({ ratings: assessment.ratings, expectations }) };
}

/** One person's assessments the actor may see, newest first; 404 when the person is out of reach. */
export async function assessmentsFor({ actor, personId }: { actor: Actor; personId: number }) {
  const person = await db().person.findFirst({ where: growthReadFilter(actor, personId), select: { id: true } });
  if (!person) throw new AppError("NOT_FOUND", "Not found");
  return db().assessment.findMany({
    where: { AND: [{ personId: person.id }, visibleAssessments(actor)] },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    select: listSelect,
  });
}

/** "My growth": assessments shared with me and my own self-assessments. */
export async function myAssessments({ actor }: { actor: Actor }) {
  if (actor.personId === null) return [];
  return db().assessment.findMany({
    where: { personId: actor.personId, OR: [{ kind: "MANAGER", status: "SHARED" }, { kind: "SELF", assessorId: actor.personId }] },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    select: listSelect,
  });
}

/**
 * The person's latest submitted self-assessment at the same level, if the actor may see it:
 * an assessor reads it next to their own ratings.
 */
export async function selfRatingsBeside({ actor, personId, levelId, excludeId }: { actor: Actor; personId: number; levelId: number; excludeId: number }) {
  const self = await db().assessment.findFirst({
    where: { AND: [{ personId, levelId, kind: "SELF", status: { not: "DRAFT" }, id: { not: excludeId } }, visibleAssessments(actor)] },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    select: { id: true, date: true, ratings: { select: { competencyId: true, rating: true } } },
  });
  return self ? { id: self.id, date: self.date, ratings: Object.fromEntries(self.ratings.map((r) => [r.competencyId, r.rating])) as Record<number, number> } : null;
}

/** The latest submitted or shared manager assessment of a person the actor may see, with its gaps. */
export async function latestVisibleAssessment({ actor, personId }: { actor: Actor; personId: number }) {
  const latest = await db().assessment.findFirst({
    where: { AND: [{ personId, kind: "MANAGER", status: { not: "DRAFT" } }, visibleAssessments(actor)] },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return latest ? getAssessment({ actor, assessmentId: latest.id }) : null;
}
