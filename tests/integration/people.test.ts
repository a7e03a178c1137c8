import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { changeReportingLine, createPerson, endEmployment, updatePerson } from "@/lib/people/mutations";
import { listPeople } from "@/lib/people/queries";
import { ZPeopleQuery } from "@/lib/people/schemas";
import { truncateAllTables } from "../../prisma/seed/truncate";
import { refusal } from "../support/refusal";

// The people directory: create, edit, move people; the tree and every scope follow a move.

let hr: Actor;
let base: Record<string, number>;
/** Employee ids double as the references forms use for managers. */
const ref = (name: string) => `E-${name.split(" ")[0]}`;
const details = (name: string) => ({ name, email: null, employeeId: ref(name), title: null, location: null, region: null, originCompany: null, startDate: "2024-01-01" });
const names = async (actor: Actor, q?: string) => (await listPeople({ actor, query: ZPeopleQuery.parse({ q }) })).people.map((p) => p.name);

const failure = refusal;

beforeAll(async () => {
  await truncateAllTables(db());
  const user = await db().user.create({ data: { email: "hr@test.local", name: "HR", roles: ["HR_PARTNER"] } });
  hr = { userId: user.id, email: user.email, name: user.name, roles: ["HR_PARTNER"], personId: null };
  const make = (name: string, manager: string | null, title: string | null = null) =>
    createPerson({ actor: hr, input: { ...details(name), title, manager: manager && ref(manager), teamId: null } });
  const vpe = await make("Vera VPE", null, "VP of Engineering");
  const dirA = await make("Dana Director", "Vera", "Director of Engineering");
  const dirB = await make("Dario Director", "Vera", "Director of Engineering");
  const mgr = await make("Mia Manager", "Dana", "Engineering Manager");
  const eng = await make("Eli Engineer", "Mia", "Senior Software Engineer");
  base = { vpe, dirA, dirB, mgr, eng };
});

const directorOf = (personId: number): Actor => ({ userId: hr.userId, email: "d@test.local", name: "D", roles: ["DIRECTOR"], personId });

describe("people directory", () => {
  it("searches by name and title within the actor's scope", async () => {
    expect(await names(hr, "director")).toEqual(["Dana Director", "Dario Director"]);
    expect(await names(hr, "senior software")).toEqual(["Eli Engineer"]);
    expect(await names(directorOf(base.dirA!))).toEqual(["Eli Engineer", "Mia Manager"]);
    expect(await names(directorOf(base.dirB!))).toEqual([]);
  });

  it("moves a manager with their team: the tree, the history and every scope follow", async () => {
    const mia = await db().person.findUniqueOrThrow({ where: { id: base.mgr } });
    await changeReportingLine({ actor: hr, input: { personId: mia.id, version: mia.version, manager: ref("Dario"), teamId: null, effectiveDate: "2026-06-01" } });
    expect(await names(directorOf(base.dirA!))).toEqual([]);
    expect(await names(directorOf(base.dirB!))).toEqual(["Eli Engineer", "Mia Manager"]);
    const lines = await db().reportingLine.findMany({ where: { personId: mia.id }, orderBy: { effectiveFrom: "asc" } });
    expect(lines.map((line) => [line.managerId, line.effectiveTo?.toISOString().slice(0, 10) ?? null])).toEqual([
      [base.dirA, "2026-05-31"],
      [base.dirB, null],
    ]);
    expect(await db().auditEvent.count({ where: { action: "person.reporting_line", entityId: String(mia.id) } })).toBe(1);
  });

  it("refuses a move that would make someone report to their own report, and writes nothing", async () => {
    const vera = await db().person.findUniqueOrThrow({ where: { id: base.vpe } });
    const refused = await failure(changeReportingLine({ actor: hr, input: { personId: vera.id, version: vera.version, manager: ref("Eli"), teamId: null, effectiveDate: "2026-07-01" } }));
    expect(refused.fields.manager?.[0]).toMatch(/report to themselves or to one of their own reports/);
    expect((await db().person.findUniqueOrThrow({ where: { id: base.vpe } })).managerId).toBeNull();
    expect(await db().reportingLine.count({ where: { personId: vera.id } })).toBe(1);
  });

  it("refuses a stale edit and a duplicate email, with a message per field", async () => {
    const eli = await db().person.findUniqueOrThrow({ where: { id: base.eng } });
    await updatePerson({ actor: hr, input: { ...details("Eli Engineer"), email: "eli@test.local", personId: eli.id, version: eli.version } });
    expect((await failure(updatePerson({ actor: hr, input: { ...details("Eli E."), personId: eli.id, version: eli.version } }))).code).toBe("CONFLICT");
    const dup = await failure(createPerson({ actor: hr, input: { ...details("Another Eli"), employeeId: "E-other", email: "eli@test.local", manager: null, teamId: null } }));
    expect(dup.fields.email).toEqual(["Another person has this email"]);
  });

  it("refuses every change to a manager, who may only read", async () => {
    const manager: Actor = { ...hr, roles: ["MANAGER"], personId: base.mgr! };
    expect((await failure(createPerson({ actor: manager, input: { ...details("Sneaky"), manager: null, teamId: null } }))).code).toBe("NOT_FOUND");
    const eli = await db().person.findUniqueOrThrow({ where: { id: base.eng } });
    expect((await failure(changeReportingLine({ actor: manager, input: { personId: eli.id, version: eli.version, manager: ref("Vera"), teamId: null, effectiveDate: "2026-07-01" } }))).code).toBe("NOT_FOUND");
    expect(await names(manager)).toEqual(["Eli Engineer"]);
  });
});

describe("leaving", () => {
  it("refuses to end a manager's employment while they have reports, then records it and closes their login", async () => {
    const mia = await db().person.findUniqueOrThrow({ where: { id: base.mgr } });
    const refused = await failure(endEmployment({ actor: hr, input: { personId: mia.id, version: mia.version, endDate: "2026-10-31" } }));
    expect(refused.fields.endDate?.[0]).toMatch(/Move their 1 current report/);

    const eli = await db().person.findUniqueOrThrow({ where: { id: base.eng } });
    const login = await db().user.create({ data: { email: "eli-login@test.local", name: "Eli", roles: ["MANAGER"], personId: eli.id } });
    await endEmployment({ actor: hr, input: { personId: eli.id, version: eli.version, endDate: "2026-10-31" } });
    const after = await db().person.findUniqueOrThrow({ where: { id: eli.id } });
    expect(after.endDate?.toISOString().slice(0, 10)).toBe("2026-10-31");
    expect(await db().user.findUniqueOrThrow({ where: { id: login.id } })).toMatchObject({ active: false, sessionVersion: 2 });
    expect(await db().reportingLine.count({ where: { personId: eli.id, effectiveTo: null } })).toBe(0);
    expect(await names(hr, "Eli")).toEqual([]); // current staff only, by default
  });
});
