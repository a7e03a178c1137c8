import { describe, expect, it } from "vitest";
import { landingPath, safeCallbackPath } from "./redirects";

describe("sign-in redirects", () => {
  it("keeps same-site paths and drops anything that leaves the site", () => {
    expect(safeCallbackPath("/admin/users?q=1")).toBe("/admin/users?q=1");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "", null, undefined]) {
      expect(safeCallbackPath(bad)).toBe("/");
    }
  });

  it("lands an ADMIN-only user on user admin, a manager on their check-ins and everyone else on the overview", () => {
    expect(landingPath({ roles: ["ADMIN"] })).toBe("/admin/users");
    expect(landingPath({ roles: ["ADMIN", "VPE"] })).toBe("/");
    expect(landingPath({ roles: ["MANAGER"] })).toBe("/check-ins");
    expect(landingPath({ roles: ["MANAGER", "ADMIN"] })).toBe("/check-ins");
    expect(landingPath({ roles: ["MANAGER", "DIRECTOR"] })).toBe("/");
  });
});
