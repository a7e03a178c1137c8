"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { updateOrgSettings } from "@/lib/org/mutations";
import { ZOrgSettings, ZRiskSignalThresholds } from "@/lib/org/settings-schemas";

export async function updateOrgSettingsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const value = (name: string) => form.get(name) ?? undefined;
  const thresholds = Object.fromEntries(Object.keys(ZRiskSignalThresholds.shape).map((key) => [key, value(`thresholds.${key}`)]));
  const result = await runAction(
    ZOrgSettings,
    {
      version: value("version"),
      orgName: value("orgName"),
      timeZone: value("timeZone"),
      fiscalYearStartMonth: value("fiscalYearStartMonth"),
      defaultCadence: value("defaultCadence"),
      checkInGraceDays: value("checkInGraceDays"),
      departedRetentionDays: value("departedRetentionDays"),
      thresholds,
    },
    async (actor, input) => {
      await updateOrgSettings({ actor, input, ip: (await requestContext()).ip });
      return "Saved.";
    },
  );
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
