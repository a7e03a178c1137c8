import type { Prisma } from "@/lib/generated/prisma/client";
import { dueDateAnswered } from "@/lib/metrics/due-dates";
import { scheduleOf } from "./schedule";

/** The due date a check-in on `date` answers, under the cadence then in force (null before the schedule begins). */
export async function answeredDueDate(tx: Prisma.TransactionClient, personId: number, date: Date): Promise<Date | null> {
  const org = await tx.organization.findFirst({ orderBy: { id: "asc" }, select: { checkInGraceDays: true } });
  return dueDateAnswered(await scheduleOf(personId, tx), date, org?.checkInGraceDays ?? 2);
}
