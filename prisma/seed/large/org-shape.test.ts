import { describe, expect, it } from "vitest";
import { seededRandom } from "../random";
import { generateOrgShape } from "./org-shape";

describe("generated org shape", () => {
  const { people, teams } = generateOrgShape(5000, 1095, seededRandom(1));

  it("has the requested size with about one manager in ten", () => {
    expect(people).toHaveLength(5000);
    const managers = people.filter((p) => p.kind !== "ENGINEER");
    expect(managers.length).toBe(500);
    expect(teams.length).toBe(people.filter((p) => p.kind === "MANAGER").length);
  });

  it("forms one tree under the VPE with managers created before their reports", () => {
    const roots = people.filter((p) => p.managerId === null);
    expect(roots.map((p) => p.kind)).toEqual(["VPE"]);
    for (const person of people) if (person.managerId !== null) expect(person.managerId).toBeLessThan(person.id);
  });

  it("gives every engineer a team owned by their manager", () => {
    const owner = new Map(teams.map((team) => [team.id, team.ownerId]));
    for (const engineer of people.filter((p) => p.kind === "ENGINEER")) expect(owner.get(engineer.teamId as number)).toBe(engineer.managerId);
  });

  it("has unique names and is the same for the same seed", () => {
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
    expect(generateOrgShape(300, 1095, seededRandom(7))).toEqual(generateOrgShape(300, 1095, seededRandom(7)));
  });

  it("only lets people leave after they started", () => {
    for (const person of people) if (person.leftDaysAgo !== null) expect(person.leftDaysAgo).toBeLessThan(person.tenureDays);
  });
});
