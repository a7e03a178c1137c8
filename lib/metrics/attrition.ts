// Attrition (SHRM's turnover definition): departures in the period ÷ average headcount, where
// the average is the mean of the headcount at the start and at the end of the period, then
// annualised. Regrettable attrition is the same ratio over regrettable departures only.

export type AttritionInput = {
  departures: number;
  headcountStart: number;
  headcountEnd: number;
  /** Length of the period in months (a quarter is 3). */
  periodMonths: number;
};

/** Annualised rate as a fraction (0.12 = 12 % a year); null when nobody was employed. */
export function annualisedAttrition({ departures, headcountStart, headcountEnd, periodMonths }: AttritionInput): number | null {
  if (periodMonths <= 0) throw new RangeError("periodMonths must be positive");
  const averageHeadcount = (headcountStart + headcountEnd) / 2;
  if (averageHeadcount === 0) return null;
  return (departures / averageHeadcount) * (12 / periodMonths);
}
