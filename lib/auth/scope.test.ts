import { describe, expect, it } from "vitest";
import { personInScope, scopeFor } from "./scope";

describe("scope", () => {
  it("gives the VPE and HR the whole org, excluding themselves from risks", () => {
    expect(scopeFor({ roles: ["VPE"], personId: 1 }, "directory")).toEqual({ kind: "org", excludePersonId: null });
    expect(scopeFor({ roles: ["VPE"], personId: 1 }, "people-data")).toEqual({ kind: "org", excludePersonId: 1 });
    expect(scopeFor({ roles: ["HR_PARTNER"], personId: 9 }, "risks")).toEqual({ kind: "org", excludePersonId: 9 });
  });

  it("gives directors and managers the people below their own Person", () => {
    expect(scopeFor({ roles: ["MANAGER"], personId: 7 }, "people-data")).toEqual({ kind: "subtree", rootPersonId: 7 });
    expect(scopeFor({ roles: ["DIRECTOR"], personId: 3 }, "risks")).toEqual({ kind: "subtree", rootPersonId: 3 });
  });

  it("gives a manager with no linked Person an empty scope", () => {
    expect(scopeFor({ roles: ["MANAGER"], personId: null }, "people-data")).toEqual({ kind: "none" });
  });

  it("lets an ADMIN-only user see the directory but no people data or risks", () => {
    expect(scopeFor({ roles: ["ADMIN"], personId: null }, "directory").kind).toBe("org");
    expect(scopeFor({ roles: ["ADMIN"], personId: 4 }, "people-data")).toEqual({ kind: "none" });
    expect(scopeFor({ roles: ["ADMIN"], personId: 4 }, "risks")).toEqual({ kind: "none" });
  });

  it("takes the widest scope among several roles", () => {
    expect(scopeFor({ roles: ["ADMIN", "VPE"], personId: 1 }, "risks")).toEqual({ kind: "org", excludePersonId: 1 });
    expect(scopeFor({ roles: ["ADMIN", "MANAGER"], personId: 5 }, "people-data")).toEqual({ kind: "subtree", rootPersonId: 5 });
  });

  it("never produces a filter that matches everything by accident", () => {
    for (const scope of [scopeFor({ roles: [], personId: null }, "risks"), scopeFor({ roles: ["MANAGER"], personId: null }, "directory")]) {
      expect(personInScope(scope)).toEqual({ id: { in: [] } });
    }
    expect(personInScope({ kind: "org", excludePersonId: null })).not.toEqual({});
    expect(personInScope({ kind: "subtree", rootPersonId: 7 })).toEqual({ ancestors: { some: { ancestorId: 7, depth: { gt: 0 } } } });
  });
});
