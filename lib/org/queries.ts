import { cache } from "react";
import { businessDate } from "@/lib/dates";
import { db } from "@/lib/db";

/** The install's organisation, or null on an empty database (before first-run setup). Once per request. */
export const getOrganization = cache(async () => {
  return db().organization.findFirst({
    orderBy: { id: "asc" },
    select: { id: true, name: true, timeZone: true, fiscalYearStartMonth: true, isDemo: true, defaultCadence: true, checkInGraceDays: true },
  });
});

/** Everything the settings screen edits (ADMIN). */
export async function getOrgSettings() {
  return db().organization.findFirst({
    orderBy: { id: "asc" },
    select: {
      id: true, version: true, name: true, timeZone: true, fiscalYearStartMonth: true, defaultCadence: true,
      checkInGraceDays: true, departedRetentionDays: true, riskSignalThresholds: true,
    },
  });
}

/** Today's business date in the organisation's time zone (UTC before setup). */
export async function orgToday(): Promise<Date> {
  return businessDate(new Date(), (await getOrganization())?.timeZone ?? "UTC");
}
