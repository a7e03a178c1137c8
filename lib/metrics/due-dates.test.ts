import { describe, expect, it } from "vitest";
import { businessDate, formatDate, parseDate } from "@/lib/dates";
import { checkInCoverage } from "./coverage";
import {
  dueDateAnswered, dueDateOutcomes, firstDueDate, nextDueState, previousDueDate, scheduleCoverage, scheduleDueDates, type DueOutcome, type ScheduleSegment,
} from "./due-dates";

// Hand-computed examples. 2026-01-05 and 2025-06-02 are Mondays; grace is 2 days unless stated.

const d = parseDate;
const iso = (dates: Date[]) => dates.map(formatDate);

const biweekly: ScheduleSegment[] = [{ cadence: "BIWEEKLY", anchor: d("2026-03-02"), effectiveFrom: null }];
// Weekly on Mondays since the start, then monthly on the 20th from 2026-02-10 (mid FY2026 Q1).
const weeklyThenMonthly: ScheduleSegment[] = [
  { cadence: "MONTHLY", anchor: d("2026-02-20"), effectiveFrom: d("2026-02-10") },
  { cadence: "WEEKLY", anchor: d("2025-06-02"), effectiveFrom: d("2025-06-02") },
];

describe("schedule due dates", () => {
  it("follows each segment only while it is in force", () => {
    expect(iso(scheduleDueDates(weeklyThenMonthly, d("2026-01-01"), d("2026-03-31")))).toEqual([
      "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-20", "2026-03-20",
    ]);
  });

  it("has none before the start date or after the end date", () => {
    const weekly: ScheduleSegment[] = [{ cadence: "WEEKLY", anchor: d("2026-01-05"), effectiveFrom: null }];
    const employment = { startDate: d("2026-01-20"), endDate: d("2026-02-03") };
    expect(iso(scheduleDueDates(weekly, d("2026-01-01"), d("2026-02-28"), employment))).toEqual(["2026-01-26", "2026-02-02"]);
    expect(previousDueDate(weekly, d("2026-01-22"), employment)).toBeNull();
  });

  it("keeps a monthly anchor on the 31st at each month's end", () => {
    const monthly: ScheduleSegment[] = [{ cadence: "MONTHLY", anchor: d("2026-01-31"), effectiveFrom: null }];
    expect(iso(scheduleDueDates(monthly, d("2026-02-01"), d("2026-04-30")))).toEqual(["2026-02-28", "2026-03-31", "2026-04-30"]);
    expect(formatDate(previousDueDate(monthly, d("2026-03-01"))!)).toBe("2026-02-28");
    const leap: ScheduleSegment[] = [{ cadence: "MONTHLY", anchor: d("2027-12-31"), effectiveFrom: null }];
    expect(iso(scheduleDueDates(leap, d("2028-02-01"), d("2028-03-31")))).toEqual(["2028-02-29", "2028-03-31"]);
  });

  it("finds the due date before a window across a change", () => {
    expect(formatDate(previousDueDate(weeklyThenMonthly, d("2026-01-01"))!)).toBe("2025-12-29");
    // The monthly segment's first due date (Feb 20) is not before Feb 15: the weekly one's last is.
    expect(formatDate(previousDueDate(weeklyThenMonthly, d("2026-02-15"))!)).toBe("2026-02-09");
    expect(formatDate(previousDueDate(weeklyThenMonthly, d("2026-03-21"))!)).toBe("2026-03-20");
    expect(previousDueDate(biweekly, d("2026-03-02"))).toBeNull();
    expect(formatDate(firstDueDate(weeklyThenMonthly)!)).toBe("2025-06-02");
  });
});

