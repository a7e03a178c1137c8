import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FrameworkDefinition } from "./definition";
import { writeVersionContent } from "./load";
import { currentPublishedVersion, definitionOf, matrixOf } from "./queries";
import { validateDefinition } from "./schemas";

// Editing frameworks (VPE, ADMIN). A version is immutable once published: changes go into the
// framework's one DRAFT, saved whole under an optimistic lock, and publishing it archives the
// version before. Assessments point at the version they were made against, so nothing here
// ever rewrites or deletes a published or archived version's rows.

type Tx = Prisma.TransactionClient;
export type DraftRef = { frameworkId: number; versionId: number; number: number; version: number };

const STALE = "Someone else saved this draft meanwhile. Reload it to see their change, then try again.";
const NOT_DRAFT = "Only a draft can be changed; published and archived versions never are. Start a new draft instead.";
const notFound = () => new AppError("NOT_FOUND", "Not found");

/** Re-checks the definition here too: server actions parse it, but no caller may skip that. */
function checked(definition: FrameworkDefinition): FrameworkDefinition {
  const result = validateDefinition(definition);
  if (result.ok) return result.definition;
  const fieldErrors: FieldErrors = {};
  for (const error of result.errors) (fieldErrors[error.path || "form"] ??= []).push(error.message);
  throw new AppError("UNPROCESSABLE", "The framework has errors; nothing was saved.", fieldErrors);
}

