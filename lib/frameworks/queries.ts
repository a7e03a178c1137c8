import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CompetencyDomain, FrameworkVersionStatus, Pillar, TrackKind } from "@/lib/generated/prisma/enums";
import type { FrameworkDefinition } from "./definition";

// Reading frameworks. Their content is public to the organisation (everyone is measured
// against it), so any signed-in role with people:read may read every version, drafts included.

type Tx = Prisma.TransactionClient;

export type MatrixCell = { levelId: number; code: string; text: string | null };
export type MatrixCompetency = {
  id: number; key: string; name: string; description: string; pillar: Pillar; domain: CompetencyDomain;
  /** One cell per level of the track, in level order. */
  cells: MatrixCell[];
};
export type MatrixTrack = {
  id: number; key: string; name: string; kind: TrackKind;
  levels: Array<{ id: number; rank: number; code: string; name: string; summary: string }>;
  competencies: MatrixCompetency[];
};
export type FrameworkMatrix = { versionId: number; tracks: MatrixTrack[] };

export type FrameworkVersionView = {
  id: number; number: number; status: FrameworkVersionStatus; publishedAt: Date | null;
  /** The optimistic lock to send back with saveDraft and publishDraft. */
  version: number;
  framework: { id: number; name: string; description: string };
  matrix: FrameworkMatrix;
};

export type FrameworkSummary = {
  id: number; name: string; description: string;
  versions: Array<{ id: number; number: number; status: FrameworkVersionStatus; publishedAt: Date | null }>;
};

/**
 * Tracks → levels × competencies with each expectation, as an editor or viewer renders it.
 * Unguarded on purpose: callers (assessments, the person page) have already authorised the
 * read, and framework content is not scoped to anyone.
 */
export async function matrixOf(versionId: number, tx: Tx = db()): Promise<FrameworkMatrix> {
  const tracks = await tx.track.findMany({
    where: { frameworkVersionId: versionId },
    orderBy: { id: "asc" },
    include: {
      levels: { orderBy: { rank: "asc" } },
      competencies: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { expectations: true } },
    },
  });
  return {
    versionId,
    tracks: tracks.map((track) => ({
      id: track.id, key: track.key, name: track.name, kind: track.kind,
      levels: track.levels.map((level) => ({ id: level.id, rank: level.rank, code: level.code, name: level.name, summary: level.summary ?? "" })),
      competencies: track.competencies.map((competency) => {
        const textOf = new Map(competency.expectations.map((expectation) => [expectation.levelId, expectation.text]));
        return {
          id: competency.id, key: competency.key, name: competency.name, description: competency.description ?? "",
          pillar: competency.pillar, domain: competency.domain,
          cells: track.levels.map((level) => ({ levelId: level.id, code: level.code, text: textOf.get(level.id) ?? null })),
        };
      }),
    })),
  };
}

/** The portable definition of a stored matrix; what export writes and a new draft starts from. */
export function definitionOf(framework: { name: string; description: string | null }, matrix: FrameworkMatrix): FrameworkDefinition {
  return {
    name: framework.name,
    description: framework.description ?? "",
    tracks: matrix.tracks.map((track) => ({
      key: track.key, name: track.name, kind: track.kind,
      levels: track.levels.map((level) => ({ code: level.code, name: level.name, summary: level.summary })),
      competencies: track.competencies.map((competency) => ({
        key: competency.key, name: competency.name, description: competency.description, pillar: competency.pillar, domain: competency.domain,
        expectations: Object.fromEntries(competency.cells.flatMap((cell) => (cell.text === null ? [] : [[cell.code, cell.text]]))),
      })),
    })),
  };
}

async function findVersion(versionId: number, tx: Tx) {
  const found = await tx.frameworkVersion.findUnique({ where: { id: versionId }, include: { framework: true } });
  if (!found) throw new AppError("NOT_FOUND", "Not found");
  return found;
}

export async function getFrameworkVersion({ actor, versionId }: { actor: Actor; versionId: number }): Promise<FrameworkVersionView> {
  requirePermission(actor, "people:read");
  const found = await findVersion(versionId, db());
  return {
    id: found.id, number: found.number, status: found.status, publishedAt: found.publishedAt, version: found.version,
    framework: { id: found.framework.id, name: found.framework.name, description: found.framework.description ?? "" },
    matrix: await matrixOf(found.id),
  };
}

export async function listFrameworks({ actor }: { actor: Actor }): Promise<FrameworkSummary[]> {
  requirePermission(actor, "people:read");
  const frameworks = await db().framework.findMany({
    orderBy: { name: "asc" },
    include: { versions: { orderBy: { number: "desc" }, select: { id: true, number: true, status: true, publishedAt: true } } },
  });
  return frameworks.map((framework) => ({ id: framework.id, name: framework.name, description: framework.description ?? "", versions: framework.versions }));
}

/** The version new assessments and level assignments use; null while nothing is published. */
export async function currentPublishedVersion(frameworkId: number, tx: Tx = db()): Promise<{ id: number; number: number; publishedAt: Date | null } | null> {
  return tx.frameworkVersion.findFirst({
    where: { frameworkId, status: "PUBLISHED" },
    orderBy: { number: "desc" },
    select: { id: true, number: true, publishedAt: true },
  });
}

/** The version as a JSON-ready definition; importing it yields the same definition back. */
export async function exportFramework({ actor, versionId }: { actor: Actor; versionId: number }): Promise<FrameworkDefinition> {
  requirePermission(actor, "people:read");
  const found = await findVersion(versionId, db());
  return definitionOf(found.framework, await matrixOf(found.id));
}
