import { describe, expect, it } from "vitest";
import { engagementIndex } from "./engagement";
import { mean } from "./mean";
import { groupPillarScore, personPillarScore, qualityScore } from "./pillar-score";

describe("pillar scores", () => {
  it("averages one person's check-ins, ignoring missing answers", () => {
    expect(personPillarScore([4, 3, 5])).toBe(4);
    expect(personPillarScore([4, null, 2])).toBe(3);
    expect(personPillarScore([])).toBeNull();
  });

  it("counts each person once in a team score", () => {
    // Ana had three check-ins averaging 4, Ben one check-in of 2: the team is (4 + 2) / 2 = 3,
    // not (4 + 4 + 4 + 2) / 4 = 3.5.
    const ana = personPillarScore([5, 3, 4]);
    const ben = personPillarScore([2]);
    expect(groupPillarScore([ana, ben])).toBe(3);
  });

  it("blends the check-in QUALITY score with the team's DORA band", () => {
    expect(qualityScore(3, "ELITE")).toBe(4);
    expect(qualityScore(4, "MEDIUM")).toBe(3.25);
    expect(qualityScore(null, "LOW")).toBe(1);
    expect(qualityScore(3.5, null)).toBe(3.5);
    expect(qualityScore(null, null)).toBeNull();
  });

  it("computes the engagement index from its three figures", () => {
    expect(engagementIndex({ psychologicalSafety: 4, autonomy: 3, trust: 5 })).toBe(4);
    expect(engagementIndex({ psychologicalSafety: 2, autonomy: null, trust: 3 })).toBe(2.5);
    expect(engagementIndex({ psychologicalSafety: null, autonomy: null, trust: null })).toBeNull();
  });

  it("skips NaN as missing", () => {
    expect(mean([Number.NaN, 2])).toBe(2);
  });
});
