"use server";

import { redirect } from "next/navigation";
import { addActionItem, removeActionItem, setActionItemDone, type ActionItemView } from "@/lib/check-ins/action-item-mutations";
import { discardDraft, saveCheckIn, startCheckIn, type SaveResult } from "@/lib/check-ins/mutations";
import { ZAddActionItem, ZDiscardDraft, ZRemoveActionItem, ZSaveCheckIn, ZSetActionItemDone, ZStartCheckIn } from "@/lib/check-ins/schemas";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";

// Check-ins and their action items. The wrapper authenticates and validates the envelope; the
// domain authorises (author, tree, scope) and parses the content against the template.
// All but the start form are called by react-query mutations with plain objects.

export async function startCheckInAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let checkInId: number | undefined;
  const result = await runAction(ZStartCheckIn, formFields(form, ["personId"]), async (actor, input) => {
    checkInId = await startCheckIn({ actor, input, ip: (await requestContext()).ip });
  });
  if (result.ok && checkInId) redirect(`/check-ins/${checkInId}`);
  return result;
}

export async function saveCheckInAction(input: unknown): Promise<ActionResult<SaveResult>> {
  return runAction(ZSaveCheckIn, input, async (actor, data) => {
    const saved = await saveCheckIn({ actor, input: data, ip: (await requestContext()).ip });
    const message = data.intent === "draft" ? "Draft saved." : data.intent === "submit" ? "Check-in submitted." : "Changes saved.";
    return { message, data: saved };
  });
}

export async function discardDraftAction(input: unknown): Promise<ActionResult> {
  return runAction(ZDiscardDraft, input, async (actor, data) => {
    await discardDraft({ actor, input: data, ip: (await requestContext()).ip });
    return "Draft discarded.";
  });
}

export async function addActionItemAction(input: unknown): Promise<ActionResult<ActionItemView>> {
  return runAction(ZAddActionItem, input, async (actor, data) => ({
    message: "Action item added.",
    data: await addActionItem({ actor, input: data, ip: (await requestContext()).ip }),
  }));
}

export async function setActionItemDoneAction(input: unknown): Promise<ActionResult<ActionItemView>> {
  return runAction(ZSetActionItemDone, input, async (actor, data) => ({
    data: await setActionItemDone({ actor, input: data, ip: (await requestContext()).ip }),
  }));
}

export async function removeActionItemAction(input: unknown): Promise<ActionResult> {
  return runAction(ZRemoveActionItem, input, async (actor, data) => {
    await removeActionItem({ actor, input: data, ip: (await requestContext()).ip });
    return "Action item removed.";
  });
}
