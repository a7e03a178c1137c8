import { addDays, businessDate } from "@/lib/dates";

// When the retention period for departed people runs out. End dates are business dates in the
// organisation's time zone, so "today" is too; a period of N days means the person is due once
// their end date is more than N days before today.

export type RetentionSettings = { timeZone: string; departedRetentionDays: number };

/** The org's business date for an instant. */
export function orgToday(now: Date, timeZone: string): Date {
  return businessDate(now, timeZone);
}

/** A person whose end date is before this date is due for erasure. */
export function retentionCutoff(now: Date, settings: RetentionSettings): Date {
  return addDays(orgToday(now, settings.timeZone), -Math.max(0, settings.departedRetentionDays));
}

/** Departed means the last day in headcount is behind us: an end date of today is still here. */
export function hasDeparted(endDate: Date | null, now: Date, timeZone: string): boolean {
  return endDate !== null && endDate < orgToday(now, timeZone);
}
