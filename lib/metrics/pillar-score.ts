import { DORA_BAND_VALUE, type DoraBand } from "./dora";
import { mean } from "./mean";

// Pillar scores (DESIGN.md, "Derived figures"). A person's score in a period is the mean of
// that pillar's check-in scores; a team's or org's is the mean over its people, so each
// person counts once however many check-ins they had.

export const PILLARS = ["QUALITY", "ENGAGEMENT", "GROWTH", "SKILLS"] as const;
export type PillarKey = (typeof PILLARS)[number];

export const PILLAR_LABEL: Record<PillarKey, string> = {
  QUALITY: "Enterprise-level quality",
  ENGAGEMENT: "People engagement",
  GROWTH: "Retention and development",
  SKILLS: "Skills and capabilities",
};

/** Mean of one person's check-in scores for a pillar in a period. */
export function personPillarScore(checkInScores: ReadonlyArray<number | null>): number | null {
  return mean(checkInScores);
}

/** Mean over people of their personal scores (people without a score are left out). */
export function groupPillarScore(personScores: ReadonlyArray<number | null>): number | null {
  return mean(personScores);
}

/**
 * QUALITY blends what managers report with how the team delivers: the mean of the check-in
 * QUALITY score and the team's DORA band value. Either part alone stands when the other is missing.
 */
export function qualityScore(checkInQuality: number | null, band: DoraBand | null): number | null {
  return mean([checkInQuality, band ? DORA_BAND_VALUE[band] : null]);
}
