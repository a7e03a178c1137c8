"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAssessment, saveAssessment, shareAssessment } from "@/lib/assessments/mutations";
import { ZCreateAssessment, ZSaveAssessment, ZShareAssessment } from "@/lib/assessments/schemas";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { assignLevel } from "@/lib/levels/mutations";
import { ZAssignLevel } from "@/lib/levels/schemas";

// Levels and assessments. The wrapper authenticates and validates; the domain authorises.

export async function assignLevelAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZAssignLevel, formFields(form, ["personId", "levelId", "effectiveFrom", "reason", "note"]), async (actor, input) => {
    await assignLevel({ actor, input, ip: (await requestContext()).ip });
    return "Level recorded.";
  });
  if (result.ok) revalidatePath(`/people/${form.get("personId")}`);
  return result;
}

export async function createAssessmentAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let assessmentId: number | undefined;
  const result = await runAction(ZCreateAssessment, formFields(form, ["personId", "kind", "date"]), async (actor, input) => {
    assessmentId = await createAssessment({ actor, input, ip: (await requestContext()).ip });
  });
  if (result.ok && assessmentId) redirect(`/assessments/${assessmentId}`);
  return result;
}

/** The assessment form sends its ratings as JSON in one field: a list of { competencyId, rating, evidence }. */
export async function saveAssessmentAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let ratings: unknown = [];
  try {
    ratings = JSON.parse(String(form.get("ratings") ?? "[]"));
  } catch {
    ratings = null;
  }
  const input = { ...formFields(form, ["assessmentId", "version", "promotionReadiness", "summary"]), ratings, submit: form.get("intent") === "submit" };
  const result = await runAction(ZSaveAssessment, input, async (actor, data) => {
    await saveAssessment({ actor, input: data, ip: (await requestContext()).ip });
    return data.submit ? "Submitted." : "Draft saved.";
  });
  if (result.ok) revalidatePath(`/assessments/${form.get("assessmentId")}`);
  return result;
}

export async function shareAssessmentAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZShareAssessment, formFields(form, ["assessmentId", "version"]), async (actor, input) => {
    await shareAssessment({ actor, input, ip: (await requestContext()).ip });
    return "Shared. They can now read it in My growth.";
  });
  if (result.ok) revalidatePath(`/assessments/${form.get("assessmentId")}`);
  return result;
}
