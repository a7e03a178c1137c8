import { addDays, daysBetween } from "@/lib/dates";
import { nthDueDate, type CadenceKind, type CoverageResult } from "./coverage";

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

/** A due date, the last day a check-in meets it on time (due date + grace), and the check-in date that did (null: missed so far). */
export type DueOutcome = { dueDate: Date; deadline: Date; metOn: Date | null };

/**
 * Every due date of a person's schedule, from its first through `through` (and the end date), with
 * the check-in that met it: taken in order, each due date is met by the earliest check-in not
 * already used that falls after the due date before it and no later than its own deadline. The
 * matching runs over the whole history, so a due date's outcome never depends on the window a
 * report asks about, and coverage over two quarters is the sum of the two. `checkInDates` are the
 * person's submitted check-ins' business dates, all of them.
 */
export function dueDateOutcomes(input: {
  segments: readonly ScheduleSegment[];
  checkInDates: readonly Date[];
  graceDays: number;
  through: Date;
  employment?: Employment;
}): DueOutcome[] {
  const { segments, graceDays, through, employment } = input;
  if (segments.length === 0) return [];
  // No due date comes before its segment's anchor.
  const from = new Date(Math.min(...segments.map((segment) => segment.anchor.getTime())));
  const dueDates = through < from ? [] : scheduleDueDates(segments, from, through, employment);
  const checkIns = [...input.checkInDates].sort((a, b) => a.getTime() - b.getTime());
  const outcomes: DueOutcome[] = [];
  let next = 0; // check-ins before `next` are used, or too early for every due date from here on
  let previousDue: Date | null = null;
  for (const dueDate of dueDates) {
    const deadline = addDays(dueDate, graceDays);
    while (next < checkIns.length && previousDue !== null && checkIns[next]! <= previousDue) next++;
    const candidate = checkIns[next];
    const metOn = candidate !== undefined && candidate <= deadline ? candidate : null;
    if (metOn) next++;
    outcomes.push({ dueDate, deadline, metOn });
    previousDue = dueDate;
  }
  return outcomes;
}

/**
 * Coverage over [from, to]: the due dates in the window, each met or not as `dueDateOutcomes`
 * decides over the whole history (so `checkInDates` must hold every submitted check-in up to the
 * last deadline, not only the window's). The same figures as the CheckInDueDate table's rows.
 */
export function scheduleCoverage(input: {
  segments: readonly ScheduleSegment[];
  from: Date;
  to: Date;
  checkInDates: Date[];
  graceDays: number;
  employment?: Employment;
}): CoverageResult {
  const { segments, from, to, employment, graceDays, checkInDates } = input;
  const counted = to < from ? [] : dueDateOutcomes({ segments, checkInDates, graceDays, through: to, employment }).filter((due) => due.dueDate >= from);
  const onTime = counted.filter((due) => due.metOn !== null).length;
  return { due: counted.length, onTime, rate: counted.length === 0 ? null : onTime / counted.length };
}
