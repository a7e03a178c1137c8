"use server";

import { revalidatePath } from "next/cache";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { deleteTeamMonth, saveTeamMonth, type SavedMonth } from "@/lib/quality/mutations";
import { TEAM_MONTH_FIELDS, ZDeleteTeamMonth, ZSaveTeamMonth } from "@/lib/quality/schemas";

// Server actions for the team page's month form (quality:write, teams in the writer's scope).
// The shared schema checks the form here; the domain function checks it again with the
// organisation's current month (no future months), the scope and the version.

export async function saveTeamMonthAction(_previous: ActionResult<SavedMonth> | null, form: FormData): Promise<ActionResult<SavedMonth>> {
  const result = await runAction(ZSaveTeamMonth, formFields(form, TEAM_MONTH_FIELDS), async (actor, input) => {
    const saved = await saveTeamMonth({ actor, input, ip: (await requestContext()).ip });
    return { message: saved.created ? `Added ${saved.month}.` : `Saved ${saved.month}.`, data: saved };
  });
  if (result.ok) revalidatePath("/quality", "layout");
  return result;
}

export async function deleteTeamMonthAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZDeleteTeamMonth, formFields(form, ["teamId", "month", "version"]), async (actor, input) => {
    await deleteTeamMonth({ actor, input, ip: (await requestContext()).ip });
    return `Removed ${input.month}.`;
  });
  if (result.ok) revalidatePath("/quality", "layout");
  return result;
}
