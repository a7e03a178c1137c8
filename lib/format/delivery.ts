import type { DoraMetrics } from "@/lib/metrics/dora";

// How flow (DORA) metrics are written: hours under two days as hours, longer as days. The band
// names are lib/metrics/dora.ts's BAND_LABEL.

export function hours(value: number): string {
  if (value < 48) return `${Number(value.toFixed(1))} h`;
  return `${Number((value / 24).toFixed(1))} d`;
}

export const perWeek = (value: number) => `${Number(value.toFixed(1))} days/wk`;
export const percent = (rate: number) => `${Number((rate * 100).toFixed(1))} %`;

export const METRIC_LABELS: Record<keyof DoraMetrics, string> = {
  deployDaysPerWeek: "Deployment frequency",
  leadTimeHours: "Lead time for changes",
  changeFailureRate: "Change failure rate",
  timeToRestoreHours: "Time to restore",
};

export function formatMetric(key: keyof DoraMetrics, value: number): string {
  if (key === "deployDaysPerWeek") return perWeek(value);
  if (key === "changeFailureRate") return percent(value);
  return hours(value);
}
