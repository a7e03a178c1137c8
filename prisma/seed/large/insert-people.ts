import { addDays, formatDate } from "@/lib/dates";
import type { LoadedFramework } from "@/lib/frameworks/load";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rebuildClosure } from "@/lib/org/closure";
import type { GeneratedPerson, GeneratedTeam } from "./org-shape";

// Bulk inserts of the org structure: each table in one statement over unnest()ed arrays.

/** Dates travel as ISO strings so the driver never shifts them by a time zone. */
const day = (today: Date, offset: number) => formatDate(addDays(today, offset));

const LOCATION = { ONSHORE: "London", NEARSHORE: "Lisbon", OFFSHORE: "Bangalore" } as const;

export async function insertPeople(tx: Prisma.TransactionClient, people: GeneratedPerson[], teams: GeneratedTeam[], today: Date) {
  const column = <T>(pick: (p: GeneratedPerson) => T) => people.map(pick);
  const emailOf = (p: GeneratedPerson) => `person${p.id}@large.example`;
  await tx.$executeRaw`
    INSERT INTO "Person" (id, "employeeId", email, name, title, region, location, "originCompany", "startDate", "endDate", "checkInAnchor", "updatedAt")
    SELECT id, 'L' || id, email, name, title, region::"Region", location, origin, start, finish, anchor, now()
    FROM unnest(${column((p) => p.id)}::int[], ${column(emailOf)}::text[], ${column((p) => p.name)}::text[], ${column((p) => p.title)}::text[],
                ${column((p) => p.region)}::text[], ${column((p) => LOCATION[p.region])}::text[], ${column((p) => p.originCompany)}::text[],
                ${column((p) => day(today, -p.tenureDays))}::date[],
                ${column((p) => (p.leftDaysAgo === null ? null : day(today, -p.leftDaysAgo)))}::date[],
                ${column((p) => day(today, -p.tenureDays + (p.id % 14)))}::date[])
      AS t(id, email, name, title, region, location, origin, start, finish, anchor)`;
  await tx.$executeRaw`
    INSERT INTO "Team" (id, name, "ownerId", "originCompany", "updatedAt")
    SELECT * , now() FROM unnest(${teams.map((t) => t.id)}::int[], ${teams.map((t) => t.name)}::text[],
                                 ${teams.map((t) => t.ownerId)}::int[], ${teams.map((t) => t.originCompany)}::text[])`;
  await tx.$executeRaw`
    UPDATE "Person" p SET "managerId" = t.manager, "teamId" = t.team
    FROM unnest(${column((p) => p.id)}::int[], ${column((p) => p.managerId)}::int[], ${column((p) => p.teamId)}::int[]) AS t(id, manager, team)
    WHERE p.id = t.id`;
  await tx.$executeRaw`SELECT setval(pg_get_serial_sequence('"Person"', 'id'), (SELECT max(id) FROM "Person"))`;
  await tx.$executeRaw`SELECT setval(pg_get_serial_sequence('"Team"', 'id'), (SELECT max(id) FROM "Team"))`;
  const closureRows = await rebuildClosure(tx);
  await tx.$executeRaw`
    INSERT INTO "ReportingLine" ("personId", "managerId", "teamId", "effectiveFrom")
    SELECT id, "managerId", "teamId", "startDate" FROM "Person"`;
  return closureRows;
}

/** A login for everyone who manages (check-ins are written by users), plus an admin and HR. */
export async function insertUsers(tx: Prisma.TransactionClient, people: GeneratedPerson[], passwordHash: string) {
  const managers = people.filter((p) => p.kind !== "ENGINEER");
  const roles = managers.map((p) => (p.kind === "VPE" ? "VPE" : p.kind === "DIRECTOR" ? "DIRECTOR" : "MANAGER"));
  await tx.$executeRaw`
    INSERT INTO "User" (email, name, roles, "passwordHash", "personId", "updatedAt")
    SELECT 'person' || id || '@large.example', name, ARRAY[role::"Role"], ${passwordHash}, id, now()
    FROM unnest(${managers.map((p) => p.id)}::int[], ${managers.map((p) => p.name)}::text[], ${roles}::text[]) AS t(id, name, role)`;
  await tx.user.createMany({
    data: [
      { email: "admin@large.example", name: "Large Org Admin", roles: ["ADMIN"], passwordHash },
      { email: "hr@large.example", name: "Large Org HR", roles: ["HR_PARTNER"], passwordHash },
    ],
  });
  return managers.length + 2;
}

export async function insertLevels(tx: Prisma.TransactionClient, people: GeneratedPerson[], framework: LoadedFramework, today: Date) {
  const ids = people.map((p) => p.id);
  const levels = people.map((p) => framework.levelIds.get(p.levelCode) as number);
  const starts = people.map((p) => day(today, -p.tenureDays));
  return tx.$executeRaw`
    INSERT INTO "LevelAssignment" ("personId", "levelId", "effectiveFrom", reason)
    SELECT * , 'HIRE'::"LevelChangeReason" FROM unnest(${ids}::int[], ${levels}::int[], ${starts}::date[])`;
}
