import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionDefinition } from "./default-template";

export type LoadedTemplate = { templateVersionId: number; questionIds: Map<string, number> };

/** Creates a template with its first published version. */
export async function createPublishedTemplate(
  tx: Prisma.TransactionClient,
  definition: { name: string; description: string; questions: QuestionDefinition[] },
  isDefault: boolean,
): Promise<LoadedTemplate> {
  const template = await tx.checkInTemplate.create({
    data: {
      name: definition.name,
      description: definition.description,
      isDefault,
      versions: {
        create: {
          number: 1,
          status: "PUBLISHED",
          publishedAt: new Date(),
          questions: {
            create: definition.questions.map((question, position) => ({
              ...question,
              options: question.options ?? undefined,
              position,
            })),
          },
        },
      },
    },
    include: { versions: { include: { questions: true } } },
  });
  const version = template.versions[0];
  if (!version) throw new Error("template version was not created");
  return { templateVersionId: version.id, questionIds: new Map(version.questions.map((q) => [q.key, q.id])) };
}
