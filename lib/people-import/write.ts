import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedPerson } from "./types";

// The import's writes: one statement per step over unnest()ed arrays, never one per row, so
// 20,000 people cost a handful of round trips. Dates travel as YYYY-MM-DD text so no time
// zone can shift them.

type Tx = Prisma.TransactionClient;

/** A valid row with its ids resolved: the person's own (existing or just inserted), team and manager. */
export type ResolvedPerson = { id: number; person: ParsedPerson; teamId: number | null; managerId: number | null };

export async function insertTeams(tx: Tx, names: string[]): Promise<Array<{ id: number; name: string }>> {
  if (names.length === 0) return [];
  return tx.$queryRaw`
    INSERT INTO "Team" (name, "updatedAt") SELECT name, now() FROM unnest(${names}::text[]) AS t(name)
    RETURNING id, name`;
}

/**
 * Frees the emails that existing people are about to give up, so that swapping emails between
 * two people, or handing one to a new person, never meets the unique index half-way.
 */
export async function releaseEmails(tx: Tx, personIds: number[]): Promise<void> {
  if (personIds.length === 0) return;
  await tx.$executeRaw`UPDATE "Person" SET email = NULL WHERE id = ANY(${personIds}::int[])`;
}

/** New people, without managers yet (a manager may be a row further down); returns employee id → id. */
export async function insertPeople(tx: Tx, people: ParsedPerson[], teamOf: (name: string | null) => number | null): Promise<Map<string, number>> {
  if (people.length === 0) return new Map();
  const column = <T>(pick: (p: ParsedPerson) => T) => people.map(pick);
  const inserted = await tx.$queryRaw<Array<{ id: number; employeeId: string }>>`
    INSERT INTO "Person" ("employeeId", email, name, title, "teamId", location, region, "originCompany", "startDate", "updatedAt")
    SELECT employee, email, name, title, team, location, region::"Region", origin, start, now()
    FROM unnest(${column((p) => p.employeeId)}::text[], ${column((p) => p.email)}::text[], ${column((p) => p.name)}::text[],
                ${column((p) => p.title)}::text[], ${column((p) => teamOf(p.team))}::int[], ${column((p) => p.location)}::text[],
                ${column((p) => p.region)}::text[], ${column((p) => p.originCompany)}::text[], ${column((p) => p.startDate)}::date[])
      AS t(employee, email, name, title, team, location, region, origin, start)
    RETURNING id, "employeeId"`;
  return new Map(inserted.map((row) => [row.employeeId, row.id]));
}

/** Existing people the file changes; `version` moves on so an edit form opened before the import is refused. */
export async function updatePeople(tx: Tx, rows: ResolvedPerson[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (r: ResolvedPerson) => T) => rows.map(pick);
  await tx.$executeRaw`
    UPDATE "Person" p SET "employeeId" = t.employee, email = t.email, name = t.name, title = t.title, "managerId" = t.manager,
      "teamId" = t.team, location = t.location, region = t.region::"Region", "originCompany" = t.origin, "startDate" = t.start,
      version = p.version + 1, "updatedAt" = now()
    FROM unnest(${column((r) => r.id)}::int[], ${column((r) => r.person.employeeId)}::text[], ${column((r) => r.person.email)}::text[],
                ${column((r) => r.person.name)}::text[], ${column((r) => r.person.title)}::text[], ${column((r) => r.managerId)}::int[],
                ${column((r) => r.teamId)}::int[], ${column((r) => r.person.location)}::text[], ${column((r) => r.person.region)}::text[],
                ${column((r) => r.person.originCompany)}::text[], ${column((r) => r.person.startDate)}::date[])
      AS t(id, employee, email, name, title, manager, team, location, region, origin, start)
    WHERE p.id = t.id`;
}

export async function setManagers(tx: Tx, rows: ResolvedPerson[]): Promise<void> {
  const managed = rows.filter((row) => row.managerId !== null);
  if (managed.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Person" p SET "managerId" = t.manager
    FROM unnest(${managed.map((r) => r.id)}::int[], ${managed.map((r) => r.managerId)}::int[]) AS t(id, manager)
    WHERE p.id = t.id`;
}
