"use server";

import { revalidatePath } from "next/cache";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { createTeam, updateTeam } from "@/lib/teams/mutations";
import { ZCreateTeam, ZUpdateTeam } from "@/lib/teams/schemas";

export async function createTeamAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZCreateTeam, formFields(form, ["name", "owner", "originCompany"]), async (actor, input) => {
    await createTeam({ actor, input, ip: (await requestContext()).ip });
    return "Team added.";
  });
  if (result.ok) revalidatePath("/teams");
  return result;
}

export async function updateTeamAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZUpdateTeam, formFields(form, ["teamId", "version", "name", "owner", "originCompany"]), async (actor, input) => {
    await updateTeam({ actor, input, ip: (await requestContext()).ip });
    return "Saved.";
  });
  if (result.ok) revalidatePath("/teams");
  return result;
}
