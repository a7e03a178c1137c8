import type { LevelChangeReason, PromotionReadiness } from "@/lib/generated/prisma/enums";
import { daysBetween } from "@/lib/dates";
import { mean } from "./mean";

// Promotion figures for the person page and the people list.

export type ReadinessCounts = Record<PromotionReadiness | "UNSET", number>;

/** How many assessments say each readiness; assessments without one count as UNSET. */
export function readinessCounts(assessments: ReadonlyArray<{ promotionReadiness: PromotionReadiness | null }>): ReadinessCounts {
  const counts: ReadinessCounts = { NOT_YET: 0, WITHIN_6_12_MONTHS: 0, READY: 0, UNSET: 0 };
  for (const assessment of assessments) counts[assessment.promotionReadiness ?? "UNSET"]++;
  return counts;
}

/**
 * The latest readiness per person: the one from their most recent assessment by date (ties go
 * to the later id, the one written last). People never assessed are absent.
 */
export function latestReadiness(
  assessments: ReadonlyArray<{ id: number; personId: number; date: Date; promotionReadiness: PromotionReadiness | null }>,
): Map<number, PromotionReadiness | null> {
  const latest = new Map<number, { id: number; date: Date; promotionReadiness: PromotionReadiness | null }>();
  for (const a of assessments) {
    const seen = latest.get(a.personId);
    if (!seen || a.date > seen.date || (a.date.getTime() === seen.date.getTime() && a.id > seen.id)) latest.set(a.personId, a);
  }
  return new Map([...latest].map(([personId, a]) => [personId, a.promotionReadiness]));
}

type Assignment = { effectiveFrom: Date; reason: LevelChangeReason };

/**
 * Days spent in the level before each promotion, oldest first: from the start of the previous
 * assignment to the promotion's effective date. Calibrations and track changes are not
 * promotions, but they do not restart the clock either: time counts from the last promotion or hire.
 */
export function daysBeforeEachPromotion(history: readonly Assignment[]): number[] {
  const ordered = [...history].sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime());
  const result: number[] = [];
  let since: Date | null = null;
  for (const assignment of ordered) {
    if (assignment.reason === "PROMOTION" && since) result.push(daysBetween(since, assignment.effectiveFrom));
    if (assignment.reason === "PROMOTION" || assignment.reason === "HIRE" || since === null) since = assignment.effectiveFrom;
  }
  return result;
}

/** Mean days between promotions; null for someone never promoted. */
export function promotionPace(history: readonly Assignment[]): number | null {
  return mean(daysBeforeEachPromotion(history));
}
