"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { createSkillItem, deleteSkillItem, updateSkillItem, type SkillItemSaved } from "@/lib/skills/mutations";
import { ZCreateSkillItem, ZDeleteSkillItem, ZUpdateSkillItem } from "@/lib/skills/schemas";

// Learning items and experiments. The wrapper authenticates and checks the shape; the domain
// authorises (skills:write, the person or team inside the actor's scope) and checks the dates
// against the organisation's today. Refusals outside the scope read "Not found".

const DETAILS = ["kind", "title", "description", "status", "outcome", "evidence", "startedOn", "completedOn"] as const;

export async function createSkillItemAction(_previous: ActionResult<SkillItemSaved> | null, form: FormData): Promise<ActionResult<SkillItemSaved>> {
  let itemId: number | undefined;
  const result = await runAction(ZCreateSkillItem, formFields(form, ["personId", "teamId", ...DETAILS]), async (actor, input) => {
    itemId = (await createSkillItem({ actor, input, ip: (await requestContext()).ip })).itemId;
  });
  if (result.ok && itemId) {
    revalidatePath("/skills");
    redirect(`/skills/${itemId}`);
  }
  return result;
}

export async function updateSkillItemAction(_previous: ActionResult<SkillItemSaved> | null, form: FormData): Promise<ActionResult<SkillItemSaved>> {
  return runAction(ZUpdateSkillItem, formFields(form, ["itemId", "version", ...DETAILS]), async (actor, input) => {
    const saved = await updateSkillItem({ actor, input, ip: (await requestContext()).ip });
    revalidatePath(`/skills/${saved.itemId}`);
    return { message: "Saved.", data: saved };
  });
}

export async function deleteSkillItemAction(input: unknown): Promise<ActionResult> {
  const result = await runAction(ZDeleteSkillItem, input, async (actor, data) => {
    await deleteSkillItem({ actor, input: data, ip: (await requestContext()).ip });
  });
  if (result.ok) {
    revalidatePath("/skills");
    redirect("/skills");
  }
  return result;
}
