import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { retentionCutoff } from "./retention";
import { runErasure } from "./run-erasure";

// Automatic erasure once the org's retention period for departed people has run out. The
// daily job calls eraseDuePeople; it is safe to run again at any time, as erasure is idempotent.

async function cutoffFor(now: Date): Promise<Date | null> {
  const org = await db().organization.findFirst({ orderBy: { id: "asc" }, select: { timeZone: true, departedRetentionDays: true } });
  return org ? retentionCutoff(now, org) : null;
}

async function dueBefore(cutoff: Date): Promise<number[]> {
  const people = await db().person.findMany({
    where: { erasedAt: null, endDate: { lt: cutoff } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return people.map((person) => person.id);
}

/** Ids of departed, not yet erased people whose end date is more than the retention period ago. */
export async function dueForErasure({ now = new Date() }: { now?: Date } = {}): Promise<number[]> {
  const cutoff = await cutoffFor(now);
  return cutoff ? dueBefore(cutoff) : [];
}

/**
 * Erases everyone due, each in their own transaction, as the system (no actor in the audit).
 * One failure does not stop the others; it is logged, and the call then throws so the job is
 * retried (people already erased are skipped on the retry).
 */
export async function eraseDuePeople({ now = new Date() }: { now?: Date } = {}): Promise<{ erased: number[] }> {
  const cutoff = await cutoffFor(now);
  if (!cutoff) return { erased: [] };
  const erased: number[] = [];
  const failed: number[] = [];
  for (const personId of await dueBefore(cutoff)) {
    try {
      const result = await runErasure({ actorId: null, personId, now, endedBefore: cutoff });
      if (result.erased) erased.push(personId);
    } catch (error) {
      logger.error({ err: error, personId }, "automatic erasure failed");
      failed.push(personId);
    }
  }
  if (failed.length > 0) throw new Error(`Automatic erasure failed for people ${failed.join(", ")}`);
  return { erased };
}
