import type { Prisma } from "@/lib/generated/prisma/client";
import { nthDueDate } from "@/lib/metrics/coverage";

/** The due date a check-in on `date` answers, from the person's cadence. */
export async function answeredDueDate(tx: Prisma.TransactionClient, personId: number, date: Date): Promise<Date> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { checkInCadence: true, checkInAnchor: true, startDate: true } });
  const org = await tx.organization.findFirstOrThrow({ orderBy: { id: "asc" }, select: { defaultCadence: true, checkInGraceDays: true } });
  const cadence = person.checkInCadence ?? org.defaultCadence;
  const anchor = person.checkInAnchor ?? person.startDate;
  for (let k = 0; ; k++) {
    const due = nthDueDate(anchor, cadence, k);
    if (due.getTime() + org.checkInGraceDays * 86_400_000 >= date.getTime()) return due;
  }
}
