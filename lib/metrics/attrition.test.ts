import { describe, expect, it } from "vitest";
import { formatDate, parseDate } from "@/lib/dates";
import { annualisedAttrition, annualisedRate, attritionFigures, countAttrition, inHeadcount, quarterPeriod, recentQuarters, type Employment } from "./attrition";

const d = parseDate;
const Q1 = { start: d("2026-01-01"), end: d("2026-03-31") };
/** `n` people employed throughout. */
const stayers = (n: number): Employment[] => Array.from({ length: n }, () => ({ startDate: d("2024-01-01"), endDate: null }));

describe("annualised attrition", () => {
  it("divides departures by the mean of the start and end headcount and annualises a quarter by 4", () => {
    // 2 departures, headcount 40 → 42: average 41; 2 ÷ 41 = 4.878 % a quarter, × 4 = 19.51 % a year.
    expect(annualisedAttrition({ departures: 2, headcountStart: 40, headcountEnd: 42, periodMonths: 3 })).toBeCloseTo(0.195122, 5);
  });

  it("is null when nobody was employed, and zero without departures", () => {
    expect(annualisedAttrition({ departures: 0, headcountStart: 0, headcountEnd: 0, periodMonths: 3 })).toBeNull();
    expect(annualisedAttrition({ departures: 0, headcountStart: 5, headcountEnd: 5, periodMonths: 3 })).toBe(0);
  });

  it("refuses a period without length", () => {
    expect(() => annualisedAttrition({ departures: 1, headcountStart: 1, headcountEnd: 1, periodMonths: 0 })).toThrow(RangeError);
  });
});

describe("headcount and the counts of a period", () => {
  it("keeps someone in headcount through their last day and takes them out after it", () => {
    const leaver = { startDate: d("2025-06-01"), endDate: d("2026-02-10") };
    expect(inHeadcount(leaver, d("2026-02-10"))).toBe(true);
    expect(inHeadcount(leaver, d("2026-02-11"))).toBe(false);
    expect(inHeadcount(leaver, d("2025-05-31"))).toBe(false);
  });

  it("counts a quarter with two departures, one of them regrettable, and a hire", () => {
    // 40 people on Jan 1. Two leave during the quarter (Feb 10 voluntary and regrettable; Mar 5
    // involuntary), four are hired in February: on Mar 31 the headcount is 40 − 2 + 4 = 42.
    const leavers = [{ startDate: d("2024-01-01"), endDate: d("2026-02-10") }, { startDate: d("2024-01-01"), endDate: d("2026-03-05") }];
    const hires = Array.from({ length: 4 }, () => ({ startDate: d("2026-02-15"), endDate: null }));
    const people = [...stayers(38), ...leavers, ...hires];
    const departures = [
      { date: d("2026-02-10"), voluntary: true, regrettable: true },
      { date: d("2026-03-05"), voluntary: false, regrettable: false },
      { date: d("2025-12-31"), voluntary: true, regrettable: true }, // the quarter before: not counted
    ];
    const counts = countAttrition(people, departures, Q1);
    expect(counts).toEqual({ headcountStart: 40, headcountEnd: 42, departures: 2, regrettable: 1, voluntary: 1 });
    const figures = attritionFigures(counts, 3);
    // 2 ÷ 41 × 4 = 19.5 %; regrettable and voluntary 1 ÷ 41 × 4 = 9.76 %.
    expect(figures.attrition).toBeCloseTo(0.1951, 4);
    expect(figures.regrettableAttrition).toBeCloseTo(0.0976, 4);
    expect(figures.voluntaryAttrition).toBeCloseTo(0.0976, 4);
  });

  it("counts someone who left on the quarter's first day in the start headcount and as a departure", () => {
    // 10 on Jan 1 (the leaver included, whose last day it is), 9 on Mar 31: 1 ÷ 9.5 × 4 = 42.1 %.
    const people = [...stayers(9), { startDate: d("2024-01-01"), endDate: d("2026-01-01") }];
    const counts = countAttrition(people, [{ date: d("2026-01-01"), voluntary: true, regrettable: false }], Q1);
    expect(counts).toEqual({ headcountStart: 10, headcountEnd: 9, departures: 1, regrettable: 0, voluntary: 1 });
    expect(attritionFigures(counts, 3).attrition).toBeCloseTo(0.421053, 5);
    expect(attritionFigures(counts, 3).regrettableAttrition).toBe(0);
  });

  it("counts a hire during the quarter in the end headcount only", () => {
    // 4 on Jan 1, 5 on Mar 31, one departure on Mar 31 (still in headcount that day): 1 ÷ 4.5 × 4.
    const people = [...stayers(3), { startDate: d("2024-01-01"), endDate: d("2026-03-31") }, { startDate: d("2026-03-01"), endDate: null }];
    const counts = countAttrition(people, [{ date: d("2026-03-31"), voluntary: false, regrettable: false }], Q1);
    expect(counts).toMatchObject({ headcountStart: 4, headcountEnd: 5, departures: 1 });
    expect(attritionFigures(counts, 3).attrition).toBeCloseTo(0.888889, 5);
  });

  it("has no rates for a subtree without anyone in it", () => {
    const figures = attritionFigures(countAttrition([], [], Q1), 3);
    expect(figures).toEqual({ headcountStart: 0, headcountEnd: 0, departures: 0, regrettable: 0, voluntary: 0, attrition: null, regrettableAttrition: null, voluntaryAttrition: null });
  });
});

