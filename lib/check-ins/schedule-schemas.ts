import { z } from "zod";
import type { Cadence } from "@/lib/generated/prisma/enums";

// The cadence form: how often a person has a check-in, and when the next one is due. The next
// due date becomes the new anchor, so it must be soon enough to mean something.

export const CADENCES = ["WEEKLY", "BIWEEKLY", "MONTHLY"] as const satisfies readonly Cadence[];
export const CADENCE_LABELS: Record<Cadence, string> = { WEEKLY: "Weekly", BIWEEKLY: "Every two weeks", MONTHLY: "Monthly" };
/** How far ahead the next due date may be: a quarter. */
export const NEXT_DUE_MAX_DAYS = 92;

const id = z.coerce.number().int().positive();

function plusDays(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The form's schema for the organisation's business date `today` ("YYYY-MM-DD"). */
export function setCadenceSchema({ today }: { today: string }) {
  const latest = plusDays(today, NEXT_DUE_MAX_DAYS);
  return z.object({
    personId: id,
    version: id,
    cadence: z.enum(CADENCES, { error: "Choose weekly, every two weeks or monthly" }),
    nextDue: z.iso
      .date("Enter a date as YYYY-MM-DD")
      .refine((value) => value >= today, "Choose today or a later date")
      .refine((value) => value <= latest, `Choose a date within ${NEXT_DUE_MAX_DAYS} days`),
  });
}

/** The shape without the date range, for callers that do not know today yet. */
export const ZSetCadence = z.object({
  personId: id,
  version: id,
  cadence: z.enum(CADENCES, { error: "Choose weekly, every two weeks or monthly" }),
  nextDue: z.iso.date("Enter a date as YYYY-MM-DD"),
});
export type TSetCadence = z.input<typeof ZSetCadence>;