describe("the due date a check-in answers", () => {
  it("is the first due date whose grace period has not ended", () => {
    expect(formatDate(dueDateAnswered(biweekly, d("2026-02-20"), 2)!)).toBe("2026-03-02");
    expect(formatDate(dueDateAnswered(biweekly, d("2026-03-04"), 2)!)).toBe("2026-03-02"); // last day of grace
    expect(formatDate(dueDateAnswered(biweekly, d("2026-03-05"), 2)!)).toBe("2026-03-16"); // a day too late
    expect(formatDate(dueDateAnswered(biweekly, d("2026-03-03"), 0)!)).toBe("2026-03-16");
  });

  it("uses the org's business date: late on the 16th UTC is the 17th in Tokyo", () => {
    const instant = new Date("2026-03-16T20:00:00Z");
    const weekly: ScheduleSegment[] = [{ cadence: "WEEKLY", anchor: d("2026-03-14"), effectiveFrom: null }];
    expect(formatDate(dueDateAnswered(weekly, businessDate(instant, "UTC"), 2)!)).toBe("2026-03-14");
    expect(formatDate(dueDateAnswered(weekly, businessDate(instant, "Asia/Tokyo"), 2)!)).toBe("2026-03-21");
    const window = { segments: weekly, from: d("2026-03-14"), to: d("2026-03-14"), graceDays: 2 };
    expect(scheduleCoverage({ ...window, checkInDates: [businessDate(instant, "UTC")] }).onTime).toBe(1);
    expect(scheduleCoverage({ ...window, checkInDates: [businessDate(instant, "Asia/Tokyo")] }).onTime).toBe(0);
  });
});

describe("next due state", () => {
  const state = (today: string, last: string | null, graceDays = 2, segments = biweekly) =>
    nextDueState({ segments, lastCheckInDate: last ? d(last) : null, today: d(today), graceDays });

  it("moves from upcoming to due to overdue at the grace boundary", () => {
    expect(state("2026-03-01", null)).toMatchObject({ state: "UPCOMING", daysOverdue: 0, missed: 0 });
    expect(state("2026-03-02", null)).toMatchObject({ state: "DUE", daysOverdue: 0 });
    expect(state("2026-03-04", null)).toMatchObject({ state: "DUE", daysOverdue: 0 });
    expect(state("2026-03-05", null)).toMatchObject({ state: "OVERDUE", daysOverdue: 3, missed: 1 });
    expect(state("2026-03-03", null, 0)).toMatchObject({ state: "OVERDUE", daysOverdue: 1, missed: 1 });
    expect(formatDate(state("2026-03-05", null).nextDue!)).toBe("2026-03-02");
  });

  it("starts after the due date the last check-in answered and counts the missed ones", () => {
    const afterLate = state("2026-03-20", "2026-03-04");
    expect(formatDate(afterLate.nextDue!)).toBe("2026-03-16");
    expect(afterLate).toMatchObject({ state: "OVERDUE", daysOverdue: 4, missed: 1 });
    // Mar 16 and Mar 30 passed their grace by Apr 2; Apr 13 has not come.
    expect(state("2026-04-02", "2026-03-04")).toMatchObject({ state: "OVERDUE", daysOverdue: 17, missed: 2 });
    expect(state("2026-03-10", "2026-03-04")).toMatchObject({ state: "UPCOMING", missed: 0 });
  });

  it("follows a cadence change", () => {
    const overdueWeekly = state("2026-02-12", "2026-02-03", 2, weeklyThenMonthly);
    expect(formatDate(overdueWeekly.nextDue!)).toBe("2026-02-09");
    expect(overdueWeekly).toMatchObject({ state: "OVERDUE", daysOverdue: 3, missed: 1 });
    // Feb 10 answers Feb 9 (within grace); the next is the monthly Feb 20.
    expect(formatDate(state("2026-02-15", "2026-02-10", 2, weeklyThenMonthly).nextDue!)).toBe("2026-02-20");
    expect(state("2026-03-25", "2026-02-10", 2, weeklyThenMonthly)).toMatchObject({ state: "OVERDUE", daysOverdue: 33, missed: 2 });
  });

  it("keeps a monthly anchor on the 31st", () => {
    const monthly: ScheduleSegment[] = [{ cadence: "MONTHLY", anchor: d("2026-01-31"), effectiveFrom: null }];
    const result = state("2026-04-03", "2026-02-27", 2, monthly);
    expect(formatDate(result.nextDue!)).toBe("2026-03-31");
    expect(result).toMatchObject({ state: "OVERDUE", daysOverdue: 3, missed: 1 });
  });
});