/** Serialises draft creation and publishing per framework (one draft, one published version). */
async function lockFramework(tx: Tx, frameworkId: number): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM "Framework" WHERE id = ${frameworkId} FOR UPDATE`;
  if (rows.length === 0) throw notFound();
}

async function existingDraft(tx: Tx, frameworkId: number) {
  return tx.frameworkVersion.findFirst({ where: { frameworkId, status: "DRAFT" } });
}

async function createDraftVersion(tx: Tx, frameworkId: number, definition: FrameworkDefinition): Promise<DraftRef> {
  const last = await tx.frameworkVersion.aggregate({ where: { frameworkId }, _max: { number: true } });
  const created = await tx.frameworkVersion.create({ data: { frameworkId, number: (last._max.number ?? 0) + 1, status: "DRAFT" } });
  await writeVersionContent(tx, created.id, definition);
  return { frameworkId, versionId: created.id, number: created.number, version: created.version };
}

/**
 * Imports a definition as a DRAFT: of a new framework, or the next version of the framework
 * with that name. Refused (CONFLICT) when that framework already has a draft, which someone may
 * be editing; publishing stays a separate, deliberate step.
 */
export async function importFramework({ actor, definition, name }: { actor: Actor; definition: FrameworkDefinition; name?: string }): Promise<DraftRef> {
  requirePermission(actor, "framework:write");
  const content = checked({ ...definition, name: name?.trim() || definition.name });
  return db().$transaction(async (tx) => {
    const existing = await tx.framework.findUnique({ where: { name: content.name } });
    let frameworkId: number;
    if (existing) {
      await lockFramework(tx, existing.id);
      if (await existingDraft(tx, existing.id)) throw new AppError("CONFLICT", `"${content.name}" already has a draft. Publish or save over that draft instead.`);
      frameworkId = existing.id;
      await tx.framework.update({ where: { id: frameworkId }, data: { description: content.description } });
    } else {
      frameworkId = (await tx.framework.create({ data: { name: content.name, description: content.description } })).id;
    }
    const draft = await createDraftVersion(tx, frameworkId, content);
    await recordAudit({ actorId: actor.userId, action: "framework.import", entityType: "FrameworkVersion", entityId: draft.versionId, after: { ...content, number: draft.number } }, tx);
    return draft;
  });
}

/** Opens the framework's draft: a copy of the latest published version, or the draft already open. */
export async function startDraft({ actor, frameworkId }: { actor: Actor; frameworkId: number }): Promise<DraftRef & { created: boolean }> {
  requirePermission(actor, "framework:write");
  return db().$transaction(async (tx) => {
    await lockFramework(tx, frameworkId);
    const open = await existingDraft(tx, frameworkId);
    // Returning the open draft (not refusing) lets "Edit" be one idempotent button.
    if (open) return { frameworkId, versionId: open.id, number: open.number, version: open.version, created: false };
    const published = await currentPublishedVersion(frameworkId, tx);
    if (!published) throw new AppError("UNPROCESSABLE", "This framework has no published version to start a draft from.");
    const framework = await tx.framework.findUniqueOrThrow({ where: { id: frameworkId } });
    const draft = await createDraftVersion(tx, frameworkId, definitionOf(framework, await matrixOf(published.id, tx)));
    await recordAudit({ actorId: actor.userId, action: "framework.draft.start", entityType: "FrameworkVersion", entityId: draft.versionId, after: { fromVersionId: published.id, number: draft.number } }, tx);
    return { ...draft, created: true };
  });
}

/** Takes the draft's lock: NOT_FOUND, UNPROCESSABLE for a non-draft, CONFLICT when stale. */
async function claimDraft(tx: Tx, versionId: number, version: number) {
  const found = await tx.frameworkVersion.findUnique({ where: { id: versionId }, include: { framework: true } });
  if (!found) throw notFound();
  if (found.status !== "DRAFT") throw new AppError("UNPROCESSABLE", NOT_DRAFT);
  const { count } = await tx.frameworkVersion.updateMany({ where: { id: versionId, version, status: "DRAFT" }, data: { version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT", STALE);
  return found;
}

/** Replaces the draft's whole matrix. The framework's name is its identity and is not renamed here. */
export async function saveDraft({ actor, versionId, version, definition }: { actor: Actor; versionId: number; version: number; definition: FrameworkDefinition }): Promise<{ version: number }> {
  requirePermission(actor, "framework:write");
  const content = checked(definition);
  return db().$transaction(async (tx) => {
    const draft = await claimDraft(tx, versionId, version);
    if (content.name !== draft.framework.name) {
      throw new AppError("UNPROCESSABLE", "The framework has errors; nothing was saved.", { name: [`Keep the framework's name, "${draft.framework.name}"`] });
    }
    const before = definitionOf(draft.framework, await matrixOf(versionId, tx));
    await tx.track.deleteMany({ where: { frameworkVersionId: versionId } });
    await writeVersionContent(tx, versionId, content);
    // The description is not versioned in the schema: it belongs to the framework as a whole.
    await tx.framework.update({ where: { id: draft.frameworkId }, data: { description: content.description } });
    await recordAudit({ actorId: actor.userId, action: "framework.draft.save", entityType: "FrameworkVersion", entityId: versionId, before, after: content }, tx);
    return { version: version + 1 };
  });
}

/** Publishes the draft; the version published before it becomes ARCHIVED, untouched otherwise. */
export async function publishDraft({ actor, versionId, version }: { actor: Actor; versionId: number; version: number }): Promise<{ versionId: number; number: number; archivedVersionId: number | null }> {
  requirePermission(actor, "framework:write");
  return db().$transaction(async (tx) => {
    const target = await tx.frameworkVersion.findUnique({ where: { id: versionId }, select: { frameworkId: true } });
    if (!target) throw notFound();
    await lockFramework(tx, target.frameworkId);
    const draft = await claimDraft(tx, versionId, version);
    const previous = await currentPublishedVersion(draft.frameworkId, tx);
    if (previous) await tx.frameworkVersion.update({ where: { id: previous.id }, data: { status: "ARCHIVED", version: { increment: 1 } } });
    await tx.frameworkVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await recordAudit({
      actorId: actor.userId, action: "framework.publish", entityType: "FrameworkVersion", entityId: versionId,
      before: { status: "DRAFT", publishedVersionId: previous?.id ?? null }, after: { status: "PUBLISHED", archivedVersionId: previous?.id ?? null },
    }, tx);
    return { versionId, number: draft.number, archivedVersionId: previous?.id ?? null };
  });
}
