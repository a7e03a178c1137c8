// DORA performance bands, "derived from DORA 2023": the State of DevOps 2023 clusters with the
// contiguous boundaries used by Apache DevLake's DORA plugin and middlewarehq/middleware.
// Time bounds are strict (<), change-failure bounds inclusive (≤); a month is 30 days.
// The table is keyed by report year so another year's table can be added beside it.

export const DORA_BANDS = ["LOW", "MEDIUM", "HIGH", "ELITE"] as const; // worst → best
export type DoraBand = (typeof DORA_BANDS)[number];

/** Band values used in the QUALITY pillar score. */
export const DORA_BAND_VALUE: Record<DoraBand, number> = { ELITE: 5, HIGH: 4, MEDIUM: 2.5, LOW: 1 };

export type DoraMetrics = {
  /** Days with at least one deployment per week (0–7). */
  deployDaysPerWeek: number;
  /** Median lead time for changes, first commit → deployed, in hours. */
  leadTimeHours: number;
  /** Deployments with at least one incident ÷ deployments, 0–1. */
  changeFailureRate: number;
  /** Median failed-deployment recovery time, in hours. */
  timeToRestoreHours: number;
};

const HOUR = 1;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;

export const DORA_THRESHOLDS = {
  2023: {
    deployDaysPerWeek: { ELITE: 5, HIGH: 1, MEDIUM: 1 / (MONTH / WEEK) }, // ≥
    leadTimeHours: { ELITE: DAY, HIGH: WEEK, MEDIUM: MONTH }, // <
    changeFailureRate: { ELITE: 0.05, HIGH: 0.1, MEDIUM: 0.15 }, // ≤
    timeToRestoreHours: { ELITE: HOUR, HIGH: DAY, MEDIUM: WEEK }, // <
  },
} as const;

export type DoraYear = keyof typeof DORA_THRESHOLDS;

type Bounds = { ELITE: number; HIGH: number; MEDIUM: number };

function bandBy(test: (bound: number) => boolean, bounds: Bounds): DoraBand {
  if (test(bounds.ELITE)) return "ELITE";
  if (test(bounds.HIGH)) return "HIGH";
  if (test(bounds.MEDIUM)) return "MEDIUM";
  return "LOW";
}

export function doraMetricBands(metrics: DoraMetrics, year: DoraYear = 2023): Record<keyof DoraMetrics, DoraBand> {
  const t = DORA_THRESHOLDS[year];
  return {
    deployDaysPerWeek: bandBy((b) => metrics.deployDaysPerWeek >= b, t.deployDaysPerWeek),
    leadTimeHours: bandBy((b) => metrics.leadTimeHours < b, t.leadTimeHours),
    changeFailureRate: bandBy((b) => metrics.changeFailureRate <= b, t.changeFailureRate),
    timeToRestoreHours: bandBy((b) => metrics.timeToRestoreHours < b, t.timeToRestoreHours),
  };
}

/** A team's band is the lowest of its four metric bands. */
export function doraBand(metrics: DoraMetrics, year: DoraYear = 2023): DoraBand {
  const bands = Object.values(doraMetricBands(metrics, year));
  return DORA_BANDS[Math.min(...bands.map((band) => DORA_BANDS.indexOf(band)))] as DoraBand;
}

/** Deploy days per week from a month's count of deploy days (a month is 30 days). */
export function deployDaysPerWeek(deployDays: number, daysInPeriod = 30): number {
  return (deployDays / daysInPeriod) * 7;
}
