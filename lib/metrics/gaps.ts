import type { CompetencyDomain, Pillar } from "@/lib/generated/prisma/enums";
import { mean } from "./mean";

// Ratings against a level's expectations. The rule, on the 1–5 scale:
//   3 = meets what the current level expects. Below 3 is a gap at the current level.
//   4 or 5 = already working above the current level: that competency is ready for the next.
// So "gaps against the next level" are the competencies rated below 4 (or not rated).
// Means are over rated competencies only; an unrated competency is a gap for both levels,
// because nobody has seen evidence for it yet.

export const MEETS = 3;
export const NEXT_LEVEL = 4;

export type ExpectationInput = { competencyId: number; name: string; pillar: Pillar; domain: CompetencyDomain; text: string };
export type RatingInput = { competencyId: number; rating: number };
export type CompetencyStanding = "BELOW" | "MEETS" | "ABOVE" | "UNRATED";

export type CompetencyGap = ExpectationInput & {
  rating: number | null;
  /** rating − 3; negative is a gap at the current level; null when unrated. */
  delta: number | null;
  standing: CompetencyStanding;
  gapAtLevel: boolean;
  gapForNextLevel: boolean;
};

export type GroupSummary = { mean: number | null; rated: number; total: number; gaps: number; nextLevelGaps: number };

export type LevelGaps = {
  competencies: CompetencyGap[];
  byPillar: Partial<Record<Pillar, GroupSummary>>;
  byDomain: Partial<Record<CompetencyDomain, GroupSummary>>;
  overall: GroupSummary;
  /** True when every competency of the level is rated 4 or more. */
  readyForNextLevel: boolean;
};

function standing(rating: number | null): CompetencyStanding {
  if (rating === null) return "UNRATED";
  if (rating < MEETS) return "BELOW";
  return rating === MEETS ? "MEETS" : "ABOVE";
}

function summarise(items: CompetencyGap[]): GroupSummary {
  return {
    mean: mean(items.map((item) => item.rating)),
    rated: items.filter((item) => item.rating !== null).length,
    total: items.length,
    gaps: items.filter((item) => item.gapAtLevel).length,
    nextLevelGaps: items.filter((item) => item.gapForNextLevel).length,
  };
}

function groupBy<K extends string>(items: CompetencyGap[], key: (item: CompetencyGap) => K): Partial<Record<K, GroupSummary>> {
  const groups = new Map<K, CompetencyGap[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return Object.fromEntries([...groups].map(([name, members]) => [name, summarise(members)])) as Partial<Record<K, GroupSummary>>;
}

/** Per competency of the level (its expectations), the rating against the rule above. */
export function levelGaps({ ratings, expectations }: { ratings: readonly RatingInput[]; expectations: readonly ExpectationInput[] }): LevelGaps {
  const byCompetency = new Map(ratings.map((r) => [r.competencyId, r.rating]));
  const competencies = expectations.map((expectation): CompetencyGap => {
    const rating = byCompetency.get(expectation.competencyId) ?? null;
    return {
      ...expectation, rating, delta: rating === null ? null : rating - MEETS, standing: standing(rating),
      gapAtLevel: rating === null || rating < MEETS, gapForNextLevel: rating === null || rating < NEXT_LEVEL,
    };
  });
  return {
    competencies,
    byPillar: groupBy(competencies, (item) => item.pillar),
    byDomain: groupBy(competencies, (item) => item.domain),
    overall: summarise(competencies),
    readyForNextLevel: competencies.length > 0 && competencies.every((item) => !item.gapForNextLevel),
  };
}
