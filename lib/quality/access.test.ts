import { describe, expect, it } from "vitest";
import { teamScope, teamWhere } from "./access";

describe("the team scope for quality figures", () => {
  it("gives the VPE every team, HR partners every team to read only, directors and managers their owners' chain", () => {
    expect(teamScope({ roles: ["VPE"], personId: 1 }, "write")).toEqual({ kind: "all" });
    expect(teamScope({ roles: ["HR_PARTNER"], personId: null }, "read")).toEqual({ kind: "all" });
    expect(teamScope({ roles: ["HR_PARTNER"], personId: null }, "write")).toEqual({ kind: "none" });
    expect(teamScope({ roles: ["HR_PARTNER", "MANAGER"], personId: 4 }, "write")).toEqual({ kind: "owned-below", personId: 4 });
    expect(teamScope({ roles: ["DIRECTOR"], personId: 2 }, "read")).toEqual({ kind: "owned-below", personId: 2 });
    expect(teamScope({ roles: ["MANAGER"], personId: null }, "read")).toEqual({ kind: "none" });
    expect(teamScope({ roles: ["ADMIN"], personId: 1 }, "read")).toEqual({ kind: "none" });
  });

  it("never yields an empty filter", () => {
    for (const scope of [{ kind: "all" }, { kind: "owned-below", personId: 2 }, { kind: "none" }] as const) {
      expect(Object.keys(teamWhere(scope)).length).toBeGreaterThan(0);
    }
    expect(teamWhere({ kind: "owned-below", personId: 2 })).toEqual({ owner: { is: { ancestors: { some: { ancestorId: 2, depth: { gte: 0 } } } } } });
  });
});
