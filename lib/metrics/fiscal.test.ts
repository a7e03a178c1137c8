import { describe, expect, it } from "vitest";
import { formatDate, parseDate } from "@/lib/dates";
import { fiscalQuarterOf, fiscalQuarterRange, formatFiscalQuarter, previousFiscalQuarter } from "./fiscal";

describe("fiscal quarters", () => {
  it("follows the calendar when the fiscal year starts in January", () => {
    expect(fiscalQuarterOf(parseDate("2026-01-01"), 1)).toEqual({ fiscalYear: 2026, quarter: 1 });
    expect(fiscalQuarterOf(parseDate("2026-12-31"), 1)).toEqual({ fiscalYear: 2026, quarter: 4 });
  });

  it("names the fiscal year by the calendar year it ends in", () => {
    // July start: FY2027 = 2026-07-01 … 2027-06-30.
    expect(fiscalQuarterOf(parseDate("2026-07-01"), 7)).toEqual({ fiscalYear: 2027, quarter: 1 });
    expect(fiscalQuarterOf(parseDate("2026-06-30"), 7)).toEqual({ fiscalYear: 2026, quarter: 4 });
    expect(fiscalQuarterOf(parseDate("2027-01-15"), 7)).toEqual({ fiscalYear: 2027, quarter: 3 });
    // February start: Feb–Apr Q1, May–Jul Q2, Aug–Oct Q3, Nov–Jan Q4.
    expect(fiscalQuarterOf(parseDate("2026-11-21"), 2)).toEqual({ fiscalYear: 2027, quarter: 4 });
    expect(fiscalQuarterOf(parseDate("2027-01-31"), 2)).toEqual({ fiscalYear: 2027, quarter: 4 });
  });

  it("gives inclusive ranges that cross calendar years", () => {
    const q = fiscalQuarterRange({ fiscalYear: 2027, quarter: 4 }, 2);
    expect([formatDate(q.start), formatDate(q.end)]).toEqual(["2026-11-01", "2027-01-31"]);
    const jan = fiscalQuarterRange({ fiscalYear: 2026, quarter: 1 }, 1);
    expect([formatDate(jan.start), formatDate(jan.end)]).toEqual(["2026-01-01", "2026-03-31"]);
    const july = fiscalQuarterRange({ fiscalYear: 2027, quarter: 1 }, 7);
    expect([formatDate(july.start), formatDate(july.end)]).toEqual(["2026-07-01", "2026-09-30"]);
  });

  it("round-trips every month of every start month", () => {
    for (let start = 1; start <= 12; start++) {
      for (let month = 1; month <= 12; month++) {
        const day = parseDate(`2026-${String(month).padStart(2, "0")}-15`);
        const range = fiscalQuarterRange(fiscalQuarterOf(day, start), start);
        expect(range.start.getTime()).toBeLessThanOrEqual(day.getTime());
        expect(range.end.getTime()).toBeGreaterThanOrEqual(day.getTime());
      }
    }
  });

  it("steps back across a fiscal year and formats", () => {
    expect(previousFiscalQuarter({ fiscalYear: 2027, quarter: 1 })).toEqual({ fiscalYear: 2026, quarter: 4 });
    expect(formatFiscalQuarter({ fiscalYear: 2027, quarter: 2 })).toBe("FY2027 Q2");
  });

  it("refuses a start month outside 1–12", () => {
    expect(() => fiscalQuarterOf(parseDate("2026-01-01"), 13)).toThrow(RangeError);
  });
});
