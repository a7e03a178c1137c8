import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { can, PERMISSIONS, requirePermission } from "./permissions";

describe("permissions", () => {
  it("keeps an ADMIN-only user away from check-ins, assessments and risks", () => {
    for (const permission of ["checkin:read", "assessment:read", "risk:read", "risk:write"] as const) {
      expect(can(["ADMIN"], permission)).toBe(false);
    }
    expect(can(["ADMIN"], "user:manage")).toBe(true);
  });

  it("lets HR read everything sensitive and record departures, but not write check-ins", () => {
    expect(can(["HR_PARTNER"], "risk:read")).toBe(true);
    expect(can(["HR_PARTNER"], "departure:write")).toBe(true);
    expect(can(["HR_PARTNER"], "checkin:write")).toBe(false);
  });

  it("unions the permissions of several roles", () => {
    expect(can(["ADMIN", "VPE"], "risk:read")).toBe(true);
    expect(can([], "people:read")).toBe(false);
  });

  it("refuses with a 404, not a 403", () => {
    expect(() => requirePermission({ roles: ["MANAGER"] }, "audit:read")).toThrow(AppError);
    try {
      requirePermission({ roles: ["MANAGER"] }, "audit:read");
    } catch (error) {
      expect((error as AppError).status).toBe(404);
    }
  });

  it("names only real roles", () => {
    const roles = new Set(["ADMIN", "VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"]);
    for (const allowed of Object.values(PERMISSIONS)) for (const role of allowed) expect(roles.has(role)).toBe(true);
  });
});
