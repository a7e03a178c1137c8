import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { applyImport, dryRunImport, type ImportProgress } from "@/lib/people-import/apply";
import { truncateAllTables } from "../../prisma/seed/truncate";

// The people import against a real database: all or nothing, the tree's closure and history
// follow a re-import, and only ADMIN and HR_PARTNER may run it.

const HEADER = "employee_id,email,name,title,manager,team,location,region,origin_company,start_date";
const REGIONS = ["ONSHORE", "NEARSHORE", "OFFSHORE"];
const id = (n: number) => `P${String(n).padStart(3, "0")}`;
/** A four-way tree: P001 at the top, P002–P005 below it, and so on. */
const managerOf = (n: number) => (n === 1 ? null : Math.floor((n - 2) / 4) + 1);
const line = (n: number, manager = managerOf(n)) =>
  [id(n), `${id(n).toLowerCase()}@acme.test`, `Person ${n}`, n === 1 ? "CEO" : "Engineer", manager ? id(manager) : "",
   manager ? `Team ${id(manager)}` : "Leadership", "London", REGIONS[n % 3], n % 7 === 0 ? "Initech" : "", `2023-0${(n % 9) + 1}-1${n % 10}`].join(",");
const org = (count: number, change: (n: number) => string = line) => [HEADER, ...Array.from({ length: count }, (_, i) => change(i + 1))].join("\n");

const counts = async () => ({
  people: await db().person.count(),
  teams: await db().team.count(),
  lines: await db().reportingLine.count(),
  closure: await db().personClosure.count(),
  audit: await db().auditEvent.count(),
});
const personId = async (employeeId: string) => (await db().person.findUniqueOrThrow({ where: { employeeId }, select: { id: true } })).id;
const actorWith = (userId: number, roles: Actor["roles"]): Actor => ({ userId, email: "admin@acme.test", name: "Ada Admin", roles, personId: null });

