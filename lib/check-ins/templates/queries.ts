import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";
import { questionsOf, type TemplateQuestion } from "../template-version";

// Reading check-in templates. Their questions are what every check-in asks, so anyone who reads
// check-ins may read the published and archived versions; drafts stay with those who edit them.

export type TemplateVersionSummary = {
  id: number; number: number; status: FrameworkVersionStatus; publishedAt: Date | null;
  questionCount: number;
  /** How many check-ins were written against this version (they keep it forever). */
  checkInCount: number;
};

export type TemplateSummary = {
  id: number; name: string; description: string; isDefault: boolean;
  /** Newest first. */
  versions: TemplateVersionSummary[];
};

export type TemplateVersionView = {
  id: number; number: number; status: FrameworkVersionStatus; publishedAt: Date | null;
  /** The optimistic lock to send back with a save or publish. */
  version: number;
  checkInCount: number;
  template: { id: number; name: string; description: string; isDefault: boolean };
  questions: TemplateQuestion[];
};

const notFound = () => new AppError("NOT_FOUND", "Not found");

/** Readers: check-in readers and template editors. Returns whether drafts are visible. */
function authorise(actor: Actor): { seesDrafts: boolean } {
  const writer = can(actor.roles, "template:write");
  if (!writer && !can(actor.roles, "checkin:read")) throw notFound();
  return { seesDrafts: writer };
}

const visibleStatuses = (seesDrafts: boolean): FrameworkVersionStatus[] => (seesDrafts ? ["DRAFT", "PUBLISHED", "ARCHIVED"] : ["PUBLISHED", "ARCHIVED"]);

export async function listTemplates({ actor }: { actor: Actor }): Promise<TemplateSummary[]> {
  const { seesDrafts } = authorise(actor);
  const templates = await db().checkInTemplate.findMany({
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
    include: {
      versions: {
        where: { status: { in: visibleStatuses(seesDrafts) } },
        orderBy: { number: "desc" },
        select: { id: true, number: true, status: true, publishedAt: true, _count: { select: { checkIns: true, questions: true } } },
      },
    },
  });
  return templates.map((template) => ({
    id: template.id, name: template.name, description: template.description ?? "", isDefault: template.isDefault,
    versions: template.versions.map(({ _count, ...version }) => ({ ...version, checkInCount: _count.checkIns, questionCount: _count.questions })),
  }));
}

export async function getTemplateVersion({ actor, versionId }: { actor: Actor; versionId: number }): Promise<TemplateVersionView> {
  const { seesDrafts } = authorise(actor);
  const found = await db().checkInTemplateVersion.findFirst({
    where: { id: versionId, status: { in: visibleStatuses(seesDrafts) } },
    include: { template: true, _count: { select: { checkIns: true } } },
  });
  if (!found) throw notFound();
  return {
    id: found.id, number: found.number, status: found.status, publishedAt: found.publishedAt, version: found.version,
    checkInCount: found._count.checkIns,
    template: { id: found.template.id, name: found.template.name, description: found.template.description ?? "", isDefault: found.template.isDefault },
    questions: await questionsOf(found.id),
  };
}
