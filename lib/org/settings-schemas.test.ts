import { describe, expect, it } from "vitest";
import { riskThresholds, ZOrgSettings } from "./settings-schemas";

describe("organisation settings", () => {
  it("fills missing risk thresholds with defaults and ignores junk", () => {
    expect(riskThresholds({})).toMatchObject({ engagementDrop: 0.75, engagementWindow: 3, missedCheckIns: 2 });
    expect(riskThresholds({ missedCheckIns: 4 }).missedCheckIns).toBe(4);
    expect(riskThresholds({ missedCheckIns: "lots" }).missedCheckIns).toBe(2);
    expect(riskThresholds(null).peerDepartures).toBe(2);
  });

  it("gives a message per bad field", () => {
    const result = ZOrgSettings.safeParse({
      orgName: "", timeZone: "Mars/Base", fiscalYearStartMonth: 13, version: 1, defaultCadence: "DAILY",
      checkInGraceDays: 30, departedRetentionDays: 5, thresholds: { engagementDrop: 9 },
    });
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["orgName", "timeZone", "fiscalYearStartMonth", "defaultCadence", "checkInGraceDays", "departedRetentionDays", "thresholds.engagementDrop"]));
  });
});
