import { describe, expect, it } from "vitest";
import { analyseImport } from "./check";
import type { ExistingOrg, ExistingPerson } from "./types";

// Validation through the whole pure pipeline, so every line number is the file's own.

const HEADER = "employee_id,email,name,title,manager,team,location,region,origin_company,start_date";
const file = (...rows: string[]) => [HEADER, ...rows].join("\n");
const row = (id: string, manager = "", extra: { email?: string; team?: string; region?: string; start?: string; name?: string } = {}) =>
  [id, extra.email ?? `${id.toLowerCase()}@acme.test`, extra.name ?? `Person ${id}`, "Engineer", manager, extra.team ?? "Platform", "London", extra.region ?? "ONSHORE", "", extra.start ?? "2024-01-15"].join(",");

function person(id: number, employeeId: string | null, managerId: number | null, more: Partial<ExistingPerson> = {}): ExistingPerson {
  return {
    id, employeeId, managerId, email: employeeId ? `${employeeId.toLowerCase()}@acme.test` : null, name: `Person ${employeeId}`, title: "Engineer",
    teamId: 1, location: "London", region: "ONSHORE", originCompany: null, startDate: "2024-01-15", endDate: null, erased: false, ...more,
  };
}
const none: ExistingOrg = { people: [], teams: [] };
const existing: ExistingOrg = {
  people: [person(1, "E1", null), person(2, "E2", 1), person(3, "E3", 2), person(4, null, 1, { email: "hand.made@acme.test", name: "Hand Made" })],
  teams: [{ id: 1, name: "Platform" }],
};

