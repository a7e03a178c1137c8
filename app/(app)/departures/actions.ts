"use server";

import { recordDeparture, removeDeparture } from "@/lib/departures/mutations";
import { ZRecordDeparture, ZRemoveDeparture } from "@/lib/departures/schemas";
import { revalidatePath } from "next/cache";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";

// Departures (VPE, HR partners). The wrapper authenticates and parses the form; the domain
// authorises (permission and scope: anyone else, or anyone outside it, gets "Not found").

const DETAILS = ["date", "voluntary", "regrettable", "reason"] as const;

export async function recordDepartureAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(ZRecordDeparture, formFields(form, ["personId", ...DETAILS]), async (actor, input) => {
    const saved = await recordDeparture({ actor, input, ip: (await requestContext()).ip });
    return saved.loginDeactivated ? "Departure recorded. Their login is closed." : "Departure recorded.";
  });
  // The person page shows the end date (and drops this form); the departures page lists it.
  if (result.ok) {
    revalidatePath(`/people/${form.get("personId")}`);
    revalidatePath("/departures");
  }
  return result;
}

export async function removeDepartureAction(input: unknown): Promise<ActionResult> {
  return runAction(ZRemoveDeparture, input, async (actor, data) => {
    await removeDeparture({ actor, input: data, ip: (await requestContext()).ip });
    return "Departure removed; they are back in headcount.";
  });
}
