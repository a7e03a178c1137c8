import { mean } from "./mean";

/** Engagement index: the mean of psychological safety, autonomy and trust (each 1–5). */
export function engagementIndex(figures: {
  psychologicalSafety: number | null;
  autonomy: number | null;
  trust: number | null;
}): number | null {
  return mean([figures.psychologicalSafety, figures.autonomy, figures.trust]);
}
