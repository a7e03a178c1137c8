"use server";

import { revalidatePath } from "next/cache";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { changeReportingLine, createPerson, endEmployment, updatePerson } from "@/lib/people/mutations";
import { erasePerson } from "@/lib/erasure/erase-person";
import { ZChangeReportingLine, ZCreatePerson, ZEndEmployment, ZPersonId, ZUpdatePerson } from "@/lib/people/schemas";

export type CreatePersonResult = ActionResult & { personId?: number };

const DETAILS = ["name", "email", "employeeId", "title", "location", "region", "originCompany", "startDate"];

export async function createPersonAction(_previous: CreatePersonResult | null, form: FormData): Promise<CreatePersonResult> {
  let personId: number | undefined;
  const result = await runAction(ZCreatePerson, formFields(form, [...DETAILS, "manager", "teamId"]), async (actor, input) => {
    personId = await createPerson({ actor, input, ip: (await requestContext()).ip });
    return "Added.";
  });
  if (result.ok) revalidatePath("/people");
  return { ...result, personId };
}

export async function updatePersonAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZUpdatePerson, formFields(form, [...DETAILS, "personId", "version"]), async (actor, input) => {
    await updatePerson({ actor, input, ip: (await requestContext()).ip });
    return "Saved.";
  });
  if (result.ok) revalidatePath(`/people/${form.get("personId")}`);
  return result;
}

export async function changeReportingLineAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZChangeReportingLine, formFields(form, ["personId", "version", "manager", "teamId", "effectiveDate"]), async (actor, input) => {
    await changeReportingLine({ actor, input, ip: (await requestContext()).ip });
    return "Moved. The reporting tree and everyone's access follow from today.";
  });
  if (result.ok) revalidatePath(`/people/${form.get("personId")}`);
  return result;
}

export async function erasePersonAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZPersonId, { personId: form.get("personId") }, async (actor, input) => {
    const request = await requestContext();
    const { erased } = await erasePerson({ actor, personId: input.personId, ip: request.ip, requestId: request.requestId });
    return erased ? "Erased. Their name now reads “Former employee” everywhere." : "Already erased.";
  });
  if (result.ok) revalidatePath(`/people/${form.get("personId")}`);
  return result;
}

export async function endEmploymentAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZEndEmployment, formFields(form, ["personId", "version", "endDate"]), async (actor, input) => {
    await endEmployment({ actor, input, ip: (await requestContext()).ip });
    return "Recorded. They leave the headcount after that day, and their login no longer works.";
  });
  if (result.ok) revalidatePath(`/people/${form.get("personId")}`);
  return result;
}
