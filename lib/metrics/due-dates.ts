import { addDays, daysBetween } from "@/lib/dates";
import { checkInCoverage, nthDueDate, type CadenceKind, type CoverageResult } from "./coverage";

// Due dates of a person's check-in schedule when the cadence has changed over time. Each
// segment is a cadence and anchor in force from `effectiveFrom` (null: from the beginning) until
// the next segment's `effectiveFrom`; its due dates are anchor + k × cadence (k ≥ 0) inside that
// span. A change never moves past due dates: the weeks under a weekly cadence stay weekly.

export type ScheduleSegment = { cadence: CadenceKind; anchor: Date; effectiveFrom: Date | null };
/** When the person works here: no due dates before the start or after the end. */
export type Employment = { startDate: Date | null; endDate: Date | null };

export type DueState = "OVERDUE" | "DUE" | "UPCOMING";

const STEP_DAYS: Record<Exclude<CadenceKind, "MONTHLY">, number> = { WEEKLY: 7, BIWEEKLY: 14 };

function sorted(segments: readonly ScheduleSegment[]): ScheduleSegment[] {
  return [...segments].sort((a, b) => (a.effectiveFrom?.getTime() ?? -Infinity) - (b.effectiveFrom?.getTime() ?? -Infinity));
}

/** A k whose due date is at or just before `date` (never above the true one), to skip the early steps. */
function kNear(segment: ScheduleSegment, date: Date): number {
  if (segment.cadence === "MONTHLY") {
    const months = (date.getUTCFullYear() - segment.anchor.getUTCFullYear()) * 12 + date.getUTCMonth() - segment.anchor.getUTCMonth();
    return Math.max(0, months - 1);
  }
  return Math.max(0, Math.floor(daysBetween(segment.anchor, date) / STEP_DAYS[segment.cadence]) - 1);
}

/** The span [from, until) in which each segment's due dates count. */
function spans(segments: readonly ScheduleSegment[]) {
  const list = sorted(segments);
  return list.map((segment, i) => ({ segment, from: segment.effectiveFrom, until: list[i + 1]?.effectiveFrom ?? null }));
}

/** Due dates within [from, to], both inclusive, in order. */
export function scheduleDueDates(segments: readonly ScheduleSegment[], from: Date, to: Date, employment?: Employment): Date[] {
  const lower = employment?.startDate && employment.startDate > from ? employment.startDate : from;
  const upper = employment?.endDate && employment.endDate < to ? employment.endDate : to;
  const dates: Date[] = [];
  for (const span of spans(segments)) {
    const start = span.from && span.from > lower ? span.from : lower;
    for (let k = kNear(span.segment, start); ; k++) {
      const due = nthDueDate(span.segment.anchor, span.segment.cadence, k);
      if (due > upper || (span.until && due >= span.until)) break;
      if (due >= start) dates.push(due);
    }
  }
  return dates;
}

/** The last due date before `date` (exclusive), or null when the schedule has none. */
export function previousDueDate(segments: readonly ScheduleSegment[], date: Date, employment?: Employment): Date | null {
  for (const span of spans(segments).reverse()) {
    const before = span.until && span.until < date ? span.until : date;
    let k = kNear(span.segment, before) + 2;
    while (k >= 0 && nthDueDate(span.segment.anchor, span.segment.cadence, k) >= before) k--;
    if (k < 0) continue;
    const due = nthDueDate(span.segment.anchor, span.segment.cadence, k);
    if (span.from && due < span.from) continue;
    if (employment?.startDate && due < employment.startDate) return null;
    return due;
  }
  return null;
}

/** The first due date on or after `date`, or null (no segments). Schedules run on without end. */
export function nextDueDate(segments: readonly ScheduleSegment[], date: Date): Date | null {
  for (const span of spans(segments)) {
    if (span.until && span.until <= date) continue;
    const start = span.from && span.from > date ? span.from : date;
    for (let k = kNear(span.segment, start); ; k++) {
      const due = nthDueDate(span.segment.anchor, span.segment.cadence, k);
      if (span.until && due >= span.until) break;
      if (due >= start) return due;
    }
  }
  return null;
}

/** The first due date of the schedule. */
export function firstDueDate(segments: readonly ScheduleSegment[]): Date | null {
  // No due date comes before every anchor and every effective date.
  const bounds = segments.flatMap((segment) => [segment.anchor, ...(segment.effectiveFrom ? [segment.effectiveFrom] : [])]);
  if (bounds.length === 0) return null;
  return nextDueDate(segments, new Date(Math.min(...bounds.map((date) => date.getTime()))));
}

/**
 * The due date a check-in on `checkInDate` answers: the first due date d with d + grace ≥ the
 * check-in's date. A check-in a day late still answers the due date it was late for.
 */
export function dueDateAnswered(segments: readonly ScheduleSegment[], checkInDate: Date, graceDays: number): Date | null {
  return nextDueDate(segments, addDays(checkInDate, -graceDays));
}

export type NextDue = { nextDue: Date | null; state: DueState; daysOverdue: number; missed: number };

/**
 * Where a person stands: the next due date is the first after the one the last check-in
 * answered (the schedule's first when there is none). DUE from that date to the end of its grace
 * period, OVERDUE after; `missed` counts the due dates whose grace ended without a check-in.
 */
export function nextDueState(input: {
  segments: readonly ScheduleSegment[];
  lastCheckInDate: Date | null;
  today: Date;
  graceDays: number;
}): NextDue {
  const { segments, lastCheckInDate, today, graceDays } = input;
  const answered = lastCheckInDate ? dueDateAnswered(segments, lastCheckInDate, graceDays) : null;
  const nextDue = answered ? nextDueDate(segments, addDays(answered, 1)) : firstDueDate(segments);
  if (!nextDue || nextDue > today) return { nextDue, state: "UPCOMING", daysOverdue: 0, missed: 0 };
  if (addDays(nextDue, graceDays) >= today) return { nextDue, state: "DUE", daysOverdue: 0, missed: 0 };
  const missed = scheduleDueDates(segments, nextDue, addDays(today, -graceDays - 1)).length;
  return { nextDue, state: "OVERDUE", daysOverdue: daysBetween(nextDue, today), missed };
}

/**
 * Coverage over [from, to] for a schedule that may change cadence inside the window: the
 * window's due dates come from each segment in force, and the due date before the window keeps
 * an older check-in from meeting the first one. `checkInDates` are submitted check-ins' dates.
 */
export function scheduleCoverage(input: {
  segments: readonly ScheduleSegment[];
  from: Date;
  to: Date;
  checkInDates: Date[];
  graceDays: number;
  employment?: Employment;
}): CoverageResult {
  const { segments, from, to, employment, graceDays } = input;
  const previous = previousDueDate(segments, from, employment);
  // A check-in within the grace period of the due date before the window answered that one.
  const checkInDates = previous
    ? input.checkInDates.filter((date) => (dueDateAnswered(segments, date, graceDays) ?? date) > previous)
    : input.checkInDates;
  return checkInCoverage({
    dueDates: to < from ? [] : scheduleDueDates(segments, from, to, employment),
    previousDueDate: previous,
    checkInDates,
    graceDays,
  });
}
