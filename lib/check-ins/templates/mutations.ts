import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_TEMPLATE } from "../default-template";
import { activeTemplateVersionId, questionsOf } from "../template-version";
import {
  ZCreateTemplate, ZSaveTemplateDraft, ZTemplateQuestions, ZTemplateRef, ZTemplateVersionRef,
  type TCreateTemplate, type TSaveTemplateDraft, type TTemplateQuestion, type TTemplateRef, type TTemplateVersionRef,
} from "./schemas";

// Editing check-in templates (VPE). A version is immutable once published: changes go into the
// template's one DRAFT, saved whole under an optimistic lock, and publishing it archives the
// version before. Check-ins point at the version they were written against, so nothing here
// rewrites or deletes the questions of a published or archived version.

type Tx = Prisma.TransactionClient;
type Options<I> = { actor: Actor; input: I; ip?: string | null };
export type TemplateDraftRef = { templateId: number; versionId: number; number: number; version: number };

const STALE = "Someone else saved this draft meanwhile. Reload the page to see their change, then try again.";
const NOT_DRAFT = "Only a draft can be changed; published and archived versions never are. Start a new draft instead.";
const notFound = () => new AppError("NOT_FOUND", "Not found");

/** Serialises draft creation and publishing per template (one draft, one published version). */
async function lockTemplate(tx: Tx, templateId: number): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM "CheckInTemplate" WHERE id = ${templateId} FOR UPDATE`;
  if (rows.length === 0) throw notFound();
}

/** A stored version's questions in the shape the schema checks and a new version copies. */
async function definitionsOf(tx: Tx, versionId: number): Promise<TTemplateQuestion[]> {
  return (await questionsOf(versionId, tx)).map(({ key, prompt, help, kind, pillar, metricKey, options, required }) => ({ key, prompt, help, kind, pillar, metricKey, options, required }));
}

async function writeQuestions(tx: Tx, templateVersionId: number, questions: readonly TTemplateQuestion[]): Promise<void> {
  await tx.checkInQuestion.createMany({
    data: questions.map((question, position) => ({ ...question, options: question.options ?? undefined, templateVersionId, position })),
  });
}

async function createDraftVersion(tx: Tx, templateId: number, questions: readonly TTemplateQuestion[]): Promise<TemplateDraftRef> {
  const last = await tx.checkInTemplateVersion.aggregate({ where: { templateId }, _max: { number: true } });
  const created = await tx.checkInTemplateVersion.create({ data: { templateId, number: (last._max.number ?? 0) + 1, status: "DRAFT" } });
  await writeQuestions(tx, created.id, questions);
  return { templateId, versionId: created.id, number: created.number, version: created.version };
}

/** Opens the template's draft: a copy of its latest published version, or the draft already open. */
export async function startTemplateDraft({ actor, input, ip }: Options<TTemplateRef>): Promise<TemplateDraftRef & { created: boolean }> {
  requirePermission(actor, "template:write");
  const { templateId } = parseOrRefuse(ZTemplateRef, input);
  return db().$transaction(async (tx) => {
    await lockTemplate(tx, templateId);
    const open = await tx.checkInTemplateVersion.findFirst({ where: { templateId, status: "DRAFT" } });
    // Returning the open draft (not refusing) lets "Edit" be one idempotent button.
    if (open) return { templateId, versionId: open.id, number: open.number, version: open.version, created: false };
    const published = await tx.checkInTemplateVersion.findFirst({ where: { templateId, status: "PUBLISHED" }, orderBy: { number: "desc" } });
    if (!published) throw new AppError("UNPROCESSABLE", "This template has no published version to start a draft from.");
    const draft = await createDraftVersion(tx, templateId, await definitionsOf(tx, published.id));
    await recordAudit({ actorId: actor.userId, action: "checkin-template.draft.start", entityType: "CheckInTemplateVersion", entityId: draft.versionId, ip,
      after: { templateId, fromVersionId: published.id, number: draft.number } }, tx);
    return { ...draft, created: true };
  });
}

/** Takes the draft's lock: NOT_FOUND, UNPROCESSABLE for a non-draft, CONFLICT when stale. */
async function claimDraft(tx: Tx, versionId: number, version: number) {
  const found = await tx.checkInTemplateVersion.findUnique({ where: { id: versionId } });
  if (!found) throw notFound();
  if (found.status !== "DRAFT") throw new AppError("UNPROCESSABLE", NOT_DRAFT);
  const { count } = await tx.checkInTemplateVersion.updateMany({ where: { id: versionId, version, status: "DRAFT" }, data: { version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT", STALE);
  return found;
}

/** Replaces the draft's whole question list; answers the new lock for the next save or publish. */
export async function saveTemplateDraft({ actor, input, ip }: Options<TSaveTemplateDraft>): Promise<{ version: number }> {
  // Authorise before validating, so a caller without the permission learns nothing from the errors.
  requirePermission(actor, "template:write");
  const data = parseOrRefuse(ZSaveTemplateDraft, input);
  return db().$transaction(async (tx) => {
    await claimDraft(tx, data.versionId, data.version);
    const before = await definitionsOf(tx, data.versionId);
    await tx.checkInQuestion.deleteMany({ where: { templateVersionId: data.versionId } });
    await writeQuestions(tx, data.versionId, data.questions);
    await recordAudit({ actorId: actor.userId, action: "checkin-template.draft.save", entityType: "CheckInTemplateVersion", entityId: data.versionId, ip,
      before: { questions: before }, after: { questions: data.questions } }, tx);
    return { version: data.version + 1 };
  });
}

/** Publishes the draft; the version published before it becomes ARCHIVED, untouched otherwise. */
export async function publishTemplateVersion({ actor, input, ip }: Options<TTemplateVersionRef>): Promise<{ versionId: number; number: number; archivedVersionId: number | null }> {
  requirePermission(actor, "template:write");
  const { versionId, version } = parseOrRefuse(ZTemplateVersionRef, input);
  return db().$transaction(async (tx) => {
    const target = await tx.checkInTemplateVersion.findUnique({ where: { id: versionId }, select: { templateId: true } });
    if (!target) throw notFound();
    await lockTemplate(tx, target.templateId);
    const draft = await claimDraft(tx, versionId, version);
    // Drafts are only written through the schema, but the seven metric questions are the one
    // thing a published version must never lack, so they are checked once more here.
    const stored = ZTemplateQuestions.safeParse(await definitionsOf(tx, versionId));
    if (!stored.success) throw new AppError("UNPROCESSABLE", "This draft's questions need attention before it can be published. Save it again to see where.");
    const previous = await tx.checkInTemplateVersion.findFirst({ where: { templateId: draft.templateId, status: "PUBLISHED" }, orderBy: { number: "desc" } });
    if (previous) await tx.checkInTemplateVersion.update({ where: { id: previous.id }, data: { status: "ARCHIVED", version: { increment: 1 } } });
    await tx.checkInTemplateVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await recordAudit({ actorId: actor.userId, action: "checkin-template.publish", entityType: "CheckInTemplateVersion", entityId: versionId, ip,
      before: { status: "DRAFT", publishedVersionId: previous?.id ?? null }, after: { status: "PUBLISHED", archivedVersionId: previous?.id ?? null } }, tx);
    return { versionId, number: draft.number, archivedVersionId: previous?.id ?? null };
  });
}

const NAME_TAKEN = () => new AppError("UNPROCESSABLE", "Some fields need attention.", { name: ["A template with this name already exists"] });

/** The questions new check-ins ask now; the shipped default while nothing is published (empty install). */
async function currentQuestions(tx: Tx): Promise<{ fromVersionId: number | null; questions: TTemplateQuestion[] }> {
  const active = await activeTemplateVersionId(tx).catch((error: unknown) => (isAppError(error) ? null : Promise.reject(error)));
  if (active === null) return { fromVersionId: null, questions: parseOrRefuse(ZTemplateQuestions, DEFAULT_TEMPLATE.questions) };
  return { fromVersionId: active, questions: await definitionsOf(tx, active) };
}

/** A new template whose version 1 is a DRAFT holding the questions the default template asks now. */
export async function createTemplate({ actor, input, ip }: Options<TCreateTemplate>): Promise<TemplateDraftRef> {
  requirePermission(actor, "template:write");
  const data = parseOrRefuse(ZCreateTemplate, input);
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.checkInTemplate.findUnique({ where: { name: data.name }, select: { id: true } })) throw NAME_TAKEN();
      const source = await currentQuestions(tx);
      const template = await tx.checkInTemplate.create({ data: { name: data.name, description: data.description, isDefault: false } });
      const draft = await createDraftVersion(tx, template.id, source.questions);
      await recordAudit({ actorId: actor.userId, action: "checkin-template.create", entityType: "CheckInTemplate", entityId: template.id, ip,
        after: { name: data.name, description: data.description, draftVersionId: draft.versionId, fromVersionId: source.fromVersionId } }, tx);
      return draft;
    });
  } catch (error) {
    // Two creates racing on one name: the unique index refuses the second.
    if ((error as { code?: unknown } | null)?.code === "P2002") throw NAME_TAKEN();
    throw error;
  }
}

/** Makes the template the one new check-ins use; it needs a published version to be used at all. */
export async function makeDefaultTemplate({ actor, input, ip }: Options<TTemplateRef>): Promise<void> {
  requirePermission(actor, "template:write");
  const { templateId } = parseOrRefuse(ZTemplateRef, input);
  await db().$transaction(async (tx) => {
    // Every template row, in id order: two concurrent switches queue instead of leaving two defaults.
    await tx.$queryRaw`SELECT id FROM "CheckInTemplate" ORDER BY id FOR UPDATE`;
    const template = await tx.checkInTemplate.findUnique({ where: { id: templateId }, include: { versions: { where: { status: "PUBLISHED" }, select: { id: true } } } });
    if (!template) throw notFound();
    if (template.versions.length === 0) throw new AppError("UNPROCESSABLE", "Publish a version of this template before making it the default.");
    if (template.isDefault) return;
    const previous = await tx.checkInTemplate.findFirst({ where: { isDefault: true }, select: { id: true } });
    await tx.checkInTemplate.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
    await tx.checkInTemplate.update({ where: { id: templateId }, data: { isDefault: true } });
    await recordAudit({ actorId: actor.userId, action: "checkin-template.make-default", entityType: "CheckInTemplate", entityId: templateId, ip,
      before: { isDefault: false, previousDefaultId: previous?.id ?? null }, after: { isDefault: true } }, tx);
  });
}
