import { describe, expect, it } from "vitest";
import { trendDelta, trendPoint } from "./check-in-trend";

const figures = (q: number | null, e: number, g: number, s: number, ps: number, a: number, t: number) => ({
  scoreQuality: q, scoreEngagement: e, scoreGrowth: g, scoreSkills: s, psychologicalSafety: ps, autonomy: a, trust: t,
});

describe("check-in trend", () => {
  it("plots the four pillar scores and the engagement index (mean of safety, autonomy, trust)", () => {
    // (4 + 3 + 2) / 3 = 3
    expect(trendPoint(figures(4, 3, 5, 2, 4, 3, 2))).toEqual({ QUALITY: 4, ENGAGEMENT: 3, GROWTH: 5, SKILLS: 2, ENGAGEMENT_INDEX: 3 });
  });

  it("gives each series' change from the previous check-in, rounded to hundredths", () => {
    const before = trendPoint(figures(4, 3, 5, 2, 4, 3, 2)); // index 3
    const after = trendPoint(figures(3, 4, 5, 4, 5, 5, 4)); // index 14/3 = 4.67
    expect(trendDelta(before, after)).toEqual({ QUALITY: -1, ENGAGEMENT: 1, GROWTH: 0, SKILLS: 2, ENGAGEMENT_INDEX: 1.67 });
  });

  it("has no change for the first check-in or where a figure is missing", () => {
    const first = trendPoint(figures(null, 3, 3, 3, 3, 3, 3));
    expect(trendDelta(null, first)).toEqual({ QUALITY: null, ENGAGEMENT: null, GROWTH: null, SKILLS: null, ENGAGEMENT_INDEX: null });
    expect(trendDelta(first, trendPoint(figures(4, 3, 3, 3, 3, 3, 3))).QUALITY).toBeNull();
  });
});
