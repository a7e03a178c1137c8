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

/** The questions of one template version, in the order the form shows them. */
export async function questionsOf(templateVersionId: number, tx: Prisma.TransactionClient = db()) {
  const questions = await tx.checkInQuestion.findMany({
    where: { templateVersionId },
    orderBy: { position: "asc" },
    select: { id: true, key: true, prompt: true, help: true, kind: true, pillar: true, metricKey: true, options: true, required: true },
  });
  return questions.map((question) => ({ ...question, options: Array.isArray(question.options) ? (question.options as string[]) : null }));
}

export type TemplateQuestion = Awaited<ReturnType<typeof questionsOf>>[number];