describe("coverage over a window with a cadence change", () => {
  it("counts the weekly and the monthly due dates of the quarter", () => {
    // Due: Jan 5, 12, 19, 26, Feb 2, 9 (weekly), Feb 20, Mar 20 (monthly) = 8.
    // Met: Jan 5 (Jan 5), Jan 12 (Jan 14, last day of grace), Jan 19 missed (Jan 22 is late, so it
    // meets Jan 26), Feb 2 (Feb 3), Feb 9 missed (Feb 12 meets Feb 20), Mar 20 missed (Mar 23 late).
    const checkInDates = ["2025-12-30", "2026-01-05", "2026-01-14", "2026-01-22", "2026-02-03", "2026-02-12", "2026-03-23"].map(d);
    const result = scheduleCoverage({ segments: weeklyThenMonthly, from: d("2026-01-01"), to: d("2026-03-31"), checkInDates, graceDays: 2 });
    expect(result).toEqual({ due: 8, onTime: 5, rate: 0.625 });
  });

  it("does not let a check-in that answered a due date before the window meet one inside it", () => {
    const weekly: ScheduleSegment[] = [{ cadence: "WEEKLY", anchor: d("2025-06-02"), effectiveFrom: null }];
    // Dec 30 answers Dec 29 (within its grace), so Jan 5 stays unmet.
    const result = scheduleCoverage({ segments: weekly, from: d("2026-01-01"), to: d("2026-01-05"), checkInDates: [d("2025-12-30")], graceDays: 2 });
    expect(result).toEqual({ due: 1, onTime: 0, rate: 0 });
  });

  it("is empty when the window closes before it opens", () => {
    expect(scheduleCoverage({ segments: biweekly, from: d("2026-03-10"), to: d("2026-03-01"), checkInDates: [], graceDays: 2 }).rate).toBeNull();
  });
});

