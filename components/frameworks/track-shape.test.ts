import { describe, expect, it } from "vitest";
import type { TrackDefinition } from "@/lib/frameworks/definition";
import { addCompetency, addLevel, nextLevelCode, removeCompetency, removeTopLevel } from "./track-shape";

const track: TrackDefinition = {
  key: "management", name: "Management", kind: "MANAGEMENT",
  levels: [{ code: "M1", name: "EM", summary: "s" }, { code: "M2", name: "SEM", summary: "s" }],
  competencies: [{ key: "a", name: "A", description: "d", pillar: "QUALITY", domain: "ENGINEERING", expectations: { M1: "x", M2: "y" } }],
};

describe("draft track shape", () => {
  it("adds a level after the last code, with an empty cell for every competency", () => {
    expect(nextLevelCode(track)).toBe("M3");
    const grown = addLevel(track);
    expect(grown.levels.map((l) => l.code)).toEqual(["M1", "M2", "M3"]);
    expect(grown.competencies[0]!.expectations).toEqual({ M1: "x", M2: "y", M3: "" });
    expect(nextLevelCode({ ...track, levels: [{ code: "Lead", name: "", summary: "" }] })).toBe("Lead-2");
  });

  it("removes the top level and its cells, never the last one", () => {
    expect(removeTopLevel(track).competencies[0]!.expectations).toEqual({ M1: "x" });
    const single = removeTopLevel(track);
    expect(removeTopLevel(single)).toBe(single);
  });

  it("adds a competency with a unique key and an empty cell per level, and removes one but never the last", () => {
    const more = addCompetency(track);
    expect(more.competencies[1]).toMatchObject({ key: "competency-2", expectations: { M1: "", M2: "" } });
    expect(removeCompetency(more, 0).competencies.map((c) => c.key)).toEqual(["competency-2"]);
    expect(removeCompetency(track, 0)).toBe(track);
  });
});