describe("people import", () => {
  let admin: Actor;

  beforeAll(async () => {
    await truncateAllTables(db());
    const user = await db().user.create({ data: { email: "admin@acme.test", name: "Ada Admin", roles: ["ADMIN"] } });
    admin = actorWith(user.id, ["ADMIN"]);
  });

  it("imports 200 people with teams, managers, history, closure and audit, reporting progress", async () => {
    const phases: ImportProgress[] = [];
    const report = await applyImport({ actor: admin, csv: new TextEncoder().encode(org(200)), onProgress: (p) => void phases.push(p) });
    expect(report.errors).toEqual([]);
    expect(report.summary).toMatchObject({ rows: 200, create: 200, update: 0, managerChanges: 0 });
    expect(phases.map((p) => p.phase)).toEqual(["read", "check", "teams", "people", "history", "closure", "audit", "done"]);
    expect(phases.at(-1)).toEqual({ phase: "done", done: 7, total: 7 });

    const after = await counts();
    expect(after).toMatchObject({ people: 200, teams: report.summary.newTeams.length, lines: 200 });
    // Each person once at depth 0 plus one row per ancestor.
    const depth = (n: number): number => (managerOf(n) === null ? 0 : 1 + depth(managerOf(n) as number));
    expect(after.closure).toBe(Array.from({ length: 200 }, (_, i) => depth(i + 1) + 1).reduce((a, b) => a + b));
    const p006 = await db().person.findUniqueOrThrow({ where: { employeeId: "P006" }, include: { manager: true, team: true } });
    expect(p006).toMatchObject({ email: "p006@acme.test", region: "ONSHORE", manager: { employeeId: "P002" }, team: { name: "Team P002" } });
    expect(p006.startDate.toISOString().slice(0, 10)).toBe("2023-07-16");

    const summary = await db().auditEvent.findMany({ where: { action: "people.import" } });
    expect(summary).toHaveLength(1);
    expect(summary[0]?.after).toMatchObject({ rows: 200, created: 200, updated: 0, managerChanges: 0 });
    expect(JSON.stringify(summary[0]?.after)).not.toMatch(/acme\.test|Person \d/);
    expect(await db().auditEvent.count({ where: { action: "person.create", requestId: summary[0]?.requestId } })).toBe(200);
  });

  it("writes nothing for a bad file and reports every bad row by line", async () => {
    const before = await counts();
    // Row n is on line n + 1; the renamed teams would be created if anything were written.
    const csv = org(200, (n) => {
      if (n === 10) return line(n).replace(/[^,]+$/, "2023-13-01");
      if (n === 20) return line(n).replace("p020@acme.test", "p021@acme.test");
      if (n === 30) return line(n, 999);
      if (n === 200) return `${line(n)}\n${line(5)}`;
      return line(n).replace("Team P", "Renamed team P");
    });
    const report = await applyImport({ actor: admin, csv });
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [11, "startDate"],
      [22, "email"],
      [31, "manager"],
      [202, "employeeId"],
    ]);
    expect(report.errors[2]?.message).toBe('Unknown manager "P999": not in this file and not a person in Pillars.');
    expect(await counts()).toEqual(before);
  });

  it("moves a manager on re-import: closure and reporting-line history follow", async () => {
    // P006 (four reports, sixteen below them) moves from P002 to P003.
    const csv = org(200, (n) => (n === 6 ? line(6, 3) : line(n)));
    const before = await counts();
    const dry = await dryRunImport({ actor: admin, csv });
    expect(dry.summary).toMatchObject({ create: 0, update: 1, unchanged: 199, managerChanges: 1, teamChanges: 1 });
    expect(await counts()).toEqual(before);

    const report = await applyImport({ actor: admin, csv, effectiveDate: "2026-03-01" });
    expect(report.ok).toBe(true);
    const [p002, p003, p006, p022] = await Promise.all(["P002", "P003", "P006", "P022"].map(personId));
    const ancestorsOf = async (descendantId: number) =>
      (await db().personClosure.findMany({ where: { descendantId }, orderBy: { depth: "asc" } })).map((row) => [row.ancestorId, row.depth]);
    expect(await ancestorsOf(p022 as number)).toEqual([[p022, 0], [p006, 1], [p003, 2], [await personId("P001"), 3]]);
    expect(await db().personClosure.count({ where: { ancestorId: p002, descendantId: p022 } })).toBe(0);

    const history = await db().reportingLine.findMany({ where: { personId: p006 }, orderBy: { effectiveFrom: "asc" } });
    expect(history.map((row) => [row.managerId, row.effectiveFrom.toISOString().slice(0, 10), row.effectiveTo?.toISOString().slice(0, 10) ?? null])).toEqual([
      [p002, "2023-07-16", "2026-02-28"],
      [p003, "2026-03-01", null],
    ]);
    expect(history[1]?.changedById).toBe(admin.userId);
    expect((await counts()).lines).toBe(before.lines + 1);
    expect(await db().person.findUniqueOrThrow({ where: { id: p006 }, select: { version: true } })).toEqual({ version: 2 });
    const moved = await db().auditEvent.findFirstOrThrow({ where: { action: "person.update", entityId: String(p006) } });
    expect(moved).toMatchObject({ changedFields: ["managerId", "teamId"], before: { managerId: p002 }, after: { managerId: p003 } });
  });

  it("refuses a re-import that would make the top of the tree report to someone below them", async () => {
    const before = await counts();
    const report = await applyImport({ actor: admin, csv: org(200, (n) => (n === 1 ? line(1, 200) : line(n))) });
    expect(report.ok).toBe(false);
    // Every row on the loop is reported: P001 → P200 → P050 → P013 → P003 → P001.
    expect(report.errors.map((e) => e.line)).toEqual([2, 4, 14, 51, 201]);
    expect(new Set(report.errors.map((e) => e.message))).toEqual(new Set(["Reporting cycle: P001 → P200 → P050 → P013 → P003 → P001."]));
    expect(await counts()).toEqual(before);
  });

  it("lets HR partners import and refuses everyone else as not found", async () => {
    expect((await dryRunImport({ actor: actorWith(admin.userId, ["HR_PARTNER"]), csv: org(3) })).ok).toBe(true);
    for (const roles of [["MANAGER"], ["VPE", "DIRECTOR"], []] as Array<Actor["roles"]>) {
      const attempt = applyImport({ actor: actorWith(admin.userId, roles), csv: org(3) });
      await expect(attempt).rejects.toSatisfy((error) => isAppError(error) && error.code === "NOT_FOUND");
      await expect(dryRunImport({ actor: actorWith(admin.userId, roles), csv: org(3) })).rejects.toSatisfy(isAppError);
    }
  });

  it("refuses 50,000 rows quickly, writing nothing", async () => {
    const before = await counts();
    const started = Date.now();
    const report = await applyImport({ actor: admin, csv: org(50_000, (n) => line((n % 200) + 1)) });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report.errors).toEqual([{ line: 20_002, message: expect.stringMatching(/more than 20,000 rows/) }]);
    expect(await counts()).toEqual(before);
  });
});