describe("due date outcomes over the whole history", () => {
  const rows = (outcomes: DueOutcome[]) => outcomes.map((o) => [formatDate(o.dueDate), formatDate(o.deadline), o.metOn && formatDate(o.metOn)]);
  // Biweekly from Monday 2026-03-02, the start date. Two check-ins on Mar 3, one on Mar 20, one on Apr 16.
  const employment = { startDate: d("2026-03-02"), endDate: null };
  const checkInDates = ["2026-03-20", "2026-03-03", "2026-04-16", "2026-03-03"].map(d);
  const outcomes = (through: string, end: string | null = null) =>
    rows(dueDateOutcomes({ segments: biweekly, checkInDates, graceDays: 2, through: d(through), employment: { ...employment, endDate: end === null ? null : d(end) } }));

  it("meets each due date with the earliest unused check-in after the one before, up to its deadline", () => {
    expect(outcomes("2026-04-27")).toEqual([
      ["2026-03-02", "2026-03-04", "2026-03-03"], // within grace
      ["2026-03-16", "2026-03-18", "2026-03-03"], // the second check-in of Mar 3: each counts once
      ["2026-03-30", "2026-04-01", "2026-03-20"], // Mar 20 was late for Mar 16, early for Mar 30
      ["2026-04-13", "2026-04-15", null], // Apr 16 is a day after its grace
      ["2026-04-27", "2026-04-29", "2026-04-16"],
    ]);
  });

  it("stops at the horizon or the end date without changing earlier outcomes", () => {
    expect(outcomes("2026-04-12")).toEqual(outcomes("2026-04-27").slice(0, 3));
    expect(outcomes("2026-12-31", "2026-04-14")).toEqual(outcomes("2026-04-27").slice(0, 4));
    expect(outcomes("2026-03-01")).toEqual([]);
    expect(dueDateOutcomes({ segments: [], checkInDates, graceDays: 2, through: d("2026-12-31") })).toEqual([]);
  });

  it("lets a check-in before the first due date meet it, and follows a cadence change", () => {
    const weekly: ScheduleSegment[] = [{ cadence: "WEEKLY", anchor: d("2026-01-12"), effectiveFrom: d("2026-01-01") }];
    expect(rows(dueDateOutcomes({ segments: weekly, checkInDates: [d("2026-01-02")], graceDays: 0, through: d("2026-01-19") })))
      .toEqual([["2026-01-12", "2026-01-12", "2026-01-02"], ["2026-01-19", "2026-01-19", null]]);
    // Weekly to Feb 9, then monthly on the 20th; Feb 12 was late for Feb 9 and meets Feb 20.
    const changed = rows(dueDateOutcomes({ segments: weeklyThenMonthly, checkInDates: [d("2026-02-03"), d("2026-02-12")], graceDays: 2, through: d("2026-03-20") }));
    expect(changed.slice(-4)).toEqual([
      ["2026-02-02", "2026-02-04", "2026-02-03"], ["2026-02-09", "2026-02-11", null],
      ["2026-02-20", "2026-02-22", "2026-02-12"], ["2026-03-20", "2026-03-22", null],
    ]);
    expect(changed.length).toBe(37 + 2); // 37 Mondays 2025-06-02 … 2026-02-09, then Feb 20 and Mar 20
  });

  it("counts what the list matching of lib/metrics/coverage counts over the same history", () => {
    // Met: Jun 2 (Jun 1), Jun 9 (Jun 10), Jun 30 (Jul 1), Dec 29 (Dec 30), Jan 5, Jan 12 (Jan 14),
    // Jan 26 (Jan 22), Feb 20 (Feb 12); every other Monday to Feb 9 and Mar 20 missed.
    const dates = ["2025-06-01", "2025-06-10", "2025-07-01", "2025-12-30", "2026-01-05", "2026-01-14", "2026-01-22", "2026-02-12", "2026-03-23"].map(d);
    const through = d("2026-03-31");
    const met = dueDateOutcomes({ segments: weeklyThenMonthly, checkInDates: dates, graceDays: 2, through }).filter((o) => o.metOn).length;
    const listed = checkInCoverage({ dueDates: scheduleDueDates(weeklyThenMonthly, d("2025-01-01"), through), previousDueDate: null, checkInDates: dates, graceDays: 2 });
    expect(met).toBe(listed.onTime);
    expect(met).toBe(8);
  });
});

describe("coverage does not depend on where a window starts", () => {
  // Weekly on Mondays from 2025-12-01. Sunday Dec 28 meets Monday Dec 29; Tuesday Dec 30, inside
  // Dec 29's grace but after it, is the first check-in after Dec 29 and so meets Jan 5 early.
  // Deliberate: before, a window starting on Jan 1 dropped Dec 30 as "answering" Dec 29 (0 of 1)
  // while a window starting on Dec 29 counted it for Jan 5 (2 of 2); a due date now has one outcome.
  const weekly: ScheduleSegment[] = [{ cadence: "WEEKLY", anchor: d("2025-12-01"), effectiveFrom: null }];
  const coverage = (from: string, to: string) =>
    scheduleCoverage({ segments: weekly, from: d(from), to: d(to), checkInDates: [d("2025-12-28"), d("2025-12-30")], graceDays: 2 });

  it("gives each due date one outcome, so quarters add up", () => {
    expect(coverage("2026-01-01", "2026-01-05")).toEqual({ due: 1, onTime: 1, rate: 1 });
    expect(coverage("2025-12-29", "2026-01-05")).toEqual({ due: 2, onTime: 2, rate: 1 });
    // Dec 1, 8, 15, 22 missed; Dec 29 met.
    expect(coverage("2025-10-01", "2025-12-31")).toEqual({ due: 5, onTime: 1, rate: 0.2 });
    expect(coverage("2025-10-01", "2026-01-05")).toEqual({ due: 6, onTime: 2, rate: 2 / 6 });
  });
});
