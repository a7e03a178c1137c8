import { describe, expect, it } from "vitest";
import { personAuditInputs } from "./audit";
import type { ExistingPerson, ParsedPerson } from "./types";

const parsed: ParsedPerson = {
  line: 2, employeeId: "E1", personId: 7, email: "ann@acme.test", name: "Ann Lee", title: "Director", manager: { personId: 3 }, team: "Data",
  location: "London", region: "ONSHORE", originCompany: null, startDate: "2024-01-15", change: "update", managerChanged: true, teamChanged: false,
};
const before: ExistingPerson = {
  id: 7, employeeId: "E1", email: "ann@acme.test", name: "Ann Lee", title: "Manager", managerId: 2, teamId: 5, location: "London",
  region: "ONSHORE", originCompany: null, startDate: "2024-01-15", endDate: null, erased: false,
};

describe("personAuditInputs", () => {
  it("keeps only the changed fields of an update, and everything of a create", () => {
    const [update, create] = personAuditInputs(
      [{ id: 7, person: parsed, teamId: 5, managerId: 3 }, { id: 8, person: { ...parsed, personId: null, change: "create" }, teamId: 5, managerId: 3 }],
      new Map([[7, before]]),
      1,
    );
    expect(update).toEqual({
      actorId: 1, action: "person.update", entityType: "Person", entityId: 7, before: { title: "Manager", managerId: 2 }, after: { title: "Director", managerId: 3 },
    });
    expect(create).toMatchObject({ action: "person.create", entityId: 8, after: { employeeId: "E1", name: "Ann Lee", managerId: 3, teamId: 5 } });
  });
});