describe("recent quarters", () => {
  it("lists four fiscal quarters oldest first, the current one to date with its elapsed share of three months", () => {
    // July fiscal start; 2026-08-15 is in FY2027 Q1 (Jul 1 – Sep 30, 92 days), 46 days elapsed.
    const quarters = recentQuarters(d("2026-08-15"), 7, 4);
    expect(quarters.map((q) => [q.label, formatDate(q.start), formatDate(q.end), q.toDate])).toEqual([
      ["FY2026 Q2", "2025-10-01", "2025-12-31", false],
      ["FY2026 Q3", "2026-01-01", "2026-03-31", false],
      ["FY2026 Q4", "2026-04-01", "2026-06-30", false],
      ["FY2027 Q1", "2026-07-01", "2026-08-15", true],
    ]);
    expect(quarters[0]!.months).toBe(3);
    expect(quarters[3]!.months).toBeCloseTo((3 * 46) / 92, 10);
  });

  it("treats the quarter's last day as a whole quarter", () => {
    const [last] = recentQuarters(d("2026-03-31"), 1, 1);
    expect(last).toMatchObject({ label: "FY2026 Q1", toDate: false, months: 3 });
  });
});

describe("annualised rate of other events (promotions)", () => {
  it("uses the same average headcount and annualising as attrition", () => {
    // 3 promotions over half a quarter (1.5 months), headcount 50 → 54: 3 ÷ 52 × 12 ÷ 1.5 = 46.15 % a year.
    expect(annualisedRate({ count: 3, headcountStart: 50, headcountEnd: 54, periodMonths: 1.5 })).toBeCloseTo(0.461538, 5);
    expect(annualisedRate({ count: 2, headcountStart: 0, headcountEnd: 0, periodMonths: 3 })).toBeNull();
  });
});

describe("one quarter as a period", () => {
  it("has no length before it begins, and counts a quarter in the past whole", () => {
    // FY2027 Q2 with a July start is Oct 1 – Dec 31; on Sep 20 it has not begun.
    expect(quarterPeriod({ fiscalYear: 2027, quarter: 2 }, 7, d("2026-09-20")).months).toBe(0);
    const past = quarterPeriod({ fiscalYear: 2026, quarter: 1 }, 1, d("2026-09-20"));
    expect([formatDate(past.start), formatDate(past.end), past.months, past.toDate]).toEqual(["2026-01-01", "2026-03-31", 3, false]);
  });
});
