import { z } from "zod";
import { ZOrgBasics } from "@/lib/setup/schemas";

// Organisation settings (ADMIN). The risk-signal thresholds feed the computed retention-risk
// signal; their defaults apply until an admin changes them.

export const ZRiskSignalThresholds = z.object({
  /** Fall in the engagement index (points on the 1–5 scale) between two windows of check-ins. */
  engagementDrop: z.coerce.number().min(0.1, "At least 0.1").max(4, "At most 4").default(0.75),
  /** Check-ins per window for the engagement comparison. */
  engagementWindow: z.coerce.number().int().min(2, "At least 2").max(10, "At most 10").default(3),
  /** Days in the same level while rated ready for promotion. */
  readyTooLongDays: z.coerce.number().int().min(30, "At least 30 days").max(1095, "At most 1095 days").default(180),
  /** Check-ins missed in a row. */
  missedCheckIns: z.coerce.number().int().min(1, "At least 1").max(10, "At most 10").default(2),
  /** Open action items past their due date. */
  overdueActionItems: z.coerce.number().int().min(1, "At least 1").max(20, "At most 20").default(3),
  /** Departures from the same team in the last 90 days. */
  peerDepartures: z.coerce.number().int().min(1, "At least 1").max(10, "At most 10").default(2),
});
export type TRiskSignalThresholds = z.infer<typeof ZRiskSignalThresholds>;

/** Stored thresholds merged over the defaults (a missing or bad key takes its default). */
export function riskThresholds(stored: unknown): TRiskSignalThresholds {
  const base = ZRiskSignalThresholds.parse({});
  const parsed = ZRiskSignalThresholds.partial().safeParse(stored ?? {});
  return parsed.success ? { ...base, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) } : base;
}

export const CADENCES = ["WEEKLY", "BIWEEKLY", "MONTHLY"] as const;

export const ZOrgSettings = ZOrgBasics.extend({
  version: z.coerce.number().int().positive(),
  defaultCadence: z.enum(CADENCES, { error: "Choose a cadence" }),
  checkInGraceDays: z.coerce.number({ error: "Enter a number of days" }).int().min(0, "At least 0").max(14, "At most 14 days"),
  departedRetentionDays: z.coerce.number({ error: "Enter a number of days" }).int().min(30, "At least 30 days").max(3650, "At most 3650 days"),
  thresholds: ZRiskSignalThresholds,
});
export type TOrgSettings = z.infer<typeof ZOrgSettings>;
