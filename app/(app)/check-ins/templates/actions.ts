"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/permissions";
import { createTemplate, makeDefaultTemplate, publishTemplateVersion, saveTemplateDraft, startTemplateDraft } from "@/lib/check-ins/templates/mutations";
import { ZCreateTemplate, ZTemplateRef, ZTemplateVersionRef, type TTemplateQuestionInput } from "@/lib/check-ins/templates/schemas";
import { AppError } from "@/lib/errors";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";

// Thin server actions over lib/check-ins/templates. The wrapper authenticates and validates the
// form's plain fields; the domain authorises (template:write, VPE only) and checks the questions.

export type SaveTemplateResult = ActionResult & { version?: number };

const LIST = "/check-ins/templates";
const ip = async () => (await requestContext()).ip;

export async function createTemplateAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let versionId: number | undefined;
  const result = await runAction(ZCreateTemplate, formFields(form, ["name", "description"]), async (actor, input) => {
    versionId = (await createTemplate({ actor, input, ip: await ip() })).versionId;
  });
  if (!result.ok || versionId === undefined) return result;
  revalidatePath(LIST);
  redirect(`${LIST}/${versionId}`);
}

export async function startTemplateDraftAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let versionId: number | undefined;
  const result = await runAction(ZTemplateRef, formFields(form, ["templateId"]), async (actor, input) => {
    versionId = (await startTemplateDraft({ actor, input, ip: await ip() })).versionId;
  });
  if (!result.ok || versionId === undefined) return result;
  revalidatePath(LIST);
  redirect(`${LIST}/${versionId}`);
}

/** The editor sends the whole question list as JSON in one field; answers the new lock. */
export async function saveTemplateDraftAction(_previous: SaveTemplateResult | null, form: FormData): Promise<SaveTemplateResult> {
  let version: number | undefined;
  const result = await runAction(ZTemplateVersionRef, formFields(form, ["versionId", "version"]), async (actor, ref) => {
    // Before reading the list, so a caller without the permission learns nothing from its errors.
    requirePermission(actor, "template:write");
    let questions: unknown;
    try {
      questions = JSON.parse(String(form.get("questions") ?? ""));
    } catch {
      throw new AppError("UNPROCESSABLE", "The draft could not be read. Reload the page and try again.");
    }
    // The domain parses the list with ZSaveTemplateDraft before anything is written.
    version = (await saveTemplateDraft({ actor, input: { ...ref, questions: questions as TTemplateQuestionInput[] }, ip: await ip() })).version;
    return "Draft saved.";
  });
  if (result.ok) revalidatePath(LIST);
  return { ...result, version };
}

export async function publishTemplateVersionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let versionId: number | undefined;
  const result = await runAction(ZTemplateVersionRef, formFields(form, ["versionId", "version"]), async (actor, input) => {
    versionId = (await publishTemplateVersion({ actor, input, ip: await ip() })).versionId;
  });
  if (!result.ok || versionId === undefined) return result;
  revalidatePath(LIST);
  redirect(`${LIST}/${versionId}?published=1`);
}

export async function makeDefaultTemplateAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZTemplateRef, formFields(form, ["templateId"]), async (actor, input) => {
    await makeDefaultTemplate({ actor, input, ip: await ip() });
    return "Now the default: new check-ins use its published version.";
  });
  if (result.ok) revalidatePath(LIST);
  return result;
}
