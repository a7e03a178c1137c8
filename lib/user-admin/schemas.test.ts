import { describe, expect, it } from "vitest";
import { ZInviteUser, ZUpdateUser } from "./schemas";

describe("user admin schemas", () => {
  it("normalises an invitation", () => {
    const parsed = ZInviteUser.parse({ email: "  Ana@Example.COM ", name: " Ana ", roles: ["MANAGER", "MANAGER"], person: "" });
    expect(parsed).toEqual({ email: "ana@example.com", name: "Ana", roles: ["MANAGER"], person: null });
  });

  it("gives a message per bad field", () => {
    const result = ZInviteUser.safeParse({ email: "nope", name: "", roles: ["OWNER"] });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["email", "name", "roles"]));
  });

  it("needs at least one role and a version to update", () => {
    expect(ZUpdateUser.safeParse({ userId: 1, version: 1, name: "A", roles: [], active: true }).success).toBe(false);
    expect(ZUpdateUser.safeParse({ userId: 1, name: "A", roles: ["VPE"], active: true }).success).toBe(false);
    expect(ZUpdateUser.parse({ userId: "3", version: "2", name: "A", roles: ["VPE"], active: false })).toMatchObject({ userId: 3, version: 2 });
  });
});
