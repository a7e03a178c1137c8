import { addDays, daysBetween } from "@/lib/dates";
import { fiscalQuarterOf, fiscalQuarterRange, formatFiscalQuarter, previousFiscalQuarter, type FiscalQuarter } from "./fiscal";

// Attrition (SHRM's turnover definition): departures in the period ÷ average headcount, where
// the average is the mean of the headcount at the start and at the end of the period, then
// annualised. Regrettable attrition is the same ratio over regrettable departures only.
// A Departure's date is the person's last day in headcount: they count on that day, not after.
// lib/departures/queries.ts computes the same counts in SQL; these functions are the definition.

export type AttritionInput = {
  departures: number;
  headcountStart: number;
  headcountEnd: number;
  /** Length of the period in months (a quarter is 3; a quarter to date may be a fraction). */
  periodMonths: number;
};

/** Annualised rate as a fraction (0.12 = 12 % a year); null when nobody was employed. */
export function annualisedAttrition({ departures, headcountStart, headcountEnd, periodMonths }: AttritionInput): number | null {
  return annualisedRate({ count: departures, headcountStart, headcountEnd, periodMonths });
}

/**
 * Any count of events per person over a period, annualised the same way: the count ÷ the mean of
 * the headcount at the start and at the end, × 12 ÷ the period's months. Promotions use it too
 * (the scorecards' promotion pace of a manager's organisation).
 */
export function annualisedRate({ count, headcountStart, headcountEnd, periodMonths }: Omit<AttritionInput, "departures"> & { count: number }): number | null {
  if (periodMonths <= 0) throw new RangeError("periodMonths must be positive");
  const averageHeadcount = (headcountStart + headcountEnd) / 2;
  if (averageHeadcount === 0) return null;
  return (count / averageHeadcount) * (12 / periodMonths);
}

export type Employment = { startDate: Date; endDate: Date | null };

/** In headcount on a date: started on or before it and not yet past their last day. */
export function inHeadcount(person: Employment, date: Date): boolean {
  return person.startDate <= date && (person.endDate === null || person.endDate >= date);
}

export type Period = { start: Date; end: Date; months: number };

export type AttritionCounts = {
  headcountStart: number;
  headcountEnd: number;
  departures: number;
  regrettable: number;
  voluntary: number;
};

export type AttritionFigures = AttritionCounts & {
  /** Annualised, as fractions; null when the average headcount is zero. */
  attrition: number | null;
  regrettableAttrition: number | null;
  voluntaryAttrition: number | null;
};

/** The counts of one period from plain rows (the reference the SQL aggregate is tested against). */
export function countAttrition(
  people: readonly Employment[],
  departures: ReadonlyArray<{ date: Date; voluntary: boolean; regrettable: boolean }>,
  period: Pick<Period, "start" | "end">,
): AttritionCounts {
  const inPeriod = departures.filter((departure) => departure.date >= period.start && departure.date <= period.end);
  return {
    headcountStart: people.filter((person) => inHeadcount(person, period.start)).length,
    headcountEnd: people.filter((person) => inHeadcount(person, period.end)).length,
    departures: inPeriod.length,
    regrettable: inPeriod.filter((departure) => departure.regrettable).length,
    voluntary: inPeriod.filter((departure) => departure.voluntary).length,
  };
}

/** The annualised rates of a period's counts. */
export function attritionFigures(counts: AttritionCounts, periodMonths: number): AttritionFigures {
  const rate = (departures: number) => annualisedAttrition({ departures, headcountStart: counts.headcountStart, headcountEnd: counts.headcountEnd, periodMonths });
  return { ...counts, attrition: rate(counts.departures), regrettableAttrition: rate(counts.regrettable), voluntaryAttrition: rate(counts.voluntary) };
}

export type QuarterPeriod = Period & { quarter: FiscalQuarter; label: string; toDate: boolean };

/**
 * The last `count` fiscal quarters up to and including today's, oldest first. Today's quarter
 * runs to today only ("to date"), and its length in months is the elapsed share of three, so
 * annualising a half-finished quarter does not halve its rate.
 */
export function recentQuarters(today: Date, fiscalStartMonth: number, count: number): QuarterPeriod[] {
  const quarters: FiscalQuarter[] = [fiscalQuarterOf(today, fiscalStartMonth)];
  while (quarters.length < count) quarters.unshift(previousFiscalQuarter(quarters[0]!));
  return quarters.map((quarter) => quarterPeriod(quarter, fiscalStartMonth, today));
}

/**
 * One fiscal quarter as an attrition period: a quarter still running counts to today only ("to
 * date"), and its length in months is the elapsed share of three, so annualising a half-finished
 * quarter does not halve its rate. A quarter that has not begun has no length.
 */
export function quarterPeriod(quarter: FiscalQuarter, fiscalStartMonth: number, today: Date): QuarterPeriod {
  const { start, end } = fiscalQuarterRange(quarter, fiscalStartMonth);
  const toDate = end > today;
  const periodEnd = toDate ? today : end;
  const fullDays = daysBetween(start, addDays(end, 1));
  const months = Math.max(0, (3 * daysBetween(start, addDays(periodEnd, 1))) / fullDays);
  return { quarter, label: formatFiscalQuarter(quarter), start, end: periodEnd, months, toDate };
}
