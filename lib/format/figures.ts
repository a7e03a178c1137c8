// How the app writes its figures (dashboard, report preview, PDF exec pack); "—" wherever there
// is nothing to show. One function per kind of figure, so a figure reads the same everywhere.

export const NONE = "—";

/** A 1–5 score with two decimals. */
export const score = (value: number | null) => (value === null ? NONE : value.toFixed(2));

/** A score change with its sign: "+0.12", "-0.08", "0.00". */
export const scoreChange = (value: number | null) => (value === null ? NONE : `${value > 0 ? "+" : ""}${score(value)}`);

/** A fraction as a percentage with one decimal: 0.123 → "12.3 %". */
export const percent = (rate: number | null) => (rate === null ? NONE : `${(rate * 100).toFixed(1)} %`);

/** Days as something a person reads at a glance: "3 weeks", "7 months", "2.5 years". */
export function duration(days: number | null): string {
  if (days === null) return NONE;
  if (days < 30) return days < 14 ? `${Math.round(days)} days` : `${Math.round(days / 7)} weeks`;
  const months = days / 30.44;
  if (months < 24) return `${Math.round(months)} month${Math.round(months) === 1 ? "" : "s"}`;
  return `${(days / 365.25).toFixed(1)} years`;
}

export const count = (value: number) => value.toLocaleString("en");

/** A figure written by `format`, or "—" when there is none. */
export const orNone = <T,>(value: T | null, format: (value: T) => string) => (value === null ? NONE : format(value));

const COLLATOR = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Names as people read them: "Team 9" before "Team 10", "Ángel" beside "Angel". */
export const byName = (a: string, b: string) => COLLATOR.compare(a, b);
