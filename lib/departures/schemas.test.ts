import { describe, expect, it } from "vitest";
import { parseQuarterParam, ZDepartureFilters, ZRecordDeparture } from "./schemas";

describe("departure schemas", () => {
  it("reads a submitted form: checkboxes as flags, an empty reason as none", () => {
    expect(ZRecordDeparture.parse({ personId: "7", date: "2026-03-10", voluntary: "on", reason: "  " })).toEqual({
      personId: 7, date: "2026-03-10", voluntary: true, regrettable: false, reason: null,
    });
  });

  it("gives a message per bad field", () => {
    const result = ZRecordDeparture.safeParse({ personId: "x", date: "2026-02-30", voluntary: "maybe", regrettable: true, reason: "x".repeat(2001) });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path.join(".")));
    expect([...fields].sort()).toEqual(["date", "personId", "reason", "voluntary"]);
  });

  it("ignores unreadable list filters instead of refusing the page", () => {
    expect(ZDepartureFilters.parse({ quarter: "2026Q1", voluntary: "yes", regrettable: "true" })).toEqual({ quarter: undefined, voluntary: undefined, regrettable: true });
    expect(parseQuarterParam("FY2027-Q3")).toEqual({ fiscalYear: 2027, quarter: 3 });
  });
});
