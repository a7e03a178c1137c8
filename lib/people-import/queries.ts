import { businessDate, formatDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExistingOrg, ExistingPerson } from "./types";

// What validation needs to know about Pillars: every person (ten thousand at most, a few
// columns each) and team. Erased people stay in the list so their ids cannot be reused.

type Reader = Pick<Prisma.TransactionClient, "$queryRaw" | "team" | "organization">;

export async function loadExisting(client: Reader): Promise<ExistingOrg> {
  const people = await client.$queryRaw<ExistingPerson[]>`
    SELECT id, "employeeId", email, name, title, "managerId", "teamId", location, region::text AS region, "originCompany",
           to_char("startDate", 'YYYY-MM-DD') AS "startDate",
           to_char("endDate", 'YYYY-MM-DD') AS "endDate", "erasedAt" IS NOT NULL AS erased
    FROM "Person"`;
  const teams = await client.team.findMany({ select: { id: true, name: true } });
  return { people, teams };
}

/** Today in the organisation's time zone, as YYYY-MM-DD. */
export async function organisationToday(client: Reader): Promise<string> {
  const org = await client.organization.findFirst({ orderBy: { id: "asc" }, select: { timeZone: true } });
  return formatDate(businessDate(new Date(), org?.timeZone ?? "UTC"));
}
