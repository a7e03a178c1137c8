import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseDate } from "@/lib/dates";
import { listPeople } from "@/lib/people/queries";
import { ZPeopleQuery } from "@/lib/people/schemas";
import { seedDemoOrg } from "../../prisma/seed/demo-org";
import { truncateAllTables } from "../../prisma/seed/truncate";

// The people list's level, track, time-in-level, readiness and subtree filters, checked against
// the demo organisation with plain SQL as the oracle.

let vpe: Actor;
const ids = async (actor: Actor, params: Record<string, string>) =>
  (await listPeople({ actor, query: ZPeopleQuery.parse({ ...params, status: "all" }) })).people.map((p) => p.id).sort((a, b) => a - b);
const sql = async (text: string, ...values: unknown[]) =>
  (await db().$queryRawUnsafe<Array<{ id: number }>>(text, ...values)).map((row) => Number(row.id)).sort((a, b) => a - b);

beforeAll(async () => {
  await truncateAllTables(db());
  await seedDemoOrg(db(), parseDate(new Date().toISOString().slice(0, 10)));
  const user = await db().user.findUniqueOrThrow({ where: { email: "vpe@pillars.demo" } });
  vpe = { userId: user.id, email: user.email, name: user.name, roles: user.roles, personId: user.personId };
});

describe("people list filters", () => {
  it("filters by current level and track", async () => {
    const expected = await sql(`SELECT p.id FROM "Person" p JOIN "LevelAssignment" a ON a."personId" = p.id AND a."effectiveTo" IS NULL
      JOIN "Level" l ON l.id = a."levelId" WHERE l.code = 'M1'`);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(vpe, { level: "M1" })).toEqual(expected);
    const ic = await sql(`SELECT p.id FROM "Person" p JOIN "LevelAssignment" a ON a."personId" = p.id AND a."effectiveTo" IS NULL
      JOIN "Level" l ON l.id = a."levelId" JOIN "Track" t ON t.id = l."trackId" WHERE t.key = 'ic'`);
    expect(await ids(vpe, { track: "ic" })).toEqual(ic);
  });

  it("filters by days in the current level", async () => {
    const expected = await sql(`SELECT p.id FROM "Person" p JOIN "LevelAssignment" a ON a."personId" = p.id AND a."effectiveTo" IS NULL
      WHERE a."effectiveFrom" <= current_date - 365`);
    expect(await ids(vpe, { minDaysInLevel: "365" })).toEqual(expected);
  });

  it("filters by the readiness of the latest submitted or shared assessment", async () => {
    const expected = await sql(`SELECT "personId" AS id FROM (SELECT DISTINCT ON ("personId") "personId", "promotionReadiness" FROM "Assessment"
      WHERE kind = 'MANAGER' AND status <> 'DRAFT' ORDER BY "personId", date DESC, id DESC) latest WHERE "promotionReadiness" = 'READY'`);
    expect(await ids(vpe, { readiness: "READY" })).toEqual(expected);
  });

  it("narrows to a subtree and never beyond the reader's own scope", async () => {
    const director = await db().person.findFirstOrThrow({ where: { email: "tomas.herrera@pillars.demo" } });
    const expected = await sql(`SELECT "descendantId" AS id FROM "PersonClosure" WHERE "ancestorId" = $1`, director.id);
    expect(await ids(vpe, { under: String(director.id) })).toEqual(expected);
    const manager: Actor = { ...vpe, roles: ["MANAGER"], personId: (await db().person.findFirstOrThrow({ where: { email: "lucia.fernandez@pillars.demo" } })).id };
    expect(await ids(manager, { under: String(director.id) })).toEqual(
      await sql(`SELECT "descendantId" AS id FROM "PersonClosure" WHERE "ancestorId" = $1 AND depth > 0`, manager.personId),
    );
    // A manager has no assessment access beyond their scope: readiness filters to their reports only.
    const readyReports = await ids(manager, { readiness: "READY" });
    for (const id of readyReports) expect((await db().person.findUniqueOrThrow({ where: { id } })).managerId).toBe(manager.personId);
  });
});
