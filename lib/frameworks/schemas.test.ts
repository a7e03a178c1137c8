import { describe, expect, it } from "vitest";
import type { FrameworkDefinition } from "./definition";
import { DEFAULT_FRAMEWORK } from "./default-framework";
import { formatPath, LIMITS, parseFrameworkJson, validateDefinition } from "./schemas";

// The framework file format: every refusal names the place it comes from.

function small(): FrameworkDefinition {
  const expectations = () => ({ M1: "Runs one team well", M2: "Runs several teams" });
  return {
    name: "Test framework",
    description: "",
    tracks: [{
      key: "management", name: "Management", kind: "MANAGEMENT",
      levels: [{ code: "M1", name: "Manager", summary: "" }, { code: "M2", name: "Senior manager", summary: "" }],
      competencies: [
        { key: "delivery", name: "Delivery", description: "", pillar: "QUALITY", domain: "DELIVERY", expectations: expectations() },
        { key: "people", name: "People", description: "", pillar: "ENGAGEMENT", domain: "PEOPLE", expectations: expectations() },
        { key: "finance", name: "Finance", description: "", pillar: "GROWTH", domain: "FINANCE", expectations: expectations() },
      ],
    }],
  };
}

/** The errors of a definition changed by `edit`, as `path: message` lines. */
function errorsAfter(edit: (definition: FrameworkDefinition) => void): string[] {
  const definition = small();
  edit(definition);
  const result = validateDefinition(definition);
  return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
}

describe("framework definitions", () => {
  it("accepts the default framework and a small one unchanged", () => {
    expect(validateDefinition(DEFAULT_FRAMEWORK)).toEqual({ ok: true, definition: DEFAULT_FRAMEWORK });
    expect(validateDefinition(small())).toEqual({ ok: true, definition: small() });
  });

  it("formats paths in the a[0].b.c style", () => {
    expect(formatPath(["tracks", 0, "competencies", 2, "expectations", "M7"])).toBe("tracks[0].competencies[2].expectations.M7");
    expect(formatPath([])).toBe("");
  });

  it("refuses an expectation for a level the track does not have", () => {
    expect(errorsAfter((d) => { d.tracks[0]!.competencies[2]!.expectations = { M1: "a", M2: "b", M7: "c" }; }))
      .toEqual(["tracks[0].competencies[2].expectations.M7: no such level in this track"]);
  });

  it("refuses a competency missing the expectation of one of its levels", () => {
    expect(errorsAfter((d) => { d.tracks[0]!.competencies[1]!.expectations = { M1: "a" }; }))
      .toEqual(["tracks[0].competencies[1].expectations.M2: Enter the expectation for this level"]);
    expect(errorsAfter((d) => { d.tracks[0]!.competencies[1]!.expectations = { M1: "a", M2: "  " }; }))
      .toEqual(["tracks[0].competencies[1].expectations.M2: Enter the expectation"]);
  });

  it("refuses empty names", () => {
    expect(errorsAfter((d) => { d.name = " "; d.tracks[0]!.name = ""; d.tracks[0]!.levels[1]!.name = ""; d.tracks[0]!.competencies[0]!.name = ""; })).toEqual([
      "name: Enter a name", "tracks[0].name: Enter a name", "tracks[0].levels[1].name: Enter a name", "tracks[0].competencies[0].name: Enter a name",
    ]);
  });

  it("refuses repeated track keys, level codes (also across tracks) and competency keys", () => {
    expect(errorsAfter((d) => { d.tracks.push(structuredClone(d.tracks[0]!)); })).toEqual([
      'tracks[1].key: Track key "management" is used more than once',
      'tracks[1].levels[0].code: Level code "M1" is used more than once',
      'tracks[1].levels[1].code: Level code "M2" is used more than once',
    ]);
    expect(errorsAfter((d) => { d.tracks[0]!.levels[1]!.code = "M1"; })).toContain('tracks[0].levels[1].code: Level code "M1" is used more than once');
    expect(errorsAfter((d) => { d.tracks[0]!.competencies[2]!.key = "delivery"; }))
      .toEqual(['tracks[0].competencies[2].key: Competency key "delivery" is used more than once']);
  });

  it("refuses an unknown pillar, domain or track kind", () => {
    expect(errorsAfter((d) => {
      Object.assign(d.tracks[0]!.competencies[0]!, { pillar: "HAPPINESS", domain: "M&A" });
      Object.assign(d.tracks[0]!, { kind: "OTHER" });
    })).toEqual([
      "tracks[0].kind: Choose one of MANAGEMENT, INDIVIDUAL_CONTRIBUTOR",
      "tracks[0].competencies[0].pillar: Choose one of QUALITY, ENGAGEMENT, GROWTH, SKILLS",
      "tracks[0].competencies[0].domain: Choose one of ENGINEERING, PEOPLE, DELIVERY, STRATEGY, FINANCE, PRODUCT, M_AND_A",
    ]);
  });

  it("refuses oversized text", () => {
    expect(errorsAfter((d) => {
      d.name = "n".repeat(201);
      d.description = "d".repeat(2_001);
      d.tracks[0]!.competencies[0]!.description = "d".repeat(2_001);
      d.tracks[0]!.competencies[0]!.expectations.M1 = "e".repeat(2_001);
    })).toEqual([
      "name: At most 200 characters", "description: At most 2000 characters",
      "tracks[0].competencies[0].description: At most 2000 characters", "tracks[0].competencies[0].expectations.M1: At most 2000 characters",
    ]);
  });

  it("refuses too many tracks, levels and competencies", () => {
    const level = (i: number) => ({ code: `L${i}`, name: `Level ${i}`, summary: "" });
    expect(errorsAfter((d) => { d.tracks[0]!.levels = Array.from({ length: LIMITS.levels + 1 }, (_, i) => level(i)); d.tracks[0]!.competencies = []; }))
      .toEqual(["tracks[0].levels: At most 15 levels per track"]);
    expect(errorsAfter((d) => { d.tracks[0]!.competencies = Array.from({ length: LIMITS.competencies + 1 }, (_, i) => ({ ...small().tracks[0]!.competencies[0]!, key: `c${i}` })); }))
      .toEqual(["tracks[0].competencies: At most 40 competencies per track"]);
    expect(errorsAfter((d) => { d.tracks = Array.from({ length: LIMITS.tracks + 1 }, () => d.tracks[0]!); })).toEqual(["tracks: At most 10 tracks"]);
    expect(errorsAfter((d) => { d.tracks = []; })).toEqual(["tracks: Add at least one track"]);
  });
});

describe("parseFrameworkJson", () => {
  it("reads a valid file", () => {
    expect(parseFrameworkJson(JSON.stringify(small()))).toEqual({ ok: true, definition: small() });
  });

  it("answers invalid JSON with one clear error", () => {
    const result = parseFrameworkJson("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.path).toBe("");
      expect(result.errors[0]!.message).toMatch(/^The file is not valid JSON/);
    }
  });

  it("refuses a file that is not a framework", () => {
    expect(parseFrameworkJson("[]")).toEqual({ ok: false, errors: [{ path: "", message: "Invalid input: expected object, received array" }] });
  });
});
