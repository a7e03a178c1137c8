import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Which template version a new check-in is written against: the latest published version of
// the default template. Check-ins keep the version they started with, so later edits of the
// template never change the questions of a check-in already begun.

export async function activeTemplateVersionId(tx: Prisma.TransactionClient = db()): Promise<number> {
  const version = await tx.checkInTemplateVersion.findFirst({
    where: { status: "PUBLISHED", template: { isDefault: true } },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  if (!version) throw new AppError("UNPROCESSABLE", "There is no published check-in template yet. Ask your VP of Engineering to publish one.");
  return version.id;
}

export const questionSelect = {
  id: true, key: true, prompt: true, help: true, kind: true, pillar: true, metricKey: true, options: true, required: true,
} as const satisfies Prisma.CheckInQuestionSelect;

/** A stored question as the form reads it: CHOICE options as a list of strings. */
export function toFormQuestion(question: Prisma.CheckInQuestionGetPayload<{ select: typeof questionSelect }>) {
  return { ...question, options: Array.isArray(question.options) ? (question.options as string[]) : null };
}

/** The questions of one template version, in the order the form shows them. */
export async function questionsOf(templateVersionId: number, tx: Prisma.TransactionClient = db()) {
  const questions = await tx.checkInQuestion.findMany({ where: { templateVersionId }, orderBy: { position: "asc" }, select: questionSelect });
  return questions.map(toFormQuestion);
}

export type TemplateQuestion = ReturnType<typeof toFormQuestion>;
