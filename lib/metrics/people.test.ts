import { describe, expect, it } from "vitest";
import { formatDate, parseDate } from "@/lib/dates";
import { annualisedAttrition } from "./attrition";
import { checkInCoverage, dueDatesBetween, nthDueDate } from "./coverage";
import { timeInLevelDays } from "./time-in-level";

const d = parseDate;

describe("attrition", () => {
  it("annualises departures over the average headcount", () => {
    // 3 departures, headcount 100 → 98: average 99; quarterly 3/99, annualised ×4 = 12.12 %.
    expect(annualisedAttrition({ departures: 3, headcountStart: 100, headcountEnd: 98, periodMonths: 3 })).toBeCloseTo(0.121212, 5);
    // A full year is not scaled: 12 departures over an average of 60 = 20 %.
    expect(annualisedAttrition({ departures: 12, headcountStart: 50, headcountEnd: 70, periodMonths: 12 })).toBeCloseTo(0.2, 10);
  });

  it("is null with no headcount and zero with no departures", () => {
    expect(annualisedAttrition({ departures: 0, headcountStart: 0, headcountEnd: 0, periodMonths: 3 })).toBeNull();
    expect(annualisedAttrition({ departures: 0, headcountStart: 10, headcountEnd: 10, periodMonths: 3 })).toBe(0);
  });
});

describe("time in level", () => {
  it("counts days since the assignment began", () => {
    expect(timeInLevelDays(d("2026-01-01"), d("2026-11-21"))).toBe(324);
    expect(timeInLevelDays(d("2026-11-21"), d("2026-11-21"))).toBe(0);
    expect(timeInLevelDays(d("2026-12-01"), d("2026-11-21"))).toBe(0);
  });
});

describe("check-in due dates", () => {
  it("steps from the anchor by the cadence", () => {
    expect(formatDate(nthDueDate(d("2026-01-05"), "WEEKLY", 3))).toBe("2026-01-26");
    expect(formatDate(nthDueDate(d("2026-01-05"), "BIWEEKLY", 2))).toBe("2026-02-02");
    expect(formatDate(nthDueDate(d("2026-01-31"), "MONTHLY", 1))).toBe("2026-02-28");
    expect(formatDate(nthDueDate(d("2026-01-31"), "MONTHLY", 2))).toBe("2026-03-31");
  });

  it("lists due dates inside a window", () => {
    const dates = dueDatesBetween(d("2026-01-05"), "BIWEEKLY", d("2026-01-10"), d("2026-02-16"));
    expect(dates.map(formatDate)).toEqual(["2026-01-19", "2026-02-02", "2026-02-16"]);
  });
});

describe("check-in coverage", () => {
  const dueDates = [d("2026-03-02"), d("2026-03-16"), d("2026-03-30")];

  it("counts a check-in within the grace period as on time", () => {
    // 03-02 met on 03-02; 03-16 met on 03-18 (2 days' grace); 03-30 met on 04-02 — too late.
    const result = checkInCoverage({
      dueDates,
      previousDueDate: d("2026-02-16"),
      checkInDates: [d("2026-03-02"), d("2026-03-18"), d("2026-04-02")],
      graceDays: 2,
    });
    expect(result).toEqual({ due: 3, onTime: 2, rate: 2 / 3 });
  });

  it("counts each check-in once", () => {
    // Two check-ins early in the first window cover one due date only, not two.
    const result = checkInCoverage({
      dueDates: dueDates.slice(0, 2),
      previousDueDate: d("2026-02-16"),
      checkInDates: [d("2026-02-25"), d("2026-02-27")],
      graceDays: 2,
    });
    expect(result.onTime).toBe(1);
  });

  it("does not let a check-in from before the window meet its first due date", () => {
    // The window starts at 03-02 (previous due 02-16); a check-in on 02-10 belongs to 02-16.
    const result = checkInCoverage({ dueDates, previousDueDate: d("2026-02-16"), checkInDates: [d("2026-02-10")], graceDays: 2 });
    expect(result).toEqual({ due: 3, onTime: 0, rate: 0 });
  });

  it("accepts any earlier check-in for the very first due date of a cadence", () => {
    const result = checkInCoverage({ dueDates: [d("2026-03-02")], previousDueDate: null, checkInDates: [d("2026-02-20")], graceDays: 0 });
    expect(result.onTime).toBe(1);
  });

  it("gives no rate when nothing was due", () => {
    expect(checkInCoverage({ dueDates: [], previousDueDate: null, checkInDates: [d("2026-03-02")], graceDays: 2 })).toEqual({
      due: 0,
      onTime: 0,
      rate: null,
    });
  });
});
