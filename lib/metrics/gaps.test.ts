import { describe, expect, it } from "vitest";
import { levelGaps, type ExpectationInput } from "./gaps";

const expectations: ExpectationInput[] = [
  { competencyId: 1, name: "Hiring", pillar: "GROWTH", domain: "PEOPLE", text: "…" },
  { competencyId: 2, name: "Coaching", pillar: "GROWTH", domain: "PEOPLE", text: "…" },
  { competencyId: 3, name: "Budget", pillar: "SKILLS", domain: "FINANCE", text: "…" },
  { competencyId: 4, name: "Roadmap", pillar: "SKILLS", domain: "STRATEGY", text: "…" },
];

describe("levelGaps", () => {
  it("compares each rating with 'meets' (3) and with the next level's bar (4)", () => {
    const result = levelGaps({ expectations, ratings: [{ competencyId: 1, rating: 2 }, { competencyId: 2, rating: 4 }, { competencyId: 3, rating: 3 }] });
    expect(result.competencies.map((c) => [c.name, c.delta, c.standing, c.gapAtLevel, c.gapForNextLevel])).toEqual([
      ["Hiring", -1, "BELOW", true, true],
      ["Coaching", 1, "ABOVE", false, false],
      ["Budget", 0, "MEETS", false, true],
      ["Roadmap", null, "UNRATED", true, true],
    ]);
    expect(result.readyForNextLevel).toBe(false);
  });

  it("groups by pillar and domain with means over rated competencies", () => {
    const result = levelGaps({ expectations, ratings: [{ competencyId: 1, rating: 2 }, { competencyId: 2, rating: 5 }, { competencyId: 3, rating: 4 }] });
    // GROWTH: (2 + 5) / 2 = 3.5; SKILLS: only Budget rated → 4, Roadmap unrated is a gap.
    expect(result.byPillar.GROWTH).toEqual({ mean: 3.5, rated: 2, total: 2, gaps: 1, nextLevelGaps: 1 });
    expect(result.byPillar.SKILLS).toEqual({ mean: 4, rated: 1, total: 2, gaps: 1, nextLevelGaps: 1 });
    expect(result.byDomain.PEOPLE?.mean).toBe(3.5);
    expect(result.byDomain.FINANCE).toEqual({ mean: 4, rated: 1, total: 1, gaps: 0, nextLevelGaps: 0 });
    expect(result.byDomain.PRODUCT).toBeUndefined();
    expect(result.overall).toEqual({ mean: 11 / 3, rated: 3, total: 4, gaps: 2, nextLevelGaps: 2 });
  });

  it("is ready for the next level only when every competency is rated 4 or more", () => {
    const all = (rating: number) => expectations.map((e) => ({ competencyId: e.competencyId, rating }));
    expect(levelGaps({ expectations, ratings: all(4) }).readyForNextLevel).toBe(true);
    expect(levelGaps({ expectations, ratings: all(3) }).readyForNextLevel).toBe(false);
    expect(levelGaps({ expectations: [], ratings: [] }).readyForNextLevel).toBe(false);
  });

  it("ignores ratings of competencies the level does not expect", () => {
    const result = levelGaps({ expectations: expectations.slice(0, 1), ratings: [{ competencyId: 1, rating: 3 }, { competencyId: 99, rating: 1 }] });
    expect(result.competencies).toHaveLength(1);
    expect(result.overall.mean).toBe(3);
  });
});
