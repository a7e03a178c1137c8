import { z } from "zod";

// The level-assignment form (hire, promotion, calibration, change of track).

export const LEVEL_CHANGE_REASONS = ["HIRE", "PROMOTION", "CALIBRATION", "TRACK_CHANGE"] as const;

export const ZAssignLevel = z.object({
  personId: z.coerce.number().int().positive(),
  levelId: z.coerce.number({ error: "Choose a level" }).int().positive("Choose a level"),
  effectiveFrom: z.iso.date("Enter a date as YYYY-MM-DD"),
  reason: z.enum(LEVEL_CHANGE_REASONS, { error: "Choose a reason" }),
  note: z.string().trim().max(1_000, "At most 1,000 characters").nullish().transform((value) => value || null),
});
export type TAssignLevel = z.input<typeof ZAssignLevel>;
