import { addDays, addMonths } from "@/lib/dates";

// Fiscal quarters. A fiscal year is named by the calendar year in which it ends: with a July
// start, FY2027 runs 2026-07-01 … 2027-06-30 and its Q1 is July–September 2026.

export type FiscalQuarter = { fiscalYear: number; quarter: 1 | 2 | 3 | 4 };

function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`Fiscal start month must be 1–12, got ${startMonth}`);
  }
}

export function fiscalQuarterOf(date: Date, startMonth: number): FiscalQuarter {
  assertStartMonth(startMonth);
  const month = date.getUTCMonth() + 1;
  const monthsIntoYear = (month - startMonth + 12) % 12;
  const startYear = month >= startMonth ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  const fiscalYear = startMonth === 1 ? startYear : startYear + 1;
  return { fiscalYear, quarter: (Math.floor(monthsIntoYear / 3) + 1) as FiscalQuarter["quarter"] };
}

/** First and last business day of a fiscal quarter (both inclusive). */
export function fiscalQuarterRange(q: FiscalQuarter, startMonth: number): { start: Date; end: Date } {
  assertStartMonth(startMonth);
  const startYear = startMonth === 1 ? q.fiscalYear : q.fiscalYear - 1;
  const yearStart = new Date(Date.UTC(startYear, startMonth - 1, 1));
  const start = addMonths(yearStart, (q.quarter - 1) * 3);
  return { start, end: addDays(addMonths(start, 3), -1) };
}

export function previousFiscalQuarter(q: FiscalQuarter): FiscalQuarter {
  return q.quarter === 1
    ? { fiscalYear: q.fiscalYear - 1, quarter: 4 }
    : { fiscalYear: q.fiscalYear, quarter: (q.quarter - 1) as FiscalQuarter["quarter"] };
}

export function formatFiscalQuarter(q: FiscalQuarter): string {
  return `FY${q.fiscalYear} Q${q.quarter}`;
}
