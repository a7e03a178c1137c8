"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { addMitigation, closeRisk, createRisk, updateMitigation, updateRisk, type MitigationSaved, type RiskSaved } from "@/lib/risks/mutations";
import { ZAddMitigation, ZCloseRisk, ZCreateRisk, ZUpdateMitigation, ZUpdateRisk } from "@/lib/risks/schemas";

// The risk register's writes. The wrapper authenticates and checks the shape; the domain
// authorises (risk:write, the person inside the actor's risk scope) and checks the dates
// against the organisation's today. Refusals outside the scope read "Not found".

const RISK_FIELDS = ["level", "regrettable", "notes", "nextReviewDate"] as const;

function riskForm(form: FormData, extra: readonly string[]) {
  return { ...formFields(form, [...RISK_FIELDS, ...extra]), factors: form.getAll("factors") };
}

export async function createRiskAction(_previous: ActionResult<RiskSaved> | null, form: FormData): Promise<ActionResult<RiskSaved>> {
  let riskId: number | undefined;
  const result = await runAction(ZCreateRisk, riskForm(form, ["personId"]), async (actor, input) => {
    riskId = (await createRisk({ actor, input, ip: (await requestContext()).ip })).riskId;
  });
  if (result.ok && riskId) redirect(`/risks/${riskId}`);
  return result;
}

export async function updateRiskAction(_previous: ActionResult<RiskSaved> | null, form: FormData): Promise<ActionResult<RiskSaved>> {
  return runAction(ZUpdateRisk, riskForm(form, ["riskId", "version", "status"]), async (actor, input) => {
    const saved = await updateRisk({ actor, input, ip: (await requestContext()).ip });
    revalidatePath(`/risks/${saved.riskId}`);
    return { message: "Risk saved.", data: saved };
  });
}

export async function closeRiskAction(input: unknown): Promise<ActionResult<RiskSaved>> {
  return runAction(ZCloseRisk, input, async (actor, data) => {
    const saved = await closeRisk({ actor, input: data, ip: (await requestContext()).ip });
    revalidatePath(`/risks/${saved.riskId}`);
    return { message: "Risk closed.", data: saved };
  });
}

export async function addMitigationAction(_previous: ActionResult<MitigationSaved> | null, form: FormData): Promise<ActionResult<MitigationSaved>> {
  return runAction(ZAddMitigation, formFields(form, ["riskId", "action", "ownerId", "dueDate"]), async (actor, input) => {
    const saved = await addMitigation({ actor, input, ip: (await requestContext()).ip });
    revalidatePath(`/risks/${saved.riskId}`);
    return { message: "Mitigation added.", data: saved };
  });
}

export async function updateMitigationAction(input: unknown): Promise<ActionResult<MitigationSaved>> {
  return runAction(ZUpdateMitigation, input, async (actor, data) => {
    const saved = await updateMitigation({ actor, input: data, ip: (await requestContext()).ip });
    revalidatePath(`/risks/${saved.riskId}`);
    return { message: "Mitigation updated.", data: saved };
  });
}
