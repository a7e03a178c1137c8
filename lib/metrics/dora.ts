// DORA performance bands, "derived from DORA 2023": the State of DevOps 2023 clusters with the
// contiguous boundaries used by Apache DevLake's DORA plugin and middlewarehq/middleware.
// Time bounds are strict (<), change-failure bounds inclusive (≤); a month is 30 days.
// The table is keyed by report year so another year's table can be added beside it.

export const DORA_BANDS = ["LOW", "MEDIUM", "HIGH", "ELITE"] as const; // worst → best
export type DoraBand = (typeof DORA_BANDS)[number];

/** Band values used in the QUALITY pillar score. */
export const DORA_BAND_VALUE: Record<DoraBand, number> = { ELITE: 5, HIGH: 4, MEDIUM: 2.5, LOW: 1 };
/** The bands' names as people read them (pages and reports). */
export const BAND_LABEL: Record<DoraBand, string> = { ELITE: "Elite", HIGH: "High", MEDIUM: "Medium", LOW: "Low" };

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

export type MonthlyFlowMetrics = {
  /** Days the month had (or the part of it covered). */
  days: number;
  deployments: number;
  deployDays: number;
  failedDeployments: number;
  leadTimeHours: number;
  timeToRestoreHours: number;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * A team's DORA metrics over several months. Counts add up exactly (deploy days per week,
 * failed ÷ all deployments); the times are the median of the monthly medians, since only
 * monthly medians are recorded. Null when there are no months.
 */
export function periodDoraMetrics(months: MonthlyFlowMetrics[]): DoraMetrics | null {
  if (months.length === 0) return null;
  const sum = (pick: (m: MonthlyFlowMetrics) => number) => months.reduce((total, m) => total + pick(m), 0);
  const deployments = sum((m) => m.deployments);
  return {
    deployDaysPerWeek: deployDaysPerWeek(sum((m) => m.deployDays), sum((m) => m.days)),
    changeFailureRate: deployments === 0 ? 0 : sum((m) => m.failedDeployments) / deployments,
    leadTimeHours: median(months.map((m) => m.leadTimeHours)),
    timeToRestoreHours: median(months.map((m) => m.timeToRestoreHours)),
  };
}
