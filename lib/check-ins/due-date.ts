import type { Cadence } from "@/lib/generated/prisma/enums";
import { dueDateAnswered } from "@/lib/metrics/due-dates";
import { segmentsOf } from "./schedule";

type Subject = {
  startDate: Date; checkInCadence: Cadence | null; checkInAnchor: Date | null;
  checkInSchedules: Array<{ cadence: Cadence; anchor: Date; effectiveFrom: Date }>;
};

/** The due date a check-in on `date` answers, under the cadence then in force (null before the schedule begins). */
export function answeredDueDate({ subject, org, date }: { subject: Subject; org: { defaultCadence: Cadence; checkInGraceDays: number } | null; date: Date }): Date | null {
  const segments = segmentsOf({ person: subject, rows: subject.checkInSchedules, defaultCadence: org?.defaultCadence ?? "BIWEEKLY" });
  return dueDateAnswered(segments, date, org?.checkInGraceDays ?? 2);
}
