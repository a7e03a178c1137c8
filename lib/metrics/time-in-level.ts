import { daysBetween } from "@/lib/dates";

/** Days since the current level assignment began (0 on its first day; never negative). */
export function timeInLevelDays(currentLevelFrom: Date, asOf: Date): number {
  return Math.max(0, daysBetween(currentLevelFrom, asOf));
}
