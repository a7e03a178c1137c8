import { describe, expect, it } from "vitest";
import { ERASED_TEXT, eraseFields, eraseFreeText, formerEmployeeName, jsonTextNeedles, nameMatcher, replaceNames } from "./scrub";

const replacement = formerEmployeeName(12);

describe("replaceNames", () => {
  it("replaces every name and email in strings and keys, at any depth, case-insensitively", () => {
    const matcher = nameMatcher(["Ada Lovelace", "ada@acme.test", "Ada"]);
    const data = {
      people: [{ name: "Ada Lovelace", email: "ADA@acme.test", score: 4 }],
      "Ada Lovelace": { note: "ada lovelace's growth step; Ada said so" },
      top: ["Risk for Ada Lovelace (ada@acme.test)."],
    };
    expect(replaceNames(data, matcher, replacement)).toEqual({
      people: [{ name: replacement, email: replacement, score: 4 }],
      [replacement]: { note: `${replacement}'s growth step; ${replacement} said so` },
      top: [`Risk for ${replacement} (${replacement}).`],
    });
  });

  it("matches whole words only, so a short name never mangles other words", () => {
    const matcher = nameMatcher(["Ada"]);
    expect(replaceNames("Canada, Adam and Ada_x stay; Ada goes", matcher, replacement)).toBe(`Canada, Adam and Ada_x stay; ${replacement} goes`);
  });

  it("treats quotes, backslashes and regex characters in names literally", () => {
    const name = String.raw`Zoë "Z" O'Brien \ (Jr.)+`;
    const matcher = nameMatcher([name]);
    expect(replaceNames({ who: `By ${name}.` }, matcher, replacement)).toEqual({ who: `By ${replacement}.` });
    expect(replaceNames("By Zoë Z O'Brien", matcher, replacement)).toBe("By Zoë Z O'Brien");
  });

  it("does nothing without a name", () => {
    expect(nameMatcher(["", "  ", null as unknown as string])).toBeNull();
    expect(replaceNames({ a: "x" }, null, replacement)).toEqual({ a: "x" });
  });
});

describe("eraseFreeText", () => {
  it("erases prose and keeps figures: numbers, booleans, enum values, dates and keys", () => {
    const changes = {
      level: { from: "MEDIUM", to: "HIGH" },
      factors: ["COMPENSATION", "EXTERNAL_OFFER"],
      regrettable: true,
      nextReviewDate: "2026-03-01",
      at: "2026-03-01T10:00:00.000Z",
      notes: { from: null, to: "Has an offer from Initech" },
      score: 3,
    };
    expect(eraseFreeText(changes)).toEqual({ ...changes, notes: { from: null, to: ERASED_TEXT } });
  });
});

describe("eraseFields", () => {
  it("nulls the named keys at any depth and leaves the rest", () => {
    expect(eraseFields({ employeeId: "E-1", name: "A", nested: { title: "CTO", teamId: 3 } }, ["employeeId", "title"])).toEqual({
      employeeId: null,
      name: "A",
      nested: { title: null, teamId: 3 },
    });
  });
});

describe("jsonTextNeedles", () => {
  it("escapes names the way Postgres prints them inside jsonb text, lower-cased and without duplicates", () => {
    expect(jsonTextNeedles(['Ann "A" B\\C', "ann \"a\" b\\c", "Bo"])).toEqual(['ann \\"a\\" b\\\\c', "bo"]);
  });
});
