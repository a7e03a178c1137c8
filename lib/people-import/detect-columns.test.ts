import { describe, expect, it } from "vitest";
import { TEMPLATE_HEADERS } from "./columns";
import { detectColumns, toRows } from "./detect-columns";
import { parseCsv } from "./parse-csv";

function mapped(headers: string[]) {
  const detection = detectColumns(headers);
  if (!detection.ok) throw new Error(detection.message);
  return detection;
}

describe("detectColumns", () => {
  it("maps the Pillars template, with no warnings", () => {
    const detection = mapped([...TEMPLATE_HEADERS]);
    expect(detection.mapping).toEqual({
      employeeId: [0], email: [1], name: [2], title: [3], manager: [4], team: [5], location: [6], region: [7], originCompany: [8], startDate: [9],
    });
    expect(detection.preset).toBe("pillars");
    expect(detection.warnings).toEqual([]);
  });

  it("ignores case, spaces, underscores and hyphens", () => {
    const detection = mapped(["Employee ID", "E-Mail", "NAME", "Start Date", "origin company"]);
    expect(detection.mapping).toMatchObject({ employeeId: [0], email: [1], name: [2], startDate: [3], originCompany: [4] });
  });

  it.each([
    ["bamboohr", ["employeeNumber", "id", "firstName", "lastName", "workEmail", "jobTitle", "supervisorEId", "supervisorEmail", "department", "location", "hireDate"]],
    ["workday", ["workerID", "descriptor", "primaryWorkEmail", "businessTitle", "supervisoryOrganization", "location", "hireDate"]],
    ["hibob", ["root.id", "work.employeeIdInCompany", "root.firstName", "root.surname", "root.email", "work.title", "work.reportsTo", "work.department", "work.site", "work.startDate"]],
    ["personio", ["id", "first_name", "last_name", "email", "position", "supervisor", "department", "office", "hire_date"]],
  ])("recognises a %s export", (preset, headers) => {
    const detection = mapped(headers);
    expect(detection.preset).toBe(preset);
    expect(detection.ignored).toEqual([]);
  });

  it("prefers a company's own employee number over an HR system's internal id", () => {
    expect(mapped(["id", "employeeNumber", "displayName", "hireDate"]).mapping.employeeId).toEqual([1, 0]);
    expect(mapped(["root.id", "work.employeeIdInCompany", "root.displayName", "work.startDate"]).mapping.employeeId).toEqual([1, 0]);
  });

  it("names the missing required columns and the headers it found", () => {
    const detection = detectColumns(["Legal first name", "Legal last name", "Work email", "Title", "Department"]);
    expect(detection.ok).toBe(false);
    if (detection.ok) return;
    expect(detection.missing).toEqual([expect.stringMatching(/^employee id/), expect.stringMatching(/^start date/)]);
    expect(detection.message).toMatch(/Missing required columns: employee id .*; start date/);
    expect(detection.message).toMatch(/Headers found: "Legal first name", "Legal last name", "Work email", "Title", "Department"/);
  });

  it("needs a name, or both first and last name", () => {
    const detection = detectColumns(["employee_id", "first_name", "start_date"]);
    expect(!detection.ok && detection.missing).toEqual([expect.stringMatching(/^name/)]);
  });

  it("takes a mapping step's choices over the presets, and refuses a header that is not there", () => {
    expect(detectColumns(["Personalnummer", "Name", "Eintritt"]).ok).toBe(false);
    const chosen = detectColumns(["Personalnummer", "Name", "Eintritt"], { employeeId: "Personalnummer", startDate: "Eintritt" });
    expect(chosen.ok && chosen.mapping).toEqual({ employeeId: [0], name: [1], startDate: [2] });
    const wrong = detectColumns(["Personalnummer", "Name", "Eintritt"], { employeeId: "Nummer", startDate: "Eintritt" });
    expect(!wrong.ok && wrong.message).toMatch(/No column named "Nummer" \(chosen for employeeId\)/);
  });

  it("warns about a missing email or manager column and lists ignored columns", () => {
    expect(mapped(["employee_id", "name", "start_date", "Shoe size"]).warnings).toEqual([
      expect.stringMatching(/no email column/),
      expect.stringMatching(/no manager column/),
      "Columns not imported: Shoe size.",
    ]);
  });
});

describe("toRows", () => {
  it("gives each field its first non-empty column and joins first and last names", () => {
    const table = parseCsv("employeeNumber,firstName,lastName,supervisorEId,supervisorEmail,hireDate\n7, Ann ,Lee,,boss@example.com,2024-01-02\n");
    const { rows, errors } = toRows(table, mapped(table.headers).mapping);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, values: { employeeId: "7", firstName: "Ann", lastName: "Lee", name: "Ann Lee", manager: "boss@example.com", startDate: "2024-01-02" } },
    ]);
  });

  it("reports a row whose value count differs from the header's", () => {
    const table = parseCsv("employee_id,name,start_date\n1,Ann,2024-01-01\n2,Lee, Bob,2024-01-01\n3,Cy\n");
    const { rows, errors } = toRows(table, mapped(table.headers).mapping);
    expect(rows.map((row) => row.line)).toEqual([2]);
    expect(errors).toEqual([
      { line: 3, message: expect.stringMatching(/4 values but the header has 3 columns; a value that contains "," must be in double quotes/) },
      { line: 4, message: expect.stringMatching(/2 values but the header has 3/) },
    ]);
  });
});
