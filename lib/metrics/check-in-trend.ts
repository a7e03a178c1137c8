import { engagementIndex } from "./engagement";

// The figures a check-in timeline plots, and each check-in's change from the one before it.

export type CheckInFigures = {
  scoreQuality: number | null; scoreEngagement: number | null; scoreGrowth: number | null; scoreSkills: number | null;
  psychologicalSafety: number | null; autonomy: number | null; trust: number | null;
};

export const TREND_SERIES = ["QUALITY", "ENGAGEMENT", "GROWTH", "SKILLS", "ENGAGEMENT_INDEX"] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

export type TrendPoint = Record<TrendSeries, number | null>;

/** The four pillar scores and the engagement index of one check-in. */
export function trendPoint(figures: CheckInFigures): TrendPoint {
  return {
    QUALITY: figures.scoreQuality,
    ENGAGEMENT: figures.scoreEngagement,
    GROWTH: figures.scoreGrowth,
    SKILLS: figures.scoreSkills,
    ENGAGEMENT_INDEX: engagementIndex(figures),
  };
}

/** Change of each series from the previous check-in; null where either side has no figure (or there is no previous one). */
export function trendDelta(previous: TrendPoint | null, current: TrendPoint): TrendPoint {
  const delta = (series: TrendSeries) => {
    const before = previous?.[series];
    const now = current[series];
    return before === null || before === undefined || now === null ? null : Math.round((now - before) * 100) / 100;
  };
  return Object.fromEntries(TREND_SERIES.map((series) => [series, delta(series)])) as TrendPoint;
}
