import { db } from "@/lib/db";

/** The install's organisation, or null on an empty database (before first-run setup). */
export async function getOrganization() {
  return db().organization.findFirst({
    orderBy: { id: "asc" },
    select: { id: true, name: true, timeZone: true, fiscalYearStartMonth: true, isDemo: true },
  });
}
