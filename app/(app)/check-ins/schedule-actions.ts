"use server";

import { revalidatePath } from "next/cache";
import { setCheckInCadence } from "@/lib/check-ins/schedule";
import { setCadenceSchema } from "@/lib/check-ins/schedule-schemas";
import { formatDate } from "@/lib/dates";
import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { orgToday } from "@/lib/org/queries";

// A person's check-in cadence. The wrapper authenticates and validates; the domain authorises.

export async function setCadenceAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const schema = setCadenceSchema({ today: formatDate(await orgToday()) });
  const result = await runAction(schema, formFields(form, ["personId", "version", "cadence", "nextDue"]), async (actor, input) => {
    await setCheckInCadence({ actor, input, ip: (await requestContext()).ip });
    return `Cadence saved. The next check-in is due on ${input.nextDue}.`;
  });
  if (result.ok) {
    revalidatePath(`/people/${form.get("personId")}`);
    revalidatePath("/check-ins");
  }
  return result;
}
