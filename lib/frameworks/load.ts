import type { Prisma } from "@/lib/generated/prisma/client";
import type { FrameworkDefinition } from "./definition";

// Writes a definition's tracks, levels, competencies and expectations into one framework
// version. Shared by the demo seed, the large generator, import and the draft editor, so a
// definition is stored the same way whichever path it takes.

export type LoadedFramework = {
  frameworkVersionId: number;
  /** Level id by level code, across tracks ("M1", "E3"…). */
  levelIds: Map<string, number>;
  /** Competency ids by track key. */
  competencyIds: Map<string, number[]>;
};

/** Fills an empty version with the definition's content; the caller owns the version row. */
export async function writeVersionContent(tx: Prisma.TransactionClient, frameworkVersionId: number, definition: FrameworkDefinition): Promise<LoadedFramework> {
  const levelIds = new Map<string, number>();
  const competencyIds = new Map<string, number[]>();
  for (const track of definition.tracks) {
    const created = await tx.track.create({
      data: {
        frameworkVersionId,
        key: track.key,
        name: track.name,
        kind: track.kind,
        levels: { create: track.levels.map((level, index) => ({ ...level, rank: index + 1 })) },
        competencies: {
          create: track.competencies.map((competency, index) => ({
            key: competency.key,
            name: competency.name,
            description: competency.description,
            pillar: competency.pillar,
            domain: competency.domain,
            position: index,
          })),
        },
      },
      include: { levels: true, competencies: { orderBy: { position: "asc" } } },
    });
    for (const level of created.levels) levelIds.set(level.code, level.id);
    competencyIds.set(track.key, created.competencies.map((competency) => competency.id));
    const byKey = new Map(created.competencies.map((competency) => [competency.key, competency.id]));
    await tx.expectation.createMany({
      data: track.competencies.flatMap((competency) =>
        Object.entries(competency.expectations).map(([code, text]) => ({
          levelId: levelIds.get(code) as number,
          competencyId: byKey.get(competency.key) as number,
          text,
        })),
      ),
    });
  }
  return { frameworkVersionId, levelIds, competencyIds };
}

/** Creates a framework and publishes its first version from a definition. */
export async function createPublishedFramework(tx: Prisma.TransactionClient, definition: FrameworkDefinition): Promise<LoadedFramework> {
  const framework = await tx.framework.create({ data: { name: definition.name, description: definition.description } });
  const version = await tx.frameworkVersion.create({
    data: { frameworkId: framework.id, number: 1, status: "PUBLISHED", publishedAt: new Date() },
  });
  return writeVersionContent(tx, version.id, definition);
}
