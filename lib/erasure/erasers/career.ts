import type { Eraser } from "../types";

// Levels and assessments of the person: notes, summaries and evidence go; levels, dates,
// ratings and promotion readiness stay (they feed time in level and promotion pace).
// Assessments the person made of others are about those others and stay.

export const careerEraser: Eraser = {
  name: "career",
  async erase({ tx, personId }) {
    const assignments = await tx.levelAssignment.findMany({ where: { personId }, select: { id: true } });
    await tx.levelAssignment.updateMany({ where: { personId }, data: { note: null, version: { increment: 1 } } });

    const assessments = await tx.assessment.findMany({ where: { personId }, select: { id: true } });
    const assessmentIds = assessments.map((assessment) => assessment.id);
    await tx.assessment.updateMany({ where: { id: { in: assessmentIds } }, data: { summary: null, version: { increment: 1 } } });
    await tx.assessmentRating.updateMany({ where: { assessmentId: { in: assessmentIds } }, data: { evidence: null } });

    return [
      { entityType: "LevelAssignment", ids: assignments.map((assignment) => assignment.id) },
      { entityType: "Assessment", ids: assessmentIds },
    ];
  },
};
