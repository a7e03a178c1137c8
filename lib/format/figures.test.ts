import { describe, expect, it } from "vitest";
import { count, duration, NONE, percent, score, scoreChange } from "./figures";

describe("figures", () => {
  it("writes scores and their change with two decimals, the change signed", () => {
    expect(score(3.8125)).toBe("3.81");
    expect(score(null)).toBe(NONE);
    expect(scoreChange(0.2125)).toBe("+0.21");
    expect(scoreChange(-0.05)).toBe("-0.05");
    expect(scoreChange(0)).toBe("0.00");
    expect(scoreChange(null)).toBe(NONE);
  });

  it("writes rates, durations and counts", () => {
    expect(percent(0.1951219512195122)).toBe("19.5 %");
    expect(percent(null)).toBe(NONE);
    expect(duration(10)).toBe("10 days");
    expect(duration(21)).toBe("3 weeks");
    expect(duration(412.5)).toBe("14 months");
    expect(duration(913.125)).toBe("2.5 years");
    expect(duration(null)).toBe(NONE);
    expect(count(12_345)).toBe("12,345");
  });
});
