import { addDays, addMonths } from "@/lib/dates";

// Check-in coverage: check-ins done on time ÷ check-ins due. Due dates are the cadence's
// anchor + k × cadence; on time means by the due date plus the grace period.

export type CadenceKind = "WEEKLY" | "BIWEEKLY" | "MONTHLY";

export function nthDueDate(anchor: Date, cadence: CadenceKind, k: number): Date {
  switch (cadence) {
    case "WEEKLY":
      return addDays(anchor, 7 * k);
    case "BIWEEKLY":
      return addDays(anchor, 14 * k);
    case "MONTHLY":
      // From the anchor each time, so Jan 31 → Feb 28 → Mar 31 rather than drifting to the 28th.
      return addMonths(anchor, k);
  }
}

/** Due dates within [from, to], both inclusive. */
export function dueDatesBetween(anchor: Date, cadence: CadenceKind, from: Date, to: Date): Date[] {
  const dates: Date[] = [];
  for (let k = 0; ; k++) {
    const due = nthDueDate(anchor, cadence, k);
    if (due > to) break;
    if (due >= from) dates.push(due);
  }
  return dates;
}

export type CoverageResult = { due: number; onTime: number; rate: number | null };

/**
 * Matches each due date with at most one check-in (each check-in counts once), in date order.
 * A due date is met by a check-in after the due date before it and no later than the due date
 * plus the grace period; `previousDueDate` is the due date before the first one listed (null
 * when the cadence starts with the first), so an old check-in never meets a window's first due date.
 */
export function checkInCoverage(input: {
  dueDates: Date[];
  previousDueDate: Date | null;
  checkInDates: Date[];
  graceDays: number;
}): CoverageResult {
  const due = [...input.dueDates].sort((a, b) => a.getTime() - b.getTime());
  const pending = [...input.checkInDates].sort((a, b) => a.getTime() - b.getTime());
  let onTime = 0;
  let previousDue = input.previousDueDate;
  for (const dueDate of due) {
    const deadline = addDays(dueDate, input.graceDays);
    const index = pending.findIndex((date) => (previousDue === null || date > previousDue) && date <= deadline);
    if (index >= 0) {
      onTime++;
      pending.splice(index, 1);
    }
    previousDue = dueDate;
  }
  return { due: due.length, onTime, rate: due.length === 0 ? null : onTime / due.length };
}