describe("validateImport", () => {
  it("accepts a good file and resolves managers by employee id or email, in any row order", () => {
    const report = analyseImport(file(row("B", "a@acme.test"), row("A"), row("C", "B", { team: "platform" }), row("D", "A", { team: "Data" })), none);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary).toEqual({ rows: 4, create: 4, update: 0, unchanged: 0, managerChanges: 0, teamChanges: 0, newTeams: ["Platform", "Data"] });
    expect(report.rows.map((p) => [p.employeeId, p.manager, p.team])).toEqual([
      ["B", { newEmployeeId: "A" }, "Platform"],
      ["A", null, "Platform"],
      ["C", { newEmployeeId: "B" }, "Platform"],
      ["D", { newEmployeeId: "A" }, "Data"],
    ]);
  });

  it("reports every bad row with its line, field and reason", () => {
    const report = analyseImport(
      file(
        row("A"), // 2
        ",x@acme.test,X,,,,,,,2024-01-01", // 3: no employee id
        "B,b@acme.test,,,,,,,,", // 4: no name, no start date
        row("C", "", { start: "15/01/2024" }), // 5
        row("D", "", { start: "2023-02-29" }), // 6
        row("F", "", { start: "Jan 5 2024" }), // 7
        row("G", "", { region: "Mars" }), // 8
        row("A"), // 9: duplicate employee id
        row("H", "", { email: "a@acme.test" }), // 10: duplicate email
        row("I", "", { email: "not-an-email" }), // 11
        row("J", "Z99"), // 12: unknown manager
        row("K", "K"), // 13: own manager
        row("L", "M"), // 14: L → M → L
        row("M", "L"), // 15
        row("N@x", "", { email: "n@acme.test" }), // 16
        "O,o@acme.test,Ann,,,,,,,2024-01-01,surplus", // 17
      ),
      none,
    );
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [3, "employeeId", "The employee id is empty."],
      [4, "name", "The name is empty."],
      [4, "startDate", "The start date is empty."],
      [5, "startDate", expect.stringMatching(/"15\/01\/2024" is ambiguous.*YYYY-MM-DD/)],
      [6, "startDate", "2023-02-29 is not a real day."],
      [7, "startDate", expect.stringMatching(/"Jan 5 2024" is not a date/)],
      [8, "region", 'Unknown region "MARS"; use ONSHORE, NEARSHORE, OFFSHORE or leave it empty.'],
      [9, "employeeId", "The employee id A is also on line 2."],
      [10, "email", "The email a@acme.test is also on line 2."],
      [11, "email", '"not-an-email" is not an email address.'],
      [12, "manager", 'Unknown manager "Z99": not in this file and not a person in Pillars.'],
      [13, "manager", "A person cannot be their own manager."],
      [14, "manager", "Reporting cycle: L → M → L."],
      [15, "manager", "Reporting cycle: L → M → L."],
      [16, "employeeId", expect.stringMatching(/cannot contain @/)],
      [17, undefined, expect.stringMatching(/11 values but the header has 10/)],
    ]);
    expect(report.rows.map((p) => p.employeeId)).toEqual(["A"]);
  });

  it("refuses dates outside 1900–2100", () => {
    const report = analyseImport(file(row("A", "", { start: "1899-12-31" })), none);
    expect(report.errors[0]?.message).toBe("1899-12-31 is outside the years 1900–2100.");
  });

  it("updates existing people by employee id and counts only real changes", () => {
    const report = analyseImport(file(row("E1"), row("E2", "E1", { name: "Renamed" }), row("E3", "E1"), row("E5", "E3")), existing);
    expect(report.errors).toEqual([]);
    expect(report.rows.map((p) => [p.employeeId, p.personId, p.change, p.managerChanged])).toEqual([
      ["E1", 1, "unchanged", false],
      ["E2", 2, "update", false],
      ["E3", 3, "update", true],
      ["E5", null, "create", false],
    ]);
    expect(report.summary).toMatchObject({ create: 1, update: 2, unchanged: 1, managerChanges: 1, teamChanges: 0, newTeams: [] });
    expect(report.rows[3]?.manager).toEqual({ personId: 3 });
  });

  it("keeps values of columns the file lacks, and clears values of empty cells", () => {
    const lacking = analyseImport("employee_id,name,start_date\nE3,Person E3,2024-01-15", existing);
    expect(lacking.rows[0]).toMatchObject({ change: "unchanged", manager: { personId: 2 }, team: "Platform", email: "e3@acme.test" });
    const emptied = analyseImport(file("E3,,Person E3,Engineer,,,London,ONSHORE,,2024-01-15"), existing);
    expect(emptied.rows[0]).toMatchObject({ change: "update", manager: null, team: null, email: null, managerChanged: true, teamChanged: true });
  });

  it("adopts a person entered without an employee id by their email", () => {
    const report = analyseImport(file(row("E9", "E1", { email: "Hand.Made@acme.test", name: "Hand Made" })), existing);
    expect(report.errors).toEqual([]);
    expect(report.rows[0]).toMatchObject({ personId: 4, employeeId: "E9", change: "update", managerChanged: false });
  });

  it("refuses an email that belongs to someone else in Pillars, but allows two people to swap emails", () => {
    const clash = analyseImport(file(row("E7", "", { email: "e2@acme.test" })), existing);
    expect(clash.errors).toEqual([{ line: 2, field: "email", message: "The email e2@acme.test belongs to another person already in Pillars (E2)." }]);
    const swap = analyseImport(file(row("E1", "", { email: "e2@acme.test" }), row("E2", "E1", { email: "e1@acme.test" })), existing);
    expect(swap.errors).toEqual([]);
  });

  it("finds cycles that run through people who are not in the file", () => {
    // E1 → E2 → E3 in Pillars; the file puts E1 under E3.
    const report = analyseImport(file(row("E1", "E3")), existing);
    expect(report.errors).toEqual([{ line: 2, field: "manager", message: "Reporting cycle: E1 → E3 → E2 → E1." }]);
  });

  it("resolves a manager by the email of someone in Pillars", () => {
    const report = analyseImport(file(row("N1", "E2@acme.test")), existing);
    expect(report.rows[0]?.manager).toEqual({ personId: 2 });
  });

  it("refuses a new manager who has left, but lets reports stay under them", () => {
    const org: ExistingOrg = { people: [person(1, "E1", null, { endDate: "2025-06-30" }), person(2, "E2", 1)], teams: [] };
    expect(analyseImport(file(row("E2", "E1"), row("N1", "E1")), org).errors).toEqual([
      { line: 3, field: "manager", message: "The manager E1 has left (end date 2025-06-30)." },
    ]);
  });

  it("refuses to bring back an erased person", () => {
    const erased: ExistingOrg = { people: [person(8, "E8", null, { erased: true })], teams: [] };
    expect(analyseImport(file(row("E8")), erased).errors[0]?.message).toMatch(/erased person/);
  });

  it("refuses a chain deeper than the reporting tree's closure holds", () => {
    const rows = Array.from({ length: 103 }, (_, i) => row(`C${i}`, i === 0 ? "" : `C${i - 1}`));
    const report = analyseImport(file(...rows), none);
    expect(report.errors.map((e) => e.line)).toEqual([103, 104]);
    expect(report.errors[0]?.message).toMatch(/more than 100 levels/);
  });

  it("turns an unreadable file into a one-error report", () => {
    const wrongHeaders = analyseImport("Name,Department\nAnn,Data\n", none);
    expect(wrongHeaders).toMatchObject({ ok: false, rows: [], errors: [{ line: 1, message: expect.stringMatching(/Missing required columns.*Headers found: "Name", "Department"/) }] });
    const latin1 = analyseImport(Uint8Array.from([...new TextEncoder().encode(`${HEADER}\nE1,a@b.c,Jos`), 0xe9]), none);
    expect(latin1.errors).toEqual([{ line: 2, message: expect.stringMatching(/not UTF-8/) }]);
    expect(analyseImport(HEADER, none).errors[0]?.message).toMatch(/no people/);
  });
});
