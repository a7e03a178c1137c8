"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/permissions";
import { AppError, type FieldErrors } from "@/lib/errors";
import { importFramework, publishDraft, saveDraft, startDraft } from "@/lib/frameworks/mutations";
import { parseFrameworkJson, validateDefinition, ZVersionRef, type DefinitionError } from "@/lib/frameworks/schemas";
import { runAction, type ActionResult } from "@/lib/http/action";

// Thin server actions over lib/frameworks. Import and save authorise before reading the file or
// the definition, so a caller without framework:write learns nothing from the validation.

export type SaveResult = ActionResult & { version?: number };

const ZFrameworkId = z.object({ frameworkId: z.coerce.number().int().positive() });

/** Errors keyed by their path (`tracks[0].levels[2].name`); a whole-file error under "form". */
function byPath(errors: DefinitionError[]): FieldErrors {
  const out: FieldErrors = {};
  for (const error of errors) (out[error.path || "form"] ??= []).push(error.message);
  return out;
}

function refused(what: string, errors: DefinitionError[]): AppError {
  const count = `${errors.length} problem${errors.length === 1 ? "" : "s"}`;
  return new AppError("UNPROCESSABLE", `${what} has ${count}; nothing was saved.`, byPath(errors));
}

export async function importFrameworkAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let versionId: number | undefined;
  const result = await runAction(z.object({}), {}, async (actor) => {
    requirePermission(actor, "framework:write");
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      throw new AppError("UNPROCESSABLE", "Choose a JSON file to import.", { file: ["Choose a JSON file to import."] });
    }
    const parsed = parseFrameworkJson(await file.text());
    if (!parsed.ok) throw refused("The file", parsed.errors);
    const name = form.get("name");
    versionId = (await importFramework({ actor, definition: parsed.definition, name: typeof name === "string" ? name : undefined })).versionId;
  });
  if (!result.ok || versionId === undefined) return result;
  revalidatePath("/frameworks");
  redirect(`/frameworks/${versionId}?imported=1`);
}

export async function startDraftAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let versionId: number | undefined;
  const result = await runAction(ZFrameworkId, { frameworkId: form.get("frameworkId") }, async (actor, input) => {
    versionId = (await startDraft({ actor, frameworkId: input.frameworkId })).versionId;
  });
  if (!result.ok || versionId === undefined) return result;
  revalidatePath("/frameworks");
  redirect(`/frameworks/${versionId}`);
}

/** Saves the whole draft under its lock; answers the new lock for the next save or publish. */
export async function saveDraftAction(_previous: SaveResult | null, form: FormData): Promise<SaveResult> {
  let version: number | undefined;
  const result = await runAction(ZVersionRef, { versionId: form.get("versionId"), version: form.get("version") }, async (actor, ref) => {
    requirePermission(actor, "framework:write");
    let json: unknown;
    try {
      json = JSON.parse(String(form.get("definition") ?? ""));
    } catch {
      throw new AppError("UNPROCESSABLE", "The draft could not be read. Reload the page and try again.");
    }
    const checked = validateDefinition(json);
    if (!checked.ok) throw refused("The draft", checked.errors);
    version = (await saveDraft({ actor, ...ref, definition: checked.definition })).version;
    return "Saved.";
  });
  if (result.ok) revalidatePath("/frameworks");
  return { ...result, version };
}

export async function publishDraftAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let published: { versionId: number; archivedVersionId: number | null } | undefined;
  const result = await runAction(ZVersionRef, { versionId: form.get("versionId"), version: form.get("version") }, async (actor, ref) => {
    published = await publishDraft({ actor, ...ref });
  });
  if (!result.ok || !published) return result;
  revalidatePath("/frameworks");
  redirect(`/frameworks/${published.versionId}?published=${published.archivedVersionId ?? 0}`);
}
