import { describe, expect, it } from "vitest";

import type { TrackDefinition } from "@/lib/frameworks/definition";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { Pillar } from "@/lib/generated/prisma/enums";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function track(key: string): TrackDefinition {
  const found = DEFAULT_FRAMEWORK.tracks.find((t) => t.key === key);
  if (!found) throw new Error(`track ${key} missing`);
  return found;
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe("DEFAULT_FRAMEWORK", () => {
  it("is named and has exactly the management and IC tracks with unique keys", () => {
    expect(DEFAULT_FRAMEWORK.name).toBe("Engineering Management");
    expect(DEFAULT_FRAMEWORK.description.trim()).not.toBe("");
    expect(DEFAULT_FRAMEWORK.tracks.map((t) => [t.key, t.kind])).toEqual([
      ["management", "MANAGEMENT"],
      ["ic", "INDIVIDUAL_CONTRIBUTOR"],
    ]);
  });

  it("has the management levels M1–M5 and IC levels E1–E5 in order", () => {
    expect(track("management").levels.map((l) => [l.code, l.name])).toEqual([
      ["M1", "Engineering Manager"],
      ["M2", "Senior Engineering Manager"],
      ["M3", "Director of Engineering"],
      ["M4", "Senior Director of Engineering"],
      ["M5", "VP of Engineering"],
    ]);
    expect(track("ic").levels.map((l) => [l.code, l.name])).toEqual([
      ["E1", "Engineer"],
      ["E2", "Engineer II"],
      ["E3", "Senior Engineer"],
      ["E4", "Staff Engineer"],
      ["E5", "Principal Engineer"],
    ]);
  });

  describe.each(DEFAULT_FRAMEWORK.tracks.map((t) => [t.key, t] as const))("track %s", (_key, t) => {
    const codes = t.levels.map((l) => l.code);

    it("has unique level codes and a distinct, non-empty summary for every level", () => {
      expect(duplicates(codes)).toEqual([]);
      for (const level of t.levels) {
        expect(level.name.trim(), level.code).not.toBe("");
        expect(level.summary.trim(), level.code).not.toBe("");
      }
      expect(duplicates(t.levels.map((l) => l.summary))).toEqual([]);
    });

    it("has unique lower-kebab-case competency keys and unique names", () => {
      const keys = t.competencies.map((c) => c.key);
      expect(duplicates(keys)).toEqual([]);
      expect(duplicates(t.competencies.map((c) => c.name))).toEqual([]);
      for (const key of keys) expect(key).toMatch(KEBAB);
    });

    it("gives every competency a non-empty expectation for exactly the track's level codes", () => {
      for (const c of t.competencies) {
        expect(c.name.trim(), c.key).not.toBe("");
        expect(c.description.trim(), c.key).not.toBe("");
        expect(Object.keys(c.expectations).sort(), c.key).toEqual([...codes].sort());
        for (const code of codes) {
          const text = c.expectations[code] ?? "";
          expect(text.trim().length, `${c.key} ${code}`).toBeGreaterThan(40);
        }
      }
    });

    it("changes every competency's expectation from one level to the next", () => {
      for (const c of t.competencies) {
        const texts = codes.map((code) => (c.expectations[code] ?? "").trim().toLowerCase());
        for (let i = 1; i < texts.length; i++) {
          expect(texts[i], `${c.key} ${codes[i - 1]} → ${codes[i]}`).not.toBe(texts[i - 1]);
        }
        expect(duplicates(texts), c.key).toEqual([]);
      }
    });

    it("covers all four pillars", () => {
      const pillars = new Set(t.competencies.map((c) => c.pillar));
      expect([...pillars].sort()).toEqual(Object.values(Pillar).sort());
    });
  });

  it("management track has 12–14 competencies, at least two per pillar", () => {
    const { competencies } = track("management");
    expect(competencies.length).toBeGreaterThanOrEqual(12);
    expect(competencies.length).toBeLessThanOrEqual(14);
    for (const pillar of Object.values(Pillar)) {
      expect(competencies.filter((c) => c.pillar === pillar).length, pillar).toBeGreaterThanOrEqual(2);
    }
  });

  it("management track covers engineering, people, delivery and the V-shaped domains", () => {
    const domains = new Set(track("management").competencies.map((c) => c.domain));
    for (const domain of ["ENGINEERING", "PEOPLE", "DELIVERY", "STRATEGY", "FINANCE", "PRODUCT", "M_AND_A"] as const) {
      expect(domains.has(domain), domain).toBe(true);
    }
  });

  it("IC track has 6–8 competencies", () => {
    const n = track("ic").competencies.length;
    expect(n).toBeGreaterThanOrEqual(6);
    expect(n).toBeLessThanOrEqual(8);
  });

  it("uses British spelling of organisation", () => {
    const text = JSON.stringify(DEFAULT_FRAMEWORK);
    expect(text).not.toMatch(/organiz|prioritiz|judgment\b|behavior/i);
  });
});
