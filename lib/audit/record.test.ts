import { describe, expect, it } from "vitest";
import { auditRow } from "./record";

describe("audit rows", () => {
  it("keeps before and after values and lists the fields that changed", () => {
    const row = auditRow({
      actorId: 1,
      action: "user.update",
      entityType: "User",
      entityId: 7,
      before: { roles: ["MANAGER"], active: true },
      after: { roles: ["MANAGER", "DIRECTOR"], active: true },
    });
    expect(row).toMatchObject({ entityId: "7", changedFields: ["roles"], after: { roles: ["MANAGER", "DIRECTOR"], active: true } });
  });

  it("keeps the names of changed risk fields but never their values", () => {
    const row = auditRow({
      actorId: 1,
      action: "risk.update",
      entityType: "RetentionRisk",
      entityId: 3,
      before: { level: "MEDIUM", notes: "quiet lately", version: 1 },
      after: { level: "HIGH", notes: "has an offer", version: 2 },
    });
    expect(row.changedFields).toEqual(["level", "notes", "version"]);
    expect(JSON.stringify(row)).not.toMatch(/MEDIUM|HIGH|quiet|offer/);
    expect(row.after).toEqual({ version: 2 });
  });

  it("never stores a private note's text", () => {
    const row = auditRow({ actorId: 2, action: "checkin.update", entityType: "CheckIn", after: { privateNote: "secret", wins: "shipped" } });
    expect(row.changedFields).toEqual(["privateNote", "wins"]);
    expect(JSON.stringify(row)).not.toContain("secret");
  });
});
