import { describe, expect, it } from "vitest";
import { containsText, startsWithText } from "./search";

describe("text search conditions", () => {
  it("escape LIKE's wildcards and its escape character, and nothing else", () => {
    expect(containsText("50%_off\\x")).toEqual({ contains: "50\\%\\_off\\\\x", mode: "insensitive" });
    expect(containsText("Ana María")).toEqual({ contains: "Ana María", mode: "insensitive" });
    expect(startsWithText("a_b@")).toEqual({ startsWith: "a\\_b@" });
  });
});
